package org.storerecon.jobs.cli;

import java.util.concurrent.Callable;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.jobs.pipeline.Stage;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that runs one pipeline stage over the tables already in the warehouse (for tuning that
 * stage's settings), with the common options and {@code --run-date}; audited like a run.
 */
abstract class SingleStageCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Mixin
  RunDateOption runDate;

  /** The stage this command runs; its label is the command name recorded in run_audit. */
  abstract Stage stage();

  @Override
  public Integer call() {
    String command = stage().label();
    PipelineRunner.run(options, options.load(), command, runDate.value(),
        (s, c) -> NightlyRun.only(s, c, command, stage()), spec.commandLine().getOut());
    return 0;
  }
}
