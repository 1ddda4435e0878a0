package org.storerecon.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SparkTest
class HarnessTest {

  @Test
  void buildsDatasetsAndComparesThemInAnyOrder(SparkSession spark) {
    Dataset<Row> ds = DatasetBuilder.of(spark).columns("a", "b").row("1", "x").row("2", null).build();

    assertThatDataset(ds).containsExactlyInAnyOrder(Arrays.asList("2", null), List.of("1", "x"));
    assertThatThrownBy(() -> assertThatDataset(ds).containsExactlyInAnyOrder(List.of("1", "x")))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void writesAndReadsDelta(SparkSession spark, @TempDir Path dir) {
    Dataset<Row> ds = DatasetBuilder.of(spark).columns("k").row("a").row("b").build();
    String path = dir.resolve("t").toString();
    ds.write().format("delta").save(path);

    assertThatDataset(spark.read().format("delta").load(path)).columns("k")
        .containsExactlyInAnyOrder(List.of("a"), List.of("b"));
  }
}
