package org.storerecon.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.sql.Date;
import java.util.Arrays;
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
class ValidateRowsTest {

  private static final ValidateRows VALIDATE = new ValidateRows(new IngestConfig(20, Map.of("address", 30), CsvMultiLine.TRUE));

  @Test
  void goodRowIsTypedAndCleaned(SparkSession spark) {
    RawInput raw = RawShops.of(spark)
        .row("TMALL ", " 42", "张小泉官方旗舰店", "旗舰店", "厨具", null, " ", null, null, null, "2021-03-04", "OPEN")
        .build();

    Dataset<Row> checked = VALIDATE.apply(raw);

    assertThatDataset(checked).columns("platform", "shop_id", "shop_type", "license_code", "opened_on", "status", "reasons")
        .containsExactlyInAnyOrder(Arrays.asList("tmall", "42", "flagship", null, Date.valueOf("2021-03-04"), "open", List.of()));
  }

  @Test
  void eachFaultGetsItsReason(SparkSession spark) {
    RawInput raw = RawShops.of(spark)
        .row("taobao", "", "no id", null, null, null, null, null, null, null, null, null)
        .row("taobao", "2", "bad date", null, null, null, null, null, null, null, "2023-02-30", null)
        .row("taobao", "3", "bad date shape", null, null, null, null, null, null, null, "20230101", null)
        .row("taobao", "4", "x".repeat(21), null, null, null, null, null, null, null, null, null)
        .row("taobao", "5", "long address ok", null, null, null, null, null, null, "y".repeat(25), null, null)
        .row("taobao", "6", "bad enum", "superstore", null, null, null, null, null, null, null, null)
        .row("taobao", "7", "bad \uFFFD bytes", null, null, null, null, null, null, null, null, null)
        .row("tao bao", "8", "bad platform", null, null, null, null, null, null, null, null, null)
        .corrupt("taobao,9,too,many,fields")
        .build();

    Dataset<Row> checked = VALIDATE.apply(raw);

    assertThatDataset(checked).columns("row", "reasons").containsExactlyInAnyOrder(
        List.of(0L, List.of("MISSING_REQUIRED")),
        List.of(1L, List.of("BAD_DATE")),
        List.of(2L, List.of("BAD_DATE")),
        List.of(3L, List.of("FIELD_TOO_LONG")),
        List.of(4L, List.of()),
        List.of(5L, List.of("BAD_ENUM")),
        List.of(6L, List.of("BAD_ENCODING")),
        List.of(7L, List.of("BAD_VALUE")),
        List.of(8L, List.of("MALFORMED_ROW")));
  }

  @Test
  void detailNamesTheColumnAndRawRecordKeepsTheText(SparkSession spark) {
    RawInput raw = RawShops.of(spark)
        .row("taobao", "2", "a, \"quoted\" name", null, null, null, null, null, null, null, "2023-13-45", null)
        .corrupt("taobao,9,too,many,fields")
        .build();

    List<Row> rows = VALIDATE.apply(raw).select("detail", "raw_record").orderBy("row").collectAsList();

    assertThat(rows.get(0).getString(0)).isEqualTo("opened_on '2023-13-45' is not a yyyy-MM-dd date");
    assertThat(rows.get(0).getString(1)).contains("taobao,2,\"a, \\\"quoted\\\" name\"");
    assertThat(rows.get(1).getString(1)).isEqualTo("taobao,9,too,many,fields");
  }

  @Test
  void severalFaultsInOneRowAreAllReported(SparkSession spark) {
    RawInput raw = RawShops.of(spark)
        .row("taobao", null, "x".repeat(30), "nope", null, null, null, null, null, null, "yesterday", null)
        .build();

    Row row = VALIDATE.apply(raw).first();
    List<String> reasons = row.getList(row.fieldIndex("reasons"));

    assertThat(reasons).containsExactlyInAnyOrder("MISSING_REQUIRED", "FIELD_TOO_LONG", "BAD_ENUM", "BAD_DATE");
  }
}
