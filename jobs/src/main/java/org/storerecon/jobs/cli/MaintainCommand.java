package org.storerecon.jobs.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.maintain.MaintainedTables;
import org.storerecon.jobs.maintain.WarehouseMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storerecon maintain}: OPTIMIZE (Z-ordered by the columns analysts filter on) and VACUUM of the
 * storerecon tables, for a weekly schedule after the nightly run; audited like a run.
 */
@Command(name = "maintain", mixinStandardHelpOptions = true,
    description = {"Compacts the storerecon tables and removes the files no recent version needs: per table OPTIMIZE ... "
        + "ZORDER BY the columns of storerecon.maintain.cluster-by, then VACUUM keeping storerecon.maintain.vacuum-retention-hours "
        + "of history (set on the table as delta.deletedFileRetentionDuration). Rows never change. Prints one line per table: "
        + "files and bytes before and after, files VACUUM deleted, time. Run it weekly, after the nightly run.",
        "Example: storerecon maintain --warehouse /srv/storerecon/warehouse --summary-json /var/log/storerecon/maintain.json",
        "Exit code 0 on success, 2 on a usage or configuration error (no table changed), 1 when a table failed "
            + "(the other tables are still maintained)."})
final class MaintainCommand implements Callable<Integer> {

  static final String NAME = "maintain";

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Option(names = "--table", paramLabel = "NAME", split = ",",
      description = "A table to maintain; repeatable or comma-separated (default: every storerecon table in the warehouse).")
  List<String> tables = new ArrayList<>();

  @Override
  public Integer call() {
    MaintainedTables.requireKnown(tables);
    StoreReconConfig config = options.load();
    SparkSession spark = options.startSession(config, "storerecon " + NAME);
    PipelineRunner.execute(config, options, NAME, LocalDate.now(),
        run -> new WarehouseMaintenance(spark, config, NAME).execute(run, tables),
        summary -> MaintainConsole.print(summary, spec.commandLine().getOut()));
    return 0;
  }
}
