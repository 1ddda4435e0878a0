package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.generate.GenerateDataset;
import org.storerecon.jobs.generate.SparkGenerateDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storerecon generate}: a synthetic, contract-conforming data set with ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes shops.csv, entities.csv, brands.csv, labels.csv, brand_labels.csv and manifest.json "
        + "(counts of every phenomenon) to --out. Deterministic for a seed; generated in parallel with Spark.",
        "Noise knobs: storerecon.generate in conf/application.conf."})
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Option(names = "--shops", paramLabel = "N", required = true, description = "Number of shops.")
  long shops;

  @Option(names = "--entities", paramLabel = "M", required = true, description = "Number of registry entities.")
  long entities;

  @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created; files in it are replaced).")
  Path out;

  @Option(names = "--dirty", description = "Add CSV faults to shops.csv (BOM, CRLF, quoted commas and newlines, empty and "
      + "duplicate keys, extra columns, invalid UTF-8, ...), listed in manifest.json and dirty_rows.csv.")
  boolean dirty;

  @Override
  public Integer call() {
    if (shops < 0 || entities < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shops must be >= 0 and --entities >= 1");
    }
    StoreReconConfig config = options.load();
    SparkSession spark = options.startSession(config, "storerecon generate");
    GenerateDataset generate = new SparkGenerateDataset(spark)
        .shops(shops).entities(entities).seed(seed).settings(config.generate()).outputDir(out);
    if (dirty) {
      generate.dirty();
    }
    GenerateDataset.Result result = generate.execute();
    print(result, spec.commandLine().getOut());
    options.summaryJson().ifPresent(file -> GenerateSummary.write(result, file));
    return 0;
  }

  static void print(GenerateDataset.Result result, PrintWriter out) {
    out.printf("storerecon generate: %s in %.1f s%n", result.outputDir().toAbsolutePath(), result.wallTime().toMillis() / 1000.0);
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(result.recordsPerFile()).entrySet()) {
      out.printf("  %-18s %,12d records%n", e.getKey(), e.getValue());
    }
    out.flush();
  }
}
