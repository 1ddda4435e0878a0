package org.storerecon.jobs.maintain;

import io.delta.tables.DeltaTable;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * VACUUM of one Delta table with a retention: deletes the data files that the current version no
 * longer references and that no version younger than the retention needs.
 *
 * <p>The retention is declared on the table, as {@value #RETENTION_PROPERTY} (in a commit of its own,
 * only when the table declares another), and VACUUM runs without a {@code RETAIN} clause, so that it
 * uses it. Why not {@code VACUUM ... RETAIN n HOURS} with
 * {@code spark.databricks.delta.retentionDurationCheck.enabled=false}: Delta 4.4 ignores a RETAIN other
 * than 0 hours ({@code spark.databricks.delta.vacuum.retentionWindowIgnore.enabled}, on by default) and
 * refuses time travel to a version older than the table's property. With the retention on the table,
 * VACUUM and time travel agree, any other VACUUM of the table (a person's, another tool's) keeps the
 * same files, and Delta's retention check stays on for every session.
 */
public final class VacuumTable {

  /** The Delta table property that holds the retention. */
  public static final String RETENTION_PROPERTY = "delta.deletedFileRetentionDuration";
  /** Delta's retention of a table that declares none. */
  static final Duration DELTA_DEFAULT_RETENTION = Duration.ofDays(7);
  /** {@link Result#deletedFiles()} when Delta did not log the VACUUM. */
  public static final long UNKNOWN = -1;

  private static final String VACUUM_END = "VACUUM END";
  private static final String DELETED_FILES = "numDeletedFiles";

  private final SparkSession spark;
  private final String location;
  private final Duration retention;

  /** VACUUM of the table at {@code location}, keeping files for {@code retention} (whole hours). */
  public VacuumTable(SparkSession spark, String location, Duration retention) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.location = Objects.requireNonNull(location, "location");
    this.retention = Objects.requireNonNull(retention, "retention");
  }

  /** Declares the retention if needed, then VACUUMs. */
  public Result execute() {
    boolean declared = declareRetention();
    long before = latest().getLong(0);
    // Delta prints "Deleted n files and directories ..." on the console; stdout carries only storerecon's output.
    scala.Console.withOut(System.err, () -> DeltaTable.forPath(spark, location).vacuum());
    return new Result(declared, deletedFiles(before));
  }

  private boolean declareRetention() {
    String wanted = "interval " + retention.toHours() + " hours";
    Map<String, String> properties = DeltaTable.forPath(spark, location).detail().select("properties").first().getJavaMap(0);
    String declared = properties.get(RETENTION_PROPERTY);
    boolean same = declared == null ? retention.equals(DELTA_DEFAULT_RETENTION) : declared.equals(wanted);
    if (same) {
      return false;
    }
    spark.sql("ALTER TABLE delta.`" + location.replace("`", "``") + "` SET TBLPROPERTIES ('" + RETENTION_PROPERTY + "' = '"
        + wanted + "')");
    return true;
  }

  /** Files deleted, from the VACUUM END commit; {@link #UNKNOWN} when Delta logged none (vacuum logging off, as on S3 by default). */
  private long deletedFiles(long versionBefore) {
    Row last = latest();
    if (last.getLong(0) == versionBefore || !VACUUM_END.equals(last.getString(1))) {
      return UNKNOWN;
    }
    Map<String, String> metrics = last.getJavaMap(2);
    String deleted = metrics == null ? null : metrics.get(DELETED_FILES);
    return deleted == null ? UNKNOWN : Long.parseLong(deleted);
  }

  private Row latest() {
    return DeltaTable.forPath(spark, location).history(1).select("version", "operation", "operationMetrics").first();
  }

  /**
   * What the VACUUM did.
   *
   * @param retentionDeclared whether this run set the table's {@value VacuumTable#RETENTION_PROPERTY}
   * @param deletedFiles files deleted, or {@link VacuumTable#UNKNOWN} when Delta did not log the VACUUM
   */
  public record Result(boolean retentionDeclared, long deletedFiles) {}
}
