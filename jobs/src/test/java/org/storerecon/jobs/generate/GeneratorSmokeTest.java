package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.testing.SparkTest;

@SparkTest
class GeneratorSmokeTest {

  @Test
  void writesEveryFile(SparkSession spark) throws Exception {
    GenerateDataset.Result r = TestData.clean(spark);
    System.out.println(r.wallTime());
    System.out.println(ManifestWriter.json(r.manifest()));
    for (String f : new String[] {"shops.csv", "entities.csv", "brands.csv", "labels.csv", "brand_labels.csv"}) {
      System.out.println("==== " + f);
      Files.readAllLines(r.outputDir().resolve(f)).stream().limit(25).forEach(System.out::println);
    }
    try (var files = Files.list(r.outputDir())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "shops.csv", "entities.csv", "brands.csv", "labels.csv", "brand_labels.csv", "manifest.json");
    }
  }
}
