package org.storerecon.jobs.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
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
    List<StageReport> reports = new ArrayList<>();
    Progress at = new Progress();
    try {
      ingestAll(run, prepared, reports, at);
      Optional<StageReport> marked = Optional.empty();
      if (stages.contains(Stage.RESOLVE)) {
        at.enter(Stage.RESOLVE, Optional.empty());
        long resolveStart = at.started;
        // Resolve returns once the links are written; its other writes (candidates, history, report)
        // run beside the mark stage, which reads none of them. The mark stage's failure is the run's;
        // the resolve stage's remaining writes are waited for either way.
        try (ResolveStage.Tail resolve = new ResolveStage(spark, config.resolve(), warehouse, config.rulesDigest(), config.nightly())
            .start(run, mode)) {
          if (stages.contains(Stage.MARK)) {
            at.enter(Stage.MARK, Optional.empty());
            marked = Optional.of(new MarkStage(spark, config.mark(), warehouse, config.rulesDigest(), config.nightly()).run(run, mode));
          }
          at.enter(Stage.RESOLVE, Optional.empty());
          at.started = resolveStart;
          reports.add(resolve.finish());
        }
      } else if (stages.contains(Stage.MARK)) {
        at.enter(Stage.MARK, Optional.empty());
        marked = Optional.of(new MarkStage(spark, config.mark(), warehouse, config.rulesDigest(), config.nightly()).run(run, mode));
      }
      marked.ifPresent(reports::add);
    } catch (Exception e) {
      // Exception, not RuntimeException: Scala code (Delta, Spark) throws checked exceptions undeclared.
      StoreReconException error = e instanceof StoreReconException sre ? sre : Errors.runFailed(at.stage.label(), e);
      reports.add(StageReport.failed(at.stage.label(), at.source, (System.nanoTime() - at.started) / 1_000_000, error.getMessage()));
      RunSummary failed = summary(run, StageReport.Outcome.FAILED, reports, Optional.of(error));
      recordQuietly(failed, error);
      return failed;
    }
    RunSummary summary = summary(run, StageReport.Outcome.SUCCEEDED, reports, Optional.empty());
    new RunAudit(spark, warehouse).record(summary, config.rulesDigest());
    warehouse.register(spark, TABLES);
    return summary;
  }

  /**
   * Ingests every input, adding their reports in input order. The registry is ingested on this
   * thread; the brand list ({@link IngestInputs#INDEPENDENT}) and the shops, which read the
   * registry's table ({@link IngestInputs#READS}), on threads of their own, each in a session of its
   * own (its incremental SQL settings are set and taken back on its own schedule). On an incremental
   * night an input's ingestion is long stretches of driver-side work (Delta log reads, planning,
   * commits) with the cores idle, which the others' scans fill. The shops scan their lines and parse
   * those unlike the stored ones meanwhile, and wait for the registry's table only where they read
   * it. After a failure, every input still being ingested is waited for.
   */
  private void ingestAll(RunContext run, List<IngestInputs.Prepared> prepared, List<StageReport> reports, Progress at) {
    Map<InputSpec, CompletableFuture<Void>> written = new java.util.HashMap<>();
    prepared.forEach(p -> written.put(p.files().spec(), new CompletableFuture<>()));
    Map<IngestInputs.Prepared, BackgroundWrite<IngestReport>> beside = new java.util.LinkedHashMap<>();
    long started = System.nanoTime();
    try {
      for (IngestInputs.Prepared input : prepared) {
        InputSpec spec = input.files().spec();
        if (IngestInputs.INDEPENDENT.contains(spec) || IngestInputs.READS.containsKey(spec)) {
          Future<?> read = Optional.ofNullable(IngestInputs.READS.get(spec)).map(r -> (Future<?>) written.get(r))
              .orElseGet(() -> CompletableFuture.completedFuture(null));
          beside.put(input, BackgroundWrite.inOwnSession(spark, spec.name(),
              own -> new IngestInputs(own, config, warehouse).ingest(input, run, mode, read)));
        }
      }
      IngestInputs ingest = new IngestInputs(spark, config, warehouse);
      for (IngestInputs.Prepared input : prepared) {
        if (!beside.containsKey(input)) {
          at.enter(Stage.INGEST, Optional.of(input.files().spec().name()));
          reports.add(toStage(ingest.ingest(input, run, mode)));
          written.get(input.files().spec()).complete(null);
        }
      }
      // Every input that succeeded is reported, also when another failed; the first failure is the run's.
      Throwable first = null;
      for (Map.Entry<IngestInputs.Prepared, BackgroundWrite<IngestReport>> e : beside.entrySet()) {
        try {
          reports.add(toStage(e.getValue().result()));
        } catch (Throwable t) {
          if (first == null) {
            first = t;
            at.enter(Stage.INGEST, Optional.of(e.getKey().files().spec().name()));
            at.started = started;
          } else {
            first.addSuppressed(t);
          }
        }
      }
      if (first != null) {
        throw BackgroundWrite.<RuntimeException>sneaky(first);
      }
    } catch (Throwable failure) {
      // Those waiting for a table that will not be written fail at once instead of waiting forever.
      written.values().forEach(f -> f.completeExceptionally(failure));
      for (BackgroundWrite<IngestReport> write : beside.values()) {
        try {
          write.close();
        } catch (Throwable other) {
          if (other != failure) {
            failure.addSuppressed(other);
          }
        }
      }
      throw failure;
    }
    List<String> order = prepared.stream().map(p -> p.files().spec().name()).toList();
    reports.sort(java.util.Comparator.comparingInt(r -> order.indexOf(r.source().orElseThrow())));
  }

  /** Where a run is, for the report of a failure: the stage, the input (ingest) and when it started. */
  private static final class Progress {
    private Stage stage = Stage.INGEST;
    private Optional<String> source = Optional.empty();
    private long started = System.nanoTime();

    private void enter(Stage next, Optional<String> input) {
      stage = next;
      source = input;
      started = System.nanoTime();
    }
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
