package org.storerecon.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.cli.StoreRecon;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.generate.SparkGenerateDataset;
import org.storerecon.jobs.resolve.ResolveTables;
import org.storerecon.testing.SparkTest;

/**
 * Two nights on generated data, in warehouses forked from one day-1 warehouse (a Delta table is a
 * folder: a copy is a fork): an incremental day 2 equals a full day 2 on every table's contents; a
 * rerun of day 2 changes no table; a day 2 killed (SIGKILL, in another JVM) in the middle of the
 * resolve stage and run again equals the uninterrupted one; of two day-2 runs at once, one fails
 * with exit code 1 and the other's tables equal the uninterrupted ones. The incremental night runs
 * with {@code storerecon.nightly.incremental-spark} (adaptive execution off), the full one without.
 */
@SparkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightlyRunTest {

  private static final LocalDate DAY1 = LocalDate.parse("2026-11-01");
  private static final LocalDate DAY2 = LocalDate.parse("2026-11-02");
  /** Operational logs: they record how much each run recomputed, so an incremental and a full night differ there by design. */
  private static final Set<String> LOGS = Set.of(Tables.RUN_AUDIT, ResolveTables.REPORT);
  private static final String ADAPTIVE = "spark.sql.adaptive.enabled";

  @TempDir
  static Path dir;

  private Path day1;
  private Path day2;
  private Path incremental;
  private Map<String, List<String>> incrementalContents;
  private RunSummary incrementalNight;

  @BeforeAll
  void twoDays(SparkSession spark) {
    day1 = dir.resolve("day1");
    day2 = dir.resolve("day2");
    StoreReconConfig defaults = ConfigLoader.defaults().load();
    new SparkGenerateDataset(spark).shops(1500).entities(3000).seed(11).settings(defaults.generate()).outputDir(day1).execute();
    NextDay.write(spark, day1, day2);
    Path first = dir.resolve("wh-day1");
    assertThat(run(spark, first, day1, DAY1, RunMode.INCREMENTAL).succeeded()).isTrue();
    incremental = fork(first, "wh-incremental");
    RunSummary night;
    try (SettingSeen adaptive = SettingSeen.listen(spark, ADAPTIVE)) {
      night = run(spark, incremental, day2, DAY2, RunMode.INCREMENTAL);
      // storerecon.nightly.incremental-spark: the incremental stages ran without adaptive execution.
      assertThat(adaptive.values()).containsExactly("false");
    }
    assertThat(spark.conf().get(ADAPTIVE)).as("restored after the night").isEqualTo("true");
    assertThat(night.succeeded()).as(night.error().orElse("")).isTrue();
    assertThat(mode(night, "resolve")).isEqualTo("incremental");
    assertThat(mode(night, "mark")).isEqualTo("incremental");
    incrementalContents = contents(spark, incremental, Set.of());
    incrementalNight = night;
  }

  @Test
  void incrementalNightEqualsFullRecompute(SparkSession spark) {
    Path full = fork(dir.resolve("wh-day1"), "wh-full");
    RunSummary night;
    try (SettingSeen adaptive = SettingSeen.listen(spark, ADAPTIVE)) {
      night = run(spark, full, day2, DAY2, RunMode.FULL);
      assertThat(adaptive.values()).as("a full night runs with the session's own settings").isEmpty();
    }

    assertThat(mode(night, "resolve")).startsWith("full");
    StageReport resolve = stage(incrementalNight, "resolve");
    assertThat(resolve.changes().get("shops_recomputed")).isPositive().isLessThan(resolve.rowsIn() / 4);
    assertSame(contents(spark, full, LOGS), without(incrementalContents, LOGS));
  }

  @Test
  void rerunOfTheSameNightChangesNoTable(SparkSession spark) {
    Path rerun = fork(incremental, "wh-rerun");
    RunSummary again = run(spark, rerun, day2, DAY2, RunMode.INCREMENTAL);

    assertThat(again.succeeded()).isTrue();
    assertSame(contents(spark, rerun, Set.of()), incrementalContents);
  }

  @Test
  void nightKilledInTheResolveStageAndRunAgainEqualsAnUninterruptedOne(SparkSession spark) throws Exception {
    Path killed = fork(dir.resolve("wh-day1"), "wh-killed");
    Path linkLog = killed.resolve(ResolveTables.LINKS).resolve("_delta_log");
    long commitsBefore = commits(linkLog);
    Path log = Path.of("target", "nightly-killed-run.log").toAbsolutePath();
    Process process = new ProcessBuilder(command(killed, day2, DAY2)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // Killed right after the night's first commit to shop_entity_link: links merged, candidates and history not yet.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(12);
    while (commits(linkLog) == commitsBefore && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(process.isAlive()).as("still running when shop_entity_link got its commit; log: %s", log).isTrue();
    process.destroyForcibly().waitFor();
    assertThat(commits(linkLog)).as("commits to shop_entity_link; log: %s", log).isGreaterThan(commitsBefore);
    assertThat(Files.exists(killed.resolve(RunLock.STATE_FOLDER).resolve("run.lock"))).as("the killed run's lock is left behind").isTrue();

    RunSummary rerun = run(spark, killed, day2, DAY2, RunMode.INCREMENTAL);

    assertThat(rerun.succeeded()).as(rerun.error().orElse("")).isTrue();
    assertSame(contents(spark, killed, Set.of(Tables.RUN_AUDIT)), without(incrementalContents, Set.of(Tables.RUN_AUDIT)));
  }

  @Test
  void secondConcurrentRunFailsWithExitCode1AndLeavesTheTablesIntact(SparkSession spark) throws Exception {
    Path shared = fork(dir.resolve("wh-day1"), "wh-concurrent");
    CompletableFuture<RunSummary> first = CompletableFuture.supplyAsync(() -> run(spark, shared, day2, DAY2, RunMode.INCREMENTAL));
    Path lock = shared.resolve(RunLock.STATE_FOLDER).resolve("run.lock");
    while (!Files.exists(lock) && !first.isDone()) {
      Thread.sleep(20);
    }
    java.io.StringWriter err = new java.io.StringWriter();
    List<String> args = new ArrayList<>(cli(shared, day2, DAY2));
    int exit = StoreRecon.execute(new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true),
        args.toArray(String[]::new));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("another run is writing to the warehouse").contains("run lock");
    assertThat(first.get(5, TimeUnit.MINUTES).succeeded()).isTrue();
    assertSame(contents(spark, shared, Set.of(Tables.RUN_AUDIT)), without(incrementalContents, Set.of(Tables.RUN_AUDIT)));
  }

  private static void assertSame(Map<String, List<String>> actual, Map<String, List<String>> expected) {
    assertThat(WarehouseContents.difference(actual, expected)).as("tables that differ").isEmpty();
  }

  private static RunSummary run(SparkSession spark, Path warehouse, Path data, LocalDate date, RunMode mode) {
    return NightlyRun.allStages(spark, config(warehouse, data), "run").mode(mode).execute(date);
  }

  private static StoreReconConfig config(Path warehouse, Path data) {
    ConfigLoader loader = ConfigLoader.defaults().withOverride("storerecon.warehouse", warehouse.toString());
    for (InputSpec input : Contract.PIPELINE_INPUTS) {
      loader.withOverride("storerecon.inputs." + input.name() + ".path", data.resolve(input.name() + ".csv").toString());
    }
    return loader.load();
  }

  private static List<String> cli(Path warehouse, Path data, LocalDate date) {
    return List.of("run", "--run-date", date.toString(), "--warehouse", warehouse.toString(),
        "--shops", data.resolve("shops.csv").toString(), "--entities", data.resolve("entities.csv").toString(),
        "--brands", data.resolve("brands.csv").toString(), "--conf", resource("test.conf"));
  }

  /** The CLI in a JVM of its own, with this JVM's options and class path. */
  private static List<String> command(Path warehouse, Path data, LocalDate date) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> !a.startsWith("-agentlib")).forEach(command::add);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(StoreRecon.class.getName());
    command.addAll(cli(warehouse, data, date));
    return command;
  }

  private static String resource(String name) {
    try {
      return Path.of(NightlyRunTest.class.getClassLoader().getResource(name).toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, List<String>> contents(SparkSession spark, Path warehouse, Set<String> skipped) {
    return WarehouseContents.of(spark, Warehouse.at(warehouse.toString(), "storerecon"), skipped);
  }

  private static Map<String, List<String>> without(Map<String, List<String>> contents, Set<String> tables) {
    Map<String, List<String>> out = new java.util.TreeMap<>(contents);
    tables.forEach(out::remove);
    return out;
  }

  private static String mode(RunSummary summary, String stage) {
    return stage(summary, stage).mode().orElse("");
  }

  private static StageReport stage(RunSummary summary, String stage) {
    return summary.stages().stream().filter(s -> s.stage().equals(stage)).findFirst().orElseThrow();
  }

  private static long commits(Path log) throws IOException {
    if (!Files.isDirectory(log)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(log)) {
      return files.filter(f -> f.getFileName().toString().matches("\\d{20}\\.json")).count();
    }
  }

  private Path fork(Path from, String name) {
    return WarehouseFork.of(from, dir.resolve(name));
  }
}
