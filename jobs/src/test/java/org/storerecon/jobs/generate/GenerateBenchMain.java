package org.storerecon.jobs.generate;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Measures a full-size run: {@code GenerateBenchMain <shops> <entities> <outDir> [dirty]} with the
 * bundled default settings, seed 1, on {@code local[*]}. Not a test; run with the Spark JVM options.
 */
public final class GenerateBenchMain {

  private GenerateBenchMain() {}

  public static void main(String[] args) {
    long shops = Long.parseLong(args[0]);
    long entities = Long.parseLong(args[1]);
    Path out = Path.of(args[2]);
    SparkSession spark = SparkSession.builder().appName("storerecon-generate-bench").master("local[*]")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      GenerateDataset action = new SparkGenerateDataset(spark).shops(shops).entities(entities).seed(1)
          .settings(TestData.settings()).outputDir(out);
      if (args.length > 3 && args[3].equals("dirty")) {
        action.dirty();
      }
      GenerateDataset.Result r = action.execute();
      System.out.println("wall time " + r.wallTime() + ", records " + r.recordsPerFile());
    } finally {
      spark.stop();
    }
  }
}
