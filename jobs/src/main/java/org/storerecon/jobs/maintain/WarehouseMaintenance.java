package org.storerecon.jobs.maintain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.error.StoreReconException;
import org.storerecon.jobs.pipeline.CodeVersion;
import org.storerecon.jobs.pipeline.RunAudit;
import org.storerecon.jobs.pipeline.RunLock;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunSummary;
import org.storerecon.jobs.pipeline.StageReport;

/**
 * {@code storerecon maintain} over one warehouse: plans the tables ({@link MaintenancePlan}: usage
 * errors before any write), maintains each in turn ({@link MaintainTable}), and records the run in
 * {@code run_audit} through {@link RunAudit#record}: one row per table (stage {@value TableMaintenance#STAGE},
 * source = the table, table_version = its version after maintenance) and the row of the run.
 *
 * <p>A table that fails is reported as failed and the others are still maintained (they do not depend
 * on each other); the run then fails with the first table's error, the others' attached as suppressed.
 */
public final class WarehouseMaintenance {

  private final SparkSession spark;
  private final StoreReconConfig config;
  private final Warehouse warehouse;
  private final String command;

  public WarehouseMaintenance(SparkSession spark, StoreReconConfig config, String command) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.config = Objects.requireNonNull(config, "config");
    this.warehouse = Warehouse.at(config.warehouse(), config.database());
    this.command = Objects.requireNonNull(command, "command");
  }

  /**
   * Maintains the {@code requested} tables (every storerecon table in the warehouse when empty) and
   * returns the summary, also of a run in which a table failed (outcome failed, with its error). Throws
   * a {@link StoreReconException} of kind {@code USAGE} when the plan is invalid: then nothing was written.
   */
  public RunSummary execute(RunContext run, List<String> requested) {
    MaintenancePlan plan = MaintenancePlan.of(spark, warehouse, config.maintain(), requested);
    // The nightly run's lock: an OPTIMIZE next to a night's MERGEs would fail on the concurrent change.
    try (RunLock lock = RunLock.acquire(warehouse.root(), run.runId(), spark.sparkContext().hadoopConfiguration(),
        config.nightly().lockHeartbeat(), config.nightly().lockTimeout())) {
      return maintainLocked(run, plan);
    }
  }

  private RunSummary maintainLocked(RunContext run, MaintenancePlan plan) {
    MaintainTable maintain = new MaintainTable(spark, config.maintain().vacuumRetention());
    List<StageReport> reports = new ArrayList<>();
    Optional<StoreReconException> failure = Optional.empty();
    for (MaintenancePlan.Target target : plan.targets()) {
      long started = System.nanoTime();
      try {
        reports.add(maintain.execute(target).toStageReport());
      } catch (Exception e) {
        // Exception, not RuntimeException: Delta throws checked exceptions undeclared.
        StoreReconException error = Errors.maintenanceFailed(target.table(), e);
        reports.add(StageReport.failed(TableMaintenance.STAGE, Optional.of(target.table()), (System.nanoTime() - started) / 1_000_000,
            error.getMessage()));
        if (failure.isEmpty()) {
          failure = Optional.of(error);
        } else {
          failure.get().addSuppressed(error);
        }
      }
    }
    StageReport.Outcome outcome = failure.isPresent() ? StageReport.Outcome.FAILED : StageReport.Outcome.SUCCEEDED;
    RunSummary summary = new RunSummary(run, command, outcome, Instant.now(), reports, failure, warehouse.root(),
        CodeVersion.current(), config.digest());
    record(summary);
    return summary;
  }

  private void record(RunSummary summary) {
    RunAudit audit = new RunAudit(spark, warehouse);
    if (summary.succeeded()) {
      audit.record(summary);
      return;
    }
    try {
      audit.record(summary);
    } catch (Exception auditError) {
      // The run already failed; keep its error as the one the user sees, with this one attached.
      summary.failure().orElseThrow().addSuppressed(auditError);
    }
  }
}
