package org.storerecon.jobs.cli;

import java.util.concurrent.Callable;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.jobs.pipeline.RunMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code storerecon run}: the nightly pipeline, every stage. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs the nightly pipeline for one run date: every stage, in order (ingest, resolve, mark). By default a night "
        + "recomputes only what changed since the last successful run; a rerun of the same date on the same inputs leaves every table as it was.",
        "Exit code 0 on success, 2 on a usage, configuration or contract error or a run date before the latest one (nothing written), "
        + "1 on a runtime failure or when another run holds the warehouse's lock.",
        "Example: bin/storerecon run --run-date 2026-11-27 --shops /data/2026-11-27/shops.csv --summary-json /var/log/storerecon/2026-11-27.json"})
final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Mixin
  InputOptions inputs;

  @Mixin
  RunDateOption runDate;

  @picocli.CommandLine.ArgGroup(exclusive = true)
  Recompute recompute;

  /** {@code --full} or {@code --retrain}; neither: an incremental night. */
  static final class Recompute {
    @picocli.CommandLine.Option(names = "--full", required = true,
        description = "Parse every input line and recompute every shop with the stored resolution model, not only what changed since the last run.")
    boolean full;

    @picocli.CommandLine.Option(names = "--retrain", required = true,
        description = "Train the resolution model again on tonight's data, then recompute every shop with it.")
    boolean retrain;
  }

  @Override
  public Integer call() {
    RunMode mode = recompute == null ? RunMode.INCREMENTAL : recompute.retrain ? RunMode.RETRAIN : RunMode.FULL;
    PipelineRunner.run(options, options.load(inputs), "run", runDate.value(), (s, c) -> NightlyRun.allStages(s, c, "run").mode(mode),
        spec.commandLine().getOut());
    return 0;
  }
}
