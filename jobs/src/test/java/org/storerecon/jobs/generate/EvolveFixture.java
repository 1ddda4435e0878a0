package org.storerecon.jobs.generate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.storerecon.jobs.config.EvolveConfig;

/**
 * A generated day 1 (2,000 shops × 4,000 entities) and its evolves, shared by the evolve tests of
 * one JVM; the rates are raised above the defaults so that every kind of change occurs often.
 */
final class EvolveFixture {

  static final long SEED = 20260101L;
  static final long SHOPS = 2_000;
  static final long ENTITIES = 4_000;
  static final EvolveConfig RATES = new EvolveConfig(0.05, 0.02, 0.02, 0.02, 0.03, 0.01);

  private static final Map<String, Path> CACHE = new HashMap<>();

  private EvolveFixture() {}

  static synchronized Path day1(SparkSession spark) {
    return CACHE.computeIfAbsent("day1", k -> generate(spark, SHOPS, k));
  }

  static synchronized Path day2(SparkSession spark) {
    Path day1 = day1(spark);
    return CACHE.computeIfAbsent("day2", k -> evolve(spark, day1, k));
  }

  static synchronized Path day3(SparkSession spark) {
    Path day2 = day2(spark);
    return CACHE.computeIfAbsent("day3", k -> evolve(spark, day2, k));
  }

  static Path generate(SparkSession spark, long shops, String name) {
    return new SparkGenerateDataset(spark).shops(shops).entities(ENTITIES).seed(SEED).settings(TestData.settings())
        .outputDir(TestData.tempDir(name)).execute().outputDir();
  }

  static Path evolve(SparkSession spark, Path from, String name) {
    return new SparkEvolveDataset(spark).from(from).rates(RATES).outputDir(TestData.tempDir(name)).execute().outputDir();
  }

  /** The rows of a CSV file of a data set, by their key columns joined with '/'. */
  static Map<String, Map<String, String>> byKey(Path dir, String file, String... keyColumns) {
    return TestData.read(dir.resolve(file)).stream().collect(Collectors.toMap(row -> key(row, keyColumns), row -> row));
  }

  static String key(Map<String, String> row, String... keyColumns) {
    return java.util.Arrays.stream(keyColumns).map(row::get).collect(Collectors.joining("/"));
  }

  /** The changes.csv rows of one kind. */
  static List<Map<String, String>> changes(Path dir, ChangeKind kind) {
    return TestData.read(dir.resolve(OutputFiles.CHANGES)).stream().filter(c -> c.get("kind").equals(kind.code())).toList();
  }

  /** The shop keys ({@code platform/shop_id}) of the changes of one kind. */
  static List<String> shopKeys(Path dir, ChangeKind kind) {
    return changes(dir, kind).stream().map(c -> key(c, "platform", "shop_id")).toList();
  }
}
