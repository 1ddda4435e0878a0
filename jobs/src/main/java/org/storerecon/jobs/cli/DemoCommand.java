package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.DemoConfig;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.generate.GenerateDataset;
import org.storerecon.jobs.generate.SparkGenerateDataset;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.jobs.pipeline.RunSummary;
import org.storerecon.jobs.pipeline.StageReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code storerecon demo}: generates the demo data set if absent, runs the pipeline on it and
 * prints what a new user needs to look further.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Generates a demo data set in storerecon.demo.data-dir (default demo-data/) unless one is there, runs "
        + "'storerecon run' on it, and prints rows per table, quarantine reasons, where the tables are and queries to try."})
final class DemoCommand implements Callable<Integer> {

  private static final String MANIFEST = "manifest.json";

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Mixin
  RunDateOption runDate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DemoConfig demo = options.load().demo();
    Path data = Path.of(demo.dataDir()).toAbsolutePath();
    ConfigLoader loader = options.loader();
    for (InputSpec input : Contract.PIPELINE_INPUTS) {
      loader.withOverride("storerecon.inputs." + input.name() + ".path", data.resolve(input.name() + ".csv").toString());
    }
    StoreReconConfig config = loader.load();
    SparkSession spark = options.startSession(config, "storerecon demo");

    if (Files.exists(data.resolve(MANIFEST))) {
      out.printf("storerecon demo: using the data set in %s%n", data);
    } else {
      out.printf("storerecon demo: generating %,d shops and %,d registry entities (seed %d) in %s%n", demo.shops(),
          demo.entities(), demo.seed(), data);
      out.flush();
      GenerateDataset generate = new SparkGenerateDataset(spark).shops(demo.shops()).entities(demo.entities())
          .seed(demo.seed()).settings(config.generate()).outputDir(data);
      if (demo.dirty()) {
        generate.dirty();
      }
      GenerateDataset.Result generated = generate.execute();
      GenerateCommand.print(generated, out);
    }

    RunSummary summary = PipelineRunner.run(spark, config, options, "demo", runDate.value(),
        (s, c) -> NightlyRun.allStages(s, c, "demo"), out);
    printTables(spark, Warehouse.at(config.warehouse(), config.database()), summary, out);
    return 0;
  }

  private static void printTables(SparkSession spark, Warehouse warehouse, RunSummary summary, PrintWriter out) {
    out.println();
    out.println("Tables (Delta, under " + warehouse.root() + "):");
    for (String table : NightlyRun.TABLES) {
      if (warehouse.exists(spark, table)) {
        long rows = spark.read().format("delta").load(warehouse.location(table)).count();
        out.printf("  %-18s %,10d rows   %s%n", table, rows, warehouse.location(table));
      }
    }
    Map<String, Long> reasons = new TreeMap<>();
    for (StageReport stage : summary.stages()) {
      stage.reasons().forEach((reason, n) -> reasons.merge(reason, n, Long::sum));
    }
    out.println();
    out.println("Quarantined rows by reason (this run):");
    if (reasons.isEmpty()) {
      out.println("  none");
    }
    reasons.forEach((reason, n) -> out.printf("  %-18s %,10d%n", reason, n));
    out.println();
    out.println("Try next:");
    out.println("  bin/storerecon sql \"SELECT source, reasons, detail, raw_record FROM quarantine ORDER BY source, row LIMIT 20\"");
    out.println("  bin/storerecon sql \"SELECT decision, method, count(*) AS shops FROM shop_entity_link GROUP BY decision, method "
        + "ORDER BY shops DESC\"");
    out.println("  bin/storerecon sql \"SELECT reason, jurisdiction_code, shop_name, brand_name, risk_score FROM enforcement_lead "
        + "WHERE status <> 'closed' ORDER BY risk_score DESC LIMIT 20\"");
    out.flush();
  }
}
