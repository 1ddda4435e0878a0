package org.storerecon.jobs.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.error.StoreReconException;
import org.storerecon.jobs.ingest.IngestInputs;
import org.storerecon.jobs.ingest.IngestReport;
import org.storerecon.jobs.mark.MarkStage;
import org.storerecon.jobs.mark.MarkTables;
import org.storerecon.jobs.resolve.ResolveStage;
import org.storerecon.jobs.resolve.ResolveTables;

/**
 * Runs the pipeline's stages for one run date and records the outcome in {@code run_audit}.
 *
 * <p>Every input is checked against the contract before the first write, so a contract error
 * ({@link StoreReconException.Kind#USAGE}) leaves the warehouse untouched. A failure after that is
 * recorded in {@code run_audit} (outcome {@code failed}) and rethrown as a runtime error.
 */
public final class NightlyRun {

  /** Every table storerecon writes, for catalog registration. */
  public static final List<String> TABLES = List.of(Tables.SHOPS, Tables.ENTITIES, Tables.BRANDS, Tables.QUARANTINE,
      Tables.RUN_AUDIT, Tables.SHOP_ENTITY_LINK, ResolveTables.CANDIDATES, ResolveTables.REPORT, MarkTables.MARKS,
      MarkTables.LEADS, MarkTables.CROSS_REGION);

  private final SparkSession spark;
  private final StoreReconConfig config;
  private final Warehouse warehouse;
  private final String command;
  private final Set<Stage> stages;

  private NightlyRun(SparkSession spark, StoreReconConfig config, String command, Set<Stage> stages) {
    this.spark = spark;
    this.config = config;
    this.warehouse = Warehouse.at(config.warehouse(), config.database());
    this.command = command;
    this.stages = stages;
  }

  /** Every stage, as {@code storerecon run} does. */
  public static NightlyRun allStages(SparkSession spark, StoreReconConfig config, String command) {
    return new NightlyRun(spark, config, command, EnumSet.allOf(Stage.class));
  }

  /** Only the given stages. */
  public static NightlyRun only(SparkSession spark, StoreReconConfig config, String command, Stage first, Stage... rest) {
    return new NightlyRun(spark, config, command, EnumSet.of(first, rest));
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  /**
   * Runs the stages and records the run in {@code run_audit}. Returns the summary, also of a run
   * that failed in a stage (outcome {@code failed}, with its error). Throws
   * {@link StoreReconException} of kind {@code USAGE} when an input breaks the contract: then
   * nothing was written.
   */
  public RunSummary execute(RunContext run) {
    IngestInputs ingest = new IngestInputs(spark, config, warehouse);
    List<IngestInputs.Prepared> prepared = new ArrayList<>();
    if (stages.contains(Stage.INGEST)) {
      for (InputSpec spec : Contract.PIPELINE_INPUTS) {
        prepared.add(ingest.prepare(spec));
      }
    }

    List<StageReport> reports = new ArrayList<>();
    String current = Stage.INGEST.label();
    Optional<String> source = Optional.empty();
    long stageStart = System.nanoTime();
    try {
      for (IngestInputs.Prepared input : prepared) {
        source = Optional.of(input.files().spec().name());
        stageStart = System.nanoTime();
        reports.add(toStage(ingest.ingest(input, run)));
      }
      if (stages.contains(Stage.RESOLVE)) {
        current = Stage.RESOLVE.label();
        source = Optional.empty();
        stageStart = System.nanoTime();
        reports.add(new ResolveStage(spark, config.resolve(), warehouse).run(run));
      }
      if (stages.contains(Stage.MARK)) {
        current = Stage.MARK.label();
        source = Optional.empty();
        stageStart = System.nanoTime();
        reports.add(new MarkStage(spark, config.mark(), warehouse).run(run));
      }
    } catch (Exception e) {
      // Exception, not RuntimeException: Scala code (Delta, Spark) throws checked exceptions undeclared.
      StoreReconException error = e instanceof StoreReconException sre ? sre : Errors.runFailed(current, e);
      reports.add(StageReport.failed(current, source, (System.nanoTime() - stageStart) / 1_000_000, error.getMessage()));
      RunSummary failed = summary(run, StageReport.Outcome.FAILED, reports, Optional.of(error));
      recordQuietly(failed, error);
      return failed;
    }
    RunSummary summary = summary(run, StageReport.Outcome.SUCCEEDED, reports, Optional.empty());
    new RunAudit(spark, warehouse).record(summary);
    warehouse.register(spark, TABLES);
    return summary;
  }

  private void recordQuietly(RunSummary failed, StoreReconException error) {
    try {
      new RunAudit(spark, warehouse).record(failed);
    } catch (Exception auditError) {
      // The run already failed; keep its error as the one the user sees, with this one attached.
      // Exception, not RuntimeException: Delta throws DeltaIOException (an IOException) undeclared.
      error.addSuppressed(auditError);
    }
  }

  private RunSummary summary(RunContext run, StageReport.Outcome outcome, List<StageReport> reports,
      Optional<StoreReconException> error) {
    return new RunSummary(run, command, outcome, Instant.now(), reports, error, warehouse.root(), CodeVersion.current(),
        config.digest());
  }

  private static StageReport toStage(IngestReport r) {
    return new StageReport(Stage.INGEST.label(), Optional.of(r.source()), Optional.of(r.location()), r.bytes(), r.rowsIn(),
        r.rowsWritten(), r.rowsQuarantined(), r.reasons(), r.durationMs(), r.tableVersion(), StageReport.Outcome.SUCCEEDED,
        Optional.empty());
  }
}
