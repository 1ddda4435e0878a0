package org.storerecon.jobs.cli;

import org.storerecon.jobs.pipeline.Stage;
import picocli.CommandLine.Command;

/** {@code storerecon resolve}: the resolve stage alone, over the shops and entities already in the warehouse. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = {"Resolves the shops already ingested into the warehouse to registry entities (shop_entity_link), "
        + "without ingesting again: for tuning storerecon.resolve settings.",
        "Exit code 0 on success, 2 on a usage or configuration error, 1 on a runtime failure."})
final class ResolveCommand extends SingleStageCommand {

  @Override
  Stage stage() {
    return Stage.RESOLVE;
  }
}
