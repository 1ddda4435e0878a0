package org.storerecon.jobs.cli;

import java.util.concurrent.Callable;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.jobs.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code storerecon ingest}: contract-checked ingestion of the three inputs for one run date. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads shops, entities and brands, checks them against the data contract, and writes the canonical "
        + "tables (shops, entities, brands) and quarantine. Rows in = rows written + rows quarantined, per input."})
final class IngestCommand implements Callable<Integer> {

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
    PipelineRunner.run(options, options.load(inputs), "ingest", runDate.value(),
        (s, c) -> NightlyRun.only(s, c, "ingest", Stage.INGEST), spec.commandLine().getOut());
    return 0;
  }
}
