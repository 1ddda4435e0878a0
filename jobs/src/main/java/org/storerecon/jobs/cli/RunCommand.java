package org.storerecon.jobs.cli;

import java.util.concurrent.Callable;
import org.storerecon.jobs.pipeline.NightlyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code storerecon run}: the nightly pipeline, every stage. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs the nightly pipeline for one run date: every stage, in order (ingest, resolve).",
        "Exit code 0 on success, 2 on a usage, configuration or contract error (nothing written), 1 on a runtime failure."})
final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Mixin
  InputOptions inputs;

  @Mixin
  RunDateOption runDate;

  @Override
  public Integer call() {
    PipelineRunner.run(options, options.load(inputs), "run", runDate.value(), (s, c) -> NightlyRun.allStages(s, c, "run"),
        spec.commandLine().getOut());
    return 0;
  }
}
