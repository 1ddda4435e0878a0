package org.storerecon.jobs.cli;


import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.generate.SparkEvolveDataset;
import org.storerecon.jobs.generate.SparkGenerateDataset;
import org.storerecon.jobs.mark.MarkTables;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.jobs.pipeline.RunMode;
import org.storerecon.jobs.pipeline.RunSummary;
import org.storerecon.jobs.pipeline.StageReport;
import org.storerecon.jobs.pipeline.WarehouseFork;
import org.storerecon.jobs.resolve.LinkHistory;
import org.storerecon.jobs.resolve.LinkEvaluation;
import org.storerecon.jobs.resolve.ResolveTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storerecon bench-nightly}: the cost of an incremental night against a full one. Generates
 * day 1 and runs it; evolves day 2 ({@code storerecon.evolve} rates: 2 % of shops by default); forks
 * the day-1 warehouse (a folder copy); runs day 2 incrementally in one fork and with {@code --full}
 * in the other; prints both wall times per stage, their ratio, whether the two forks' current
 * tables are equal, and day 2's accuracy. Last, in a third fork, a night whose inputs did not
 * change (day 1's files again, for day 2's date): the fixed cost of an incremental night, which
 * no change can go below.
 */
@Command(name = "bench-nightly", mixinStandardHelpOptions = true,
    description = {"Generates day 1, runs it, evolves day 2 (storerecon.evolve rates), then runs day 2 incrementally and with --full in two "
        + "copies of the day-1 warehouse: prints the wall time of both per stage, their ratio, whether their tables are equal and day 2's accuracy; "
        + "then, in a third copy, a night whose inputs did not change (day 1's files for day 2's date): the fixed cost of an incremental night.",
        "Example: STORERECON_HEAP=8g bin/storerecon bench-nightly --shops 1000000 --entities 2000000 --work /tmp/nightly"})
final class NightlyBenchCommand implements Callable<Integer> {

  private static final LocalDate DAY1 = LocalDate.parse("2026-11-01");
  private static final LocalDate DAY2 = DAY1.plusDays(1);

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Option(names = "--shops", paramLabel = "N", description = "Shops on day 1 (default: ${DEFAULT-VALUE}).")
  long shops = 20_000;

  @Option(names = "--entities", paramLabel = "M", description = "Registry entities on day 1 (default: ${DEFAULT-VALUE}).")
  long entities = 40_000;

  @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--work", paramLabel = "DIR", required = true,
      description = "Folder for day1/, day2/ and the warehouses; replaced.")
  Path work;

  @Override
  public Integer call() {
    if (shops < 1 || entities < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shops and --entities must be >= 1");
    }
    Path root = work.toAbsolutePath();
    deleteRecursively(root);
    StoreReconConfig base = options.loader().load();
    SparkSession spark = options.startSession(base, "storerecon bench-nightly");
    PrintWriter out = spec.commandLine().getOut();
    Path day1 = root.resolve("day1");
    Path day2 = root.resolve("day2");
    long t0 = System.nanoTime();
    new SparkGenerateDataset(spark).shops(shops).entities(entities).seed(seed).settings(base.generate()).outputDir(day1).execute();
    out.printf("bench-nightly: %,d shops x %,d entities, seed %d; generated in %.1f s%n", shops, entities, seed, (System.nanoTime() - t0) / 1e9);
    Path incremental = root.resolve("warehouse");
    RunSummary first = run(spark, incremental, day1, DAY1, RunMode.INCREMENTAL);
    print(out, "day 1 (first night)", first);

    long t1 = System.nanoTime();
    new SparkEvolveDataset(spark).from(day1).rates(base.evolve()).outputDir(day2).execute();
    out.printf("  evolved day 2 in %.1f s (changes: %s)%n", (System.nanoTime() - t1) / 1e9, day2.resolve("changes.csv"));
    Path full = root.resolve("warehouse-full");
    WarehouseFork.of(incremental, full);
    Path unchanged = root.resolve("warehouse-unchanged");
    WarehouseFork.of(incremental, unchanged);

    RunSummary night = run(spark, incremental, day2, DAY2, RunMode.INCREMENTAL);
    print(out, "day 2 incremental", night);
    RunSummary recompute = run(spark, full, day2, DAY2, RunMode.FULL);
    print(out, "day 2 full", recompute);
    out.printf("  incremental / full wall time: %.1f s / %.1f s = %.1f %%%n", night.durationMs() / 1000.0, recompute.durationMs() / 1000.0,
        100.0 * night.durationMs() / recompute.durationMs());
    for (String table : List.of(ResolveTables.LINKS, LinkHistory.TABLE, MarkTables.MARKS, MarkTables.LEADS)) {
      out.printf("  %-26s incremental = full: %s%n", table, equal(spark, incremental, full, table));
    }
    Warehouse warehouse = Warehouse.at(incremental.toString(), base.database());
    LinkEvaluation.Result result = LinkEvaluation.evaluate(EvaluateCommand.table(spark, warehouse, ResolveTables.LINKS),
        EvaluateCommand.readLabels(spark, day2.resolve("labels.csv")), EvaluateCommand.table(spark, warehouse, ResolveTables.CANDIDATES));
    out.println("  day 2: " + result.line());
    out.flush();

    RunSummary floor = run(spark, unchanged, day1, DAY2, RunMode.INCREMENTAL);
    print(out, "day 2 with day 1's inputs (nothing changed)", floor);
    out.printf("  nothing changed / full wall time: %.1f s / %.1f s = %.1f %%%n", floor.durationMs() / 1000.0,
        recompute.durationMs() / 1000.0, 100.0 * floor.durationMs() / recompute.durationMs());
    out.flush();
    return night.succeeded() && recompute.succeeded() && floor.succeeded() ? 0 : StoreRecon.EXIT_FAILURE;
  }

  private RunSummary run(SparkSession spark, Path warehouse, Path data, LocalDate date, RunMode mode) {
    ConfigLoader loader = options.loader().withOverride("storerecon.warehouse", warehouse.toString());
    for (InputSpec input : Contract.PIPELINE_INPUTS) {
      loader.withOverride("storerecon.inputs." + input.name() + ".path", data.resolve(input.name() + ".csv").toString());
    }
    RunSummary summary = NightlyRun.allStages(spark, loader.load(), "bench-nightly").mode(mode).execute(date);
    if (!summary.succeeded()) {
      throw summary.failure().orElseThrow();
    }
    return summary;
  }

  private static void print(PrintWriter out, String title, RunSummary s) {
    out.printf("  %s: %.1f s%n", title, s.durationMs() / 1000.0);
    for (StageReport r : s.stages()) {
      out.printf("    %-16s %8.1f s  %s %s%n", r.stage() + r.source().map(x -> ":" + x).orElse(""), r.durationMs() / 1000.0,
          r.mode().orElse(""), r.changes().isEmpty() ? "" : new java.util.TreeMap<>(r.changes()));
    }
  }

  /** Whether two warehouses hold the same rows of a table (both differences empty; one shuffle each way). */
  private static boolean equal(SparkSession spark, Path a, Path b, String table) {
    Dataset<Row> x = spark.read().format("delta").load(a.resolve(table).toString());
    Dataset<Row> y = spark.read().format("delta").load(b.resolve(table).toString()).select(x.columns()[0],
        java.util.Arrays.stream(x.columns()).skip(1).toArray(String[]::new));
    return x.exceptAll(y).isEmpty() && y.exceptAll(x).isEmpty();
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
