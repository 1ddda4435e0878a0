package org.storerecon.jobs.cli;

import org.storerecon.jobs.pipeline.Stage;
import picocli.CommandLine.Command;

/** {@code storerecon mark}: the mark stage alone, over the shops, brands and links already in the warehouse. */
@Command(name = "mark", mixinStandardHelpOptions = true,
    description = {"Marks protected-brand use in the shops already in the warehouse (brand_mark) and updates enforcement_lead, "
        + "without ingesting or resolving again: for tuning storerecon.mark settings. Needs shop_entity_link.",
        "Exit code 0 on success, 2 on a usage or configuration error, 1 on a runtime failure."})
final class MarkCommand extends SingleStageCommand {

  @Override
  Stage stage() {
    return Stage.MARK;
  }
}
