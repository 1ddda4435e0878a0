package org.storerecon.jobs.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.storerecon.jobs.config.EvolveConfig;

/**
 * Derives the next night's snapshot from a data set written by {@code generate} (day 1) or by an
 * earlier evolve: the same files ({@code shops.csv}, {@code entities.csv}, {@code brands.csv},
 * {@code labels.csv}, {@code brand_labels.csv}, {@code manifest.json}) with known changes, and
 * {@code changes.csv} listing them, one row each.
 *
 * <ul>
 *   <li>shops: changed (phone, address in the same county, a variant of the licence name: labels
 *       stay true), new (the next indices of the generator, with labels and brand labels), removed
 *       (with their labels and brand labels), closed (labels kept);
 *   <li>entities: changed (deregistered or revoked, address, legal representative, phone, rename
 *       with the old name in former_names; codes kept), new (fresh valid USCCs);
 *   <li>brands.csv copied unchanged.
 * </ul>
 *
 * <p>Which rows change, and how, is a pure function of (seed, day, row key); rows not changed are
 * copied with their bytes. So the output is a pure function of the source, the seed and the rates.
 *
 * <pre>{@code
 * EvolveDataset.Result day2 = new SparkEvolveDataset(spark).from(Path.of("/tmp/day1"))
 *     .rates(config.evolve()).outputDir(Path.of("/tmp/day2")).execute();
 * }</pre>
 */
public interface EvolveDataset {

  /** The source folder (required). */
  EvolveDataset from(Path dir);

  /** The change rates (required). */
  EvolveDataset rates(EvolveConfig rates);

  /** The seed of the change draws; default the generator seed of the source's lineage. */
  EvolveDataset seed(long seed);

  /** Folder to write into (required; not the source); created if missing, existing output files are replaced. */
  EvolveDataset outputDir(Path dir);

  /** Runs the evolve. */
  Result execute();

  /**
   * What a run wrote.
   *
   * @param outputDir the output folder
   * @param recordsPerFile data records (header excluded) per file name
   * @param wallTime wall-clock duration of the run
   * @param manifest the manifest written as manifest.json
   */
  record Result(Path outputDir, Map<String, Long> recordsPerFile, Duration wallTime, EvolveManifest manifest) {
    public Result {
      Objects.requireNonNull(outputDir, "outputDir");
      recordsPerFile = Map.copyOf(recordsPerFile);
      Objects.requireNonNull(wallTime, "wallTime");
      Objects.requireNonNull(manifest, "manifest");
    }
  }
}
