package org.storerecon.jobs.ingest;

import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.jobs.config.CsvMultiLine;
import org.storerecon.jobs.config.IngestConfig;
import org.storerecon.testing.SparkTest;

@SparkTest
class MarkDuplicatesTest {

  private static Dataset<Row> check(RawInput raw) {
    return new MarkDuplicates().apply(new ValidateRows(new IngestConfig(1000, Map.of(), CsvMultiLine.TRUE)).apply(raw));
  }

  @Test
  void mostFilledRowWinsThenFirstInFile(SparkSession spark) {
    RawInput raw = RawShops.of(spark)
        .shop("taobao", "1", "first, sparse")
        .row("taobao", "1", "second, fuller", "flagship", "女装", null, null, null, null, null, null, null)
        .shop("taobao", "2", "first of equals")
        .shop("taobao", "2", "second of equals")
        .shop("jd", "1", "same id, other platform")
        .build();

    assertThatDataset(check(raw)).columns("shop_name", "reasons").containsExactlyInAnyOrder(
        List.of("first, sparse", List.of("DUPLICATE_KEY")),
        List.of("second, fuller", List.of()),
        List.of("first of equals", List.of()),
        List.of("second of equals", List.of("DUPLICATE_KEY")),
        List.of("same id, other platform", List.of()));
  }

  @Test
  void badRowsDoNotCompete(SparkSession spark) {
    RawInput raw = RawShops.of(spark)
        .row("taobao", "1", "bad but full", "flagship", "女装", null, null, null, null, null, "never", null)
        .shop("taobao", "1", "good")
        .build();

    assertThatDataset(check(raw)).columns("shop_name", "reasons").containsExactlyInAnyOrder(
        List.of("bad but full", List.of("BAD_DATE")),
        List.of("good", List.of()));
  }
}
