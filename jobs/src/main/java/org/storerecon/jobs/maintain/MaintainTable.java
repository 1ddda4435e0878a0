package org.storerecon.jobs.maintain;

import java.time.Duration;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.CommitMetrics;

/**
 * Maintains one table: {@link OptimizeTable} with the table's Z-order columns, then {@link VacuumTable}
 * with the retention. The VACUUM keeps the files this OPTIMIZE replaced (they are younger than the
 * retention); a later run deletes them.
 */
public final class MaintainTable {

  private final SparkSession spark;
  private final Duration retention;

  /** Maintenance with a VACUUM retention of {@code retention}. */
  public MaintainTable(SparkSession spark, Duration retention) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.retention = Objects.requireNonNull(retention, "retention");
  }

  /** OPTIMIZE, then VACUUM, of one planned table; throws what Delta throws. */
  public TableMaintenance execute(MaintenancePlan.Target target) {
    long started = System.nanoTime();
    OptimizeTable.Result optimized = new OptimizeTable(spark, target.location(), target.clusterColumns()).execute();
    VacuumTable.Result vacuumed = new VacuumTable(spark, target.location(), retention).execute();
    long version = CommitMetrics.currentVersion(spark, target.location());
    return new TableMaintenance(target.table(), target.location(), optimized, vacuumed, retention.toHours(), version,
        (System.nanoTime() - started) / 1_000_000);
  }
}
