package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.error.StoreReconException;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunSummary;
import org.storerecon.jobs.pipeline.SummaryJson;

/**
 * What {@code ingest}, {@code run}, {@code demo} and {@code maintain} share: run the job in a started
 * session, write the summary JSON (also for a failed run), print the human summary, turn a failed run
 * into its error.
 */
final class PipelineRunner {

  private PipelineRunner() {}

  /** Loads the configuration, starts the session and runs {@code pipeline}: the whole of a pipeline command. */
  static RunSummary run(CommonOptions options, StoreReconConfig config, String command, LocalDate runDate,
      BiFunction<SparkSession, StoreReconConfig, NightlyRun> pipeline, PrintWriter out) {
    SparkSession spark = options.startSession(config, "storerecon " + command);
    return run(spark, config, options, command, runDate, pipeline, out);
  }

  static RunSummary run(SparkSession spark, StoreReconConfig config, CommonOptions options, String command, LocalDate runDate,
      BiFunction<SparkSession, StoreReconConfig, NightlyRun> pipeline, PrintWriter out) {
    return execute(config, options, command, runDate, context -> pipeline.apply(spark, config).execute(context.runDate()),
        summary -> ConsoleSummary.print(summary, out));
  }

  /**
   * Runs {@code job} for a run of {@code runDate}, writes the summary JSON (also when the job throws
   * before its first stage: a usage error, or a bug outside the stages), prints the summary with
   * {@code print} and throws the error of a failed run. The context given to the job has a one-off
   * id; a pipeline night derives its own from its inputs ({@link NightlyRun#execute(LocalDate)}).
   */
  static RunSummary execute(StoreReconConfig config, CommonOptions options, String command, LocalDate runDate,
      Function<RunContext, RunSummary> job, Consumer<RunSummary> print) {
    RunContext context = RunContext.start(runDate);
    RunSummary summary;
    try {
      summary = job.apply(context);
    } catch (Exception e) {
      // Usage errors (contract) arrive here before anything is written; anything else is a bug
      // outside the stages. Either way a scheduler gets its summary.
      StoreReconException error = e instanceof StoreReconException sre ? sre : Errors.runFailed(command, e);
      String warehouse = Warehouse.at(config.warehouse(), config.database()).root();
      options.summaryJson().ifPresent(f -> SummaryJson.write(
          RunSummary.failedBeforeStart(RunContext.start(runDate), command, error, warehouse, config.digest()), f));
      throw error;
    }
    options.summaryJson().ifPresent(f -> SummaryJson.write(summary, f));
    print.accept(summary);
    if (!summary.succeeded()) {
      throw summary.failure().orElseThrow();
    }
    return summary;
  }
}
