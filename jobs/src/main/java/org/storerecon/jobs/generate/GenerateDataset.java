package org.storerecon.jobs.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Generates a synthetic, contract-conforming data set: {@code shops.csv}, {@code entities.csv},
 * {@code brands.csv}, the ground truth {@code labels.csv} and {@code brand_labels.csv}, and a
 * {@code manifest.json} counting every phenomenon; with {@link #dirty()} also CSV faults in
 * shops.csv and a {@code dirty_rows.csv} to find each faulty record.
 *
 * <p>The output is a pure function of (seed, sizes, settings, dirty): the same inputs give
 * byte-identical files however Spark partitions the work.
 *
 * <pre>{@code
 * GenerateDataset.Result result = new SparkGenerateDataset(spark)
 *     .shops(1_000_000).entities(2_000_000).seed(42).settings(settings)
 *     .outputDir(Path.of("/tmp/data")).execute();
 * }</pre>
 */
public interface GenerateDataset {

  /** Number of regular shop records (default 0). */
  GenerateDataset shops(long count);

  /** Number of registry entities (at least 1; default 1). */
  GenerateDataset entities(long count);

  GenerateDataset seed(long seed);

  /** Adds the configured CSV faults to shops.csv. */
  GenerateDataset dirty();

  GenerateDataset settings(GeneratorSettings settings);

  /** Folder to write into; created if missing, existing output files are replaced. */
  GenerateDataset outputDir(Path dir);

  /** Runs the generation. */
  Result execute();

  /**
   * What a run wrote.
   *
   * @param outputDir the output folder
   * @param recordsPerFile data records (header excluded) per file name
   * @param wallTime wall-clock duration of the run
   * @param manifest the manifest written as manifest.json
   */
  record Result(Path outputDir, Map<String, Long> recordsPerFile, Duration wallTime, GenerationManifest manifest) {
    public Result {
      Objects.requireNonNull(outputDir, "outputDir");
      recordsPerFile = Map.copyOf(recordsPerFile);
      Objects.requireNonNull(wallTime, "wallTime");
      Objects.requireNonNull(manifest, "manifest");
    }
  }
}
