package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.testing.SparkTest;

@SparkTest
class DeterminismTest {

  private static final String[] DATA_FILES = {"shops.csv", "entities.csv", "brands.csv", "labels.csv",
      "brand_labels.csv", "dirty_rows.csv"};

  @Test
  void sameSeedGivesByteIdenticalFilesWhateverTheSlicing(SparkSession spark) throws IOException {
    GeneratorSettings oneSlice = TestData.settings();
    GeneratorSettings manySlices = GeneratorSettings.from(
        TestData.defaults().withValue("rows-per-slice", ConfigValueFactory.fromAnyRef(170)));

    Path a = generate(spark, 11, oneSlice);
    Path b = generate(spark, 11, manySlices);
    Path c = generate(spark, 11, oneSlice);

    for (String file : DATA_FILES) {
      assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
    assertThat(Files.readAllBytes(c.resolve("manifest.json"))).isEqualTo(Files.readAllBytes(a.resolve("manifest.json")));
  }

  @Test
  void differentSeedsGiveDifferentFiles(SparkSession spark) throws IOException {
    Path a = generate(spark, 11, TestData.settings());
    Path b = generate(spark, 12, TestData.settings());

    for (String file : new String[] {"shops.csv", "entities.csv", "brands.csv"}) {
      assertThat(Files.readAllBytes(b.resolve(file))).as(file).isNotEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }

  private static Path generate(SparkSession spark, long seed, GeneratorSettings settings) {
    return new SparkGenerateDataset(spark).shops(1_000).entities(1_000).seed(seed).settings(settings).dirty()
        .outputDir(TestData.tempDir("det")).execute().outputDir();
  }
}
