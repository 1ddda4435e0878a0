package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.function.BiFunction;
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
 * What {@code ingest}, {@code run} and {@code demo} share: run the pipeline in a started session,
 * write the summary JSON (also for a failed run), print the human summary, turn a failed run into
 * its error.
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
    RunSummary summary;
    try {
      summary = pipeline.apply(spark, config).execute(runDate);
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
    ConsoleSummary.print(summary, out);
    if (!summary.succeeded()) {
      throw summary.failure().orElseThrow();
    }
    return summary;
  }
}
