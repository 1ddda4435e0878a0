package org.storerecon.jobs.cli;

import java.util.concurrent.Callable;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.jobs.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code storerecon resolve}: the resolve stage alone, over the shops and entities already in the warehouse. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = {"Resolves the shops already ingested into the warehouse to registry entities (shop_entity_link), "
        + "without ingesting again: for tuning storerecon.resolve settings.",
        "Exit code 0 on success, 2 on a usage or configuration error, 1 on a runtime failure."})
final class ResolveCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Mixin
  RunDateOption runDate;

  @Override
  public Integer call() {
    PipelineRunner.run(options, options.load(), "resolve", runDate.value(),
        (s, c) -> NightlyRun.only(s, c, "resolve", Stage.RESOLVE), spec.commandLine().getOut());
    return 0;
  }
}
