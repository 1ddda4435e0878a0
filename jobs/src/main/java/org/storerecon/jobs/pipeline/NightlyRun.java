package org.storerecon.jobs.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
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
import org.storerecon.jobs.config.NightlyConfig;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.error.StoreReconException;
import org.storerecon.jobs.ingest.IngestInputs;
import org.storerecon.jobs.ingest.IngestReport;
import org.storerecon.jobs.mark.MarkStage;
import org.storerecon.jobs.mark.MarkTables;
import org.storerecon.jobs.resolve.ResolveStage;
import org.storerecon.jobs.resolve.LinkHistory;
import org.storerecon.jobs.resolve.ModelStore;
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
      Tables.RUN_AUDIT, Tables.SHOP_ENTITY_LINK, ResolveTables.CANDIDATES, LinkHistory.TABLE, ResolveTables.REPORT,
      ModelStore.MODEL, ModelStore.FREQUENCIES, MarkTables.MARKS, MarkTables.LEADS, MarkTables.CROSS_REGION);

  private final SparkSession spark;
  private final StoreReconConfig config;
  private final Warehouse warehouse;
  private final String command;
  private final Set<Stage> stages;
  private RunMode mode = RunMode.INCREMENTAL;

  private NightlyRun(SparkSession spark, StoreReconConfig config, String command, Set<Stage> stages) {
    this.spark = spark;
    this.config = config;
    this.warehouse = Warehouse.at(config.warehouse(), config.database());
    this.command = command;
    this.stages = stages;
    SessionSettings.check(spark, config.nightly().incrementalSpark(), NightlyConfig.INCREMENTAL_SPARK_KEY);
  }

  /** Every stage, as {@code storerecon run} does. */
  public static NightlyRun allStages(SparkSession spark, StoreReconConfig config, String command) {
    return new NightlyRun(spark, config, command, EnumSet.allOf(Stage.class));
  }

  /** Only the given stages. */
  public static NightlyRun only(SparkSession spark, StoreReconConfig config, String command, Stage first, Stage... rest) {
    return new NightlyRun(spark, config, command, EnumSet.of(first, rest));
  }

  /** How much to recompute (default {@link RunMode#INCREMENTAL}). */
  public NightlyRun mode(RunMode runMode) {
    this.mode = java.util.Objects.requireNonNull(runMode, "runMode");
    return this;
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  /**
   * Runs the stages for a run date under a run id that is a function of the run date, the command,
   * the settings results depend on (ingestion, resolve, mark) and the input files (paths, sizes,
   * modification times), not of the warehouse or Spark settings: a rerun on the same inputs is the
   * same run, and replaces what its earlier attempts recorded.
   */
  public RunSummary execute(LocalDate runDate) {
    List<IngestInputs.Prepared> prepared = prepare();
    StringBuilder fingerprint = new StringBuilder(command).append('|').append(stages).append('|').append(config.rulesDigest())
        .append('|').append(config.ingest().maxFieldLength()).append(new java.util.TreeMap<>(config.ingest().maxFieldLengthByColumn()))
        .append(config.ingest().csvMultiLine());
    for (IngestInputs.Prepared input : prepared) {
      fingerprint.append('|').append(InputFingerprint.of(input.files(), spark.sparkContext().hadoopConfiguration()));
    }
    return execute(RunContext.of(runDate, fingerprint.toString()), prepared);
  }

  /**
   * Runs the stages and records the run in {@code run_audit}. Returns the summary, also of a run
   * that failed in a stage (outcome {@code failed}, with its error). Throws
   * {@link StoreReconException} of kind {@code USAGE} when an input breaks the contract or the run
   * date is before the latest one the warehouse holds, and of kind {@code RUNTIME} when another run
   * holds the warehouse's run lock: then nothing was written.
   */
  public RunSummary execute(RunContext run) {
    return execute(run, prepare());
  }

  private List<IngestInputs.Prepared> prepare() {
    IngestInputs ingest = new IngestInputs(spark, config, warehouse);
    List<IngestInputs.Prepared> prepared = new ArrayList<>();
    if (stages.contains(Stage.INGEST)) {
      for (InputSpec spec : Contract.PIPELINE_INPUTS) {
        prepared.add(ingest.prepare(spec));
      }
    }
    return prepared;
  }

  private RunSummary execute(RunContext run, List<IngestInputs.Prepared> prepared) {
    try (RunLock lock = RunLock.acquire(warehouse.root(), run.runId(), spark.sparkContext().hadoopConfiguration(),
        config.nightly().lockHeartbeat(), config.nightly().lockTimeout())) {
      Optional<LocalDate> latest = new RunAudit(spark, warehouse).latestRunDate();
      if (latest.isPresent() && latest.get().isAfter(run.runDate())) {
        throw Errors.runDateBeforeLatest(run.runDate(), latest.get());
      }
      return executeLocked(run, prepared);
    }
  }

  private RunSummary executeLocked(RunContext run, List<IngestInputs.Prepared> prepared) {
    IngestInputs ingest = new IngestInputs(spark, config, warehouse);
    List<StageReport> reports = new ArrayList<>();
    String current = Stage.INGEST.label();
    Optional<String> source = Optional.empty();
    long stageStart = System.nanoTime();
    Optional<IngestInputs.Prepared> independent = prepared.stream()
        .filter(p -> p.files().spec().equals(IngestInputs.INDEPENDENT)).findFirst();
    long independentStart = System.nanoTime();
    try {
      // The brand list is ingested beside the registry and the shops, in a session of its own (its
      // incremental SQL settings are set and taken back on its own schedule): for a few hundred rows
      // its ingestion is seconds of Delta log reads and commits, which then overlap the others'
      // instead of adding to them. Reports stay in input order.
      try (BackgroundWrite<IngestReport> beside = independent.map(p -> BackgroundWrite.inOwnSession(spark, p.files().spec().name(),
          own -> new IngestInputs(own, config, warehouse).ingest(p, run, mode))).orElse(null)) {
        for (IngestInputs.Prepared input : prepared) {
          if (independent.filter(input::equals).isPresent()) {
            continue;
          }
          source = Optional.of(input.files().spec().name());
          stageStart = System.nanoTime();
          reports.add(toStage(ingest.ingest(input, run, mode)));
        }
        if (beside != null) {
          source = Optional.of(independent.orElseThrow().files().spec().name());
          stageStart = independentStart;
          // At its place in input order: the reports so far are the other inputs', in that order.
          reports.add(prepared.indexOf(independent.orElseThrow()), toStage(beside.result()));
        }
      }
      if (stages.contains(Stage.RESOLVE)) {
        current = Stage.RESOLVE.label();
        source = Optional.empty();
        stageStart = System.nanoTime();
        reports.add(new ResolveStage(spark, config.resolve(), warehouse, config.rulesDigest(), config.nightly())
            .run(run, mode));
      }
      if (stages.contains(Stage.MARK)) {
        current = Stage.MARK.label();
        source = Optional.empty();
        stageStart = System.nanoTime();
        reports.add(new MarkStage(spark, config.mark(), warehouse, config.rulesDigest(), config.nightly())
            .run(run, mode));
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
    new RunAudit(spark, warehouse).record(summary, config.rulesDigest());
    warehouse.register(spark, TABLES);
    return summary;
  }

  private void recordQuietly(RunSummary failed, StoreReconException error) {
    try {
      new RunAudit(spark, warehouse).record(failed, config.rulesDigest());
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
        Optional.empty(), Optional.of(r.mode()), Map.of(), Map.of(r.source(), r.tableVersion()),
        Map.of("inserted", r.changes().inserted(), "updated", r.changes().updated(), "deleted", r.changes().deleted()),
        Map.of("rows_parsed", r.rowsParsed()));
  }
}
