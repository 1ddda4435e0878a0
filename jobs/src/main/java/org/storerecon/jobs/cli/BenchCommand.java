package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.generate.GenerateDataset;
import org.storerecon.jobs.generate.SparkGenerateDataset;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.jobs.pipeline.RunSummary;
import org.storerecon.jobs.pipeline.StageReport;
import org.storerecon.common.contract.Tables;
import org.storerecon.jobs.mark.LeadEvaluation;
import org.storerecon.jobs.mark.MarkTables;
import org.storerecon.jobs.resolve.LinkEvaluation;
import org.storerecon.jobs.resolve.ResolveReport;
import org.storerecon.jobs.resolve.ResolveTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storerecon bench}: generate, run the pipeline, evaluate; print the times and the accuracy. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Generates a data set, runs the pipeline on it in a fresh warehouse and evaluates the links and the brand leads: prints the wall "
        + "time of generation and of every stage, candidate pairs, peak heap and the evaluation line.",
        "Example: STORERECON_HEAP=8g bin/storerecon bench --shops 1000000 --entities 2000000 --work /tmp/bench"})
final class BenchCommand implements Callable<Integer> {

  private static final double MIB = 1024.0 * 1024.0;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Option(names = "--shops", paramLabel = "N", description = "Shops (default: ${DEFAULT-VALUE}).")
  long shops = 20_000;

  @Option(names = "--entities", paramLabel = "M", description = "Registry entities (default: ${DEFAULT-VALUE}).")
  long entities = 40_000;

  @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--work", paramLabel = "DIR", required = true,
      description = "Folder for the data set (DIR/data) and the warehouse (DIR/warehouse); replaced.")
  Path work;

  @Override
  public Integer call() {
    if (shops < 1 || entities < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shops and --entities must be >= 1");
    }
    Path data = work.resolve("data").toAbsolutePath();
    ConfigLoader loader = options.loader();
    loader.withOverride("storerecon.warehouse", work.resolve("warehouse").toAbsolutePath().toString());
    loader.withOverride("storerecon.inputs.shops.path", data.resolve("shops.csv").toString());
    loader.withOverride("storerecon.inputs.entities.path", data.resolve("entities.csv").toString());
    loader.withOverride("storerecon.inputs.brands.path", data.resolve("brands.csv").toString());
    StoreReconConfig config = loader.load();
    SparkSession spark = options.startSession(config, "storerecon bench");
    PrintWriter out = spec.commandLine().getOut();

    long started = System.nanoTime();
    GenerateDataset.Result generated = new SparkGenerateDataset(spark)
        .shops(shops).entities(entities).seed(seed).settings(config.generate()).outputDir(data).execute();
    out.printf("bench: %,d shops x %,d entities, seed %d%n", shops, entities, seed);
    out.printf("  %-10s %8.1f s%n", "generate", generated.wallTime().toMillis() / 1000.0);

    RunSummary summary = PipelineRunner.run(spark, config, options, "bench", LocalDate.now(),
        (s, c) -> NightlyRun.allStages(s, c, "bench"), new PrintWriter(java.io.Writer.nullWriter()));
    for (StageReport r : summary.stages()) {
      out.printf("  %-10s %8.1f s  %s%n", r.stage() + r.source().map(x -> ":" + x).orElse(""), r.durationMs() / 1000.0,
          r.source().isPresent() ? String.format("%,d rows", r.rowsIn()) : String.format("%,d shops", r.rowsOut()));
    }
    Warehouse warehouse = Warehouse.at(config.warehouse(), config.database());
    for (Row r : EvaluateCommand.table(spark, warehouse, ResolveTables.REPORT)
        .filter(org.apache.spark.sql.functions.col("kind").notEqual(ResolveReport.MODEL))
        .select("kind", "name", "value").collectAsList()) {
      out.printf("  %-16s %-28s %,12.0f%n", r.getString(0), r.isNullAt(1) ? "" : r.getString(1), r.getDouble(2));
    }
    out.printf("  %-10s %8.1f s%n", "pipeline", summary.durationMs() / 1000.0);

    long evalStart = System.nanoTime();
    LinkEvaluation.Result result = LinkEvaluation.evaluate(EvaluateCommand.table(spark, warehouse, ResolveTables.LINKS),
        EvaluateCommand.readLabels(spark, data.resolve("labels.csv")), EvaluateCommand.table(spark, warehouse, ResolveTables.CANDIDATES));
    LeadEvaluation.Result leads = LeadEvaluation.evaluate(EvaluateCommand.table(spark, warehouse, MarkTables.MARKS),
        EvaluateCommand.readLabels(spark, data.resolve("brand_labels.csv")), EvaluateCommand.table(spark, warehouse, Tables.BRANDS));
    out.printf("  %-10s %8.1f s%n", "evaluate", (System.nanoTime() - evalStart) / 1e9);
    out.printf("  %-10s %8.1f s%n", "total", (System.nanoTime() - started) / 1e9);
    out.printf("  peak heap at most %,.0f MiB (sum of the heap pools' peaks; -Xmx %,.0f MiB)%n", peakHeapMib(),
        Runtime.getRuntime().maxMemory() / MIB);
    out.println("  " + result.line());
    out.println("  " + leads.line());
    out.flush();
    return 0;
  }

  /** Sum of the peak usage of the heap pools: an upper bound of the peak heap in use. */
  static double peakHeapMib() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / MIB;
  }
}
