package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.testing.SparkTest;

@SparkTest
class OutputLayoutTest {

  @Test
  void writesExactlyOneFilePerDatasetAndNoSparkLeftovers(SparkSession spark) throws IOException {
    Path dir = TestData.clean(spark).outputDir();

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "shops.csv", "entities.csv", "brands.csv", "labels.csv", "brand_labels.csv", "manifest.json");
    }
  }

  @Test
  void headersFollowTheContract(SparkSession spark) throws IOException {
    Path dir = TestData.clean(spark).outputDir();

    for (InputSpec spec : List.of(Contract.SHOPS, Contract.ENTITIES, Contract.BRANDS, Contract.LABELS, Contract.BRAND_LABELS)) {
      String firstLine = Files.readAllLines(dir.resolve(spec.name() + ".csv")).get(0);
      assertThat(firstLine).as(spec.name()).isEqualTo(String.join(",", spec.columnNames()));
    }
  }

  @Test
  void manifestRecordsMatchTheFiles(SparkSession spark) {
    GenerateDataset.Result result = TestData.clean(spark);

    for (String file : List.of("shops.csv", "entities.csv", "brands.csv", "labels.csv", "brand_labels.csv")) {
      long records = TestData.read(result.outputDir().resolve(file)).size();
      assertThat(result.recordsPerFile().get(file)).as(file).isEqualTo(records);
    }
    assertThat(result.recordsPerFile().get("shops.csv")).isEqualTo(TestData.SHOPS);
    assertThat(result.recordsPerFile().get("entities.csv")).isEqualTo(TestData.ENTITIES);
    assertThat(result.wallTime()).isPositive();
  }
}
