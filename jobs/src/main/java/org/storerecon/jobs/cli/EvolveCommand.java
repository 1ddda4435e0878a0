package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.generate.EvolveDataset;
import org.storerecon.jobs.generate.SparkEvolveDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storerecon evolve}: the next night's snapshot of a generated data set, with its changes listed. */
@Command(name = "evolve", mixinStandardHelpOptions = true,
    description = {"Reads a data set written by storerecon generate (or by evolve) from --from and writes the next night's "
        + "snapshot to --out: the same files, with a share of the shops changed, new, removed and closed and a share of "
        + "the entities changed and new, labels kept true, brands.csv copied, and changes.csv listing every change "
        + "(kind,platform,shop_id,entity_code,detail). Which rows change is a pure function of the seed, the day and "
        + "the row key; other rows are copied as they are. Evolve the output again for the night after.",
        "Rates: storerecon.evolve in conf/application.conf, or the options below.",
        "Example: bin/storerecon evolve --from /tmp/day1 --out /tmp/day2 && bin/storerecon evolve --from /tmp/day2 --out /tmp/day3"})
final class EvolveCommand implements Callable<Integer> {

  private static final String KEYS = "storerecon.evolve.";

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Option(names = "--from", paramLabel = "DIR", required = true, description = "Source data set (written by generate or evolve).")
  Path from;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created; files in it are replaced; not --from).")
  Path out;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the change draws (default: the source's generator seed).")
  Long seed;

  @Option(names = "--changed-shops", paramLabel = "RATE", description = "Share of shops changed (storerecon.evolve.changed-shops).")
  Double changedShops;

  @Option(names = "--new-shops", paramLabel = "RATE", description = "New shops, as a share of the source's (storerecon.evolve.new-shops).")
  Double newShops;

  @Option(names = "--removed-shops", paramLabel = "RATE", description = "Share of shops removed (storerecon.evolve.removed-shops).")
  Double removedShops;

  @Option(names = "--closed-shops", paramLabel = "RATE", description = "Share of shops closed (storerecon.evolve.closed-shops).")
  Double closedShops;

  @Option(names = "--changed-entities", paramLabel = "RATE", description = "Share of entities changed (storerecon.evolve.changed-entities).")
  Double changedEntities;

  @Option(names = "--new-entities", paramLabel = "RATE", description = "New entities, as a share of the source's (storerecon.evolve.new-entities).")
  Double newEntities;

  @Override
  public Integer call() {
    StoreReconConfig config = load();
    SparkSession spark = options.startSession(config, "storerecon evolve");
    EvolveDataset evolve = new SparkEvolveDataset(spark).from(from).outputDir(out).rates(config.evolve());
    if (seed != null) {
      evolve.seed(seed);
    }
    EvolveDataset.Result result = evolve.execute();
    print(result, spec.commandLine().getOut());
    options.summaryJson().ifPresent(file -> GenerateSummary.write("evolve", result.outputDir(), result.wallTime(),
        result.recordsPerFile(), result.manifest().counts(), file));
    return 0;
  }

  /** The configuration with the rate options layered on top (validated like the file's values). */
  private StoreReconConfig load() {
    ConfigLoader loader = options.loader();
    Map<String, Double> rates = new TreeMap<>();
    rates.put("changed-shops", changedShops);
    rates.put("new-shops", newShops);
    rates.put("removed-shops", removedShops);
    rates.put("closed-shops", closedShops);
    rates.put("changed-entities", changedEntities);
    rates.put("new-entities", newEntities);
    rates.forEach((key, value) -> CommonOptions.override(loader, KEYS + key, value == null ? null : value.toString()));
    return loader.load();
  }

  static void print(EvolveDataset.Result result, PrintWriter out) {
    out.printf("storerecon evolve: %s (day %d) in %.1f s%n", result.outputDir().toAbsolutePath(), result.manifest().day(),
        result.wallTime().toMillis() / 1000.0);
    for (Map.Entry<String, Long> e : result.manifest().counts().entrySet()) {
      out.printf("  %-18s %,12d changes%n", e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Long> e : new TreeMap<>(result.recordsPerFile()).entrySet()) {
      out.printf("  %-18s %,12d records%n", e.getKey(), e.getValue());
    }
    out.flush();
  }
}
