package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.storerecon.common.contract.Contract;
import org.storerecon.testing.SparkTest;

/** Reads the dirty shops.csv exactly as ingestion will and checks every injected fault. */
@SparkTest
class DirtyCsvTest {

  private static final String CORRUPT = "_corrupt_record";

  @Test
  void fileLevelFaultsArePresentAndTolerated(SparkSession spark) throws IOException {
    GenerateDataset.Result r = TestData.dirty(spark);
    byte[] bytes = Files.readAllBytes(r.outputDir().resolve("shops.csv"));

    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(bytes, 0, 400, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("status\r\n");
    List<Row> rows = read(spark, r.outputDir());
    Set<String> platforms = Set.of("taobao", "tmall", "jd", "kaola", "pdd", "douyin");
    assertThat(rows.get(0).<String>getAs("platform")).isIn(platforms);
    List<Row> clean = rows.stream().filter(x -> x.getAs(CORRUPT) == null).toList();
    assertThat(clean).allSatisfy(x -> assertThat(x.<String>getAs("platform")).isIn(platforms));
    assertThat(clean).allSatisfy(x -> assertThat(x.<String>getAs("status")).doesNotContain("\r"));
    assertThat(rows).hasSize(r.recordsPerFile().get("shops.csv").intValue());
    assertThat(r.manifest().dirty()).containsKeys("bom", "crlf", "quoted_fields", "empty_key", "duplicate_exact",
        "duplicate_reduced", "extra_columns", "invalid_utf8", "bad_date", "field_too_long", "bad_enum", "broken_quote");
    assertThat(r.manifest().dirty().get("bom").expectedReason()).isNull();
    assertThat(r.manifest().dirty().get("extra_columns").expectedReason()).isEqualTo("MALFORMED_ROW");
  }

  @Test
  void everyFaultyRecordParsesAsExpected(SparkSession spark) {
    GenerateDataset.Result r = TestData.dirty(spark);
    List<Row> rows = read(spark, r.outputDir());
    GeneratorSettings.Dirty d = TestData.settings().dirty();
    List<Map<String, String>> faults = TestData.read(r.outputDir().resolve("dirty_rows.csv"));

    assertThat(faults).hasSize(r.recordsPerFile().get("dirty_rows.csv").intValue()).isNotEmpty();
    for (Map<String, String> f : faults) {
      String needle = f.get("needle");
      List<Row> hits = rows.stream().filter(x -> text(x).contains(needle)).toList();
      switch (f.get("fault")) {
        case "quoted_fields" -> {
          assertThat(hits).hasSize(1);
          Row x = hits.get(0);
          assertThat(x.<String>getAs(CORRUPT)).isNull();
          assertThat(x.<String>getAs("shop_name")).startsWith(needle).endsWith(",\"精选\"好物\n第二行");
          assertThat(x.<String>getAs("address")).endsWith(",2幢\n301室");
          assertThat(x.<String>getAs("status")).isIn("open", "closed");
        }
        case "empty_key" -> {
          assertThat(hits).hasSize(1);
          assertThat(hits.get(0).<String>getAs("shop_id")).isNull();
        }
        case "duplicate_exact", "duplicate_reduced" -> {
          List<Row> sameKey = rows.stream().filter(x -> needle.equals(x.getAs("shop_id"))).toList();
          assertThat(sameKey).hasSize(2);
          assertThat(filled(sameKey.get(0))).isGreaterThanOrEqualTo(filled(sameKey.get(1)));
        }
        case "extra_columns", "broken_quote" -> {
          assertThat(hits).hasSize(1);
          assertThat(hits.get(0).<String>getAs(CORRUPT)).as(f.get("fault")).isNotNull().contains(needle);
        }
        case "invalid_utf8" -> {
          assertThat(hits).hasSize(1);
          assertThat(hits.get(0).<String>getAs("shop_name")).contains("\uFFFD");
        }
        case "bad_date" -> {
          assertThat(hits).hasSize(1);
          assertThat(hits.get(0).<String>getAs("opened_on")).isIn(d.badDates());
        }
        case "field_too_long" -> {
          assertThat(hits).hasSize(1);
          assertThat(hits.get(0).<String>getAs("shop_name")).hasSize(d.fieldTooLongLength());
        }
        case "bad_enum" -> {
          assertThat(hits).hasSize(1);
          Row x = hits.get(0);
          assertThat(List.of(String.valueOf(x.<String>getAs("shop_type")), String.valueOf(x.<String>getAs("status"))))
              .containsAnyOf(d.badShopType(), d.badStatus());
        }
        default -> throw new AssertionError("Unexpected fault " + f.get("fault"));
      }
      assertThat(f.get("expected_reason")).isEqualTo(
          r.manifest().dirty().get(f.get("fault")).expectedReason() == null ? "" : r.manifest().dirty().get(f.get("fault")).expectedReason());
    }
    long corrupt = rows.stream().filter(x -> x.getAs(CORRUPT) != null).count();
    assertThat(corrupt).isEqualTo(d.extraColumns() + d.brokenQuote());
  }

  @Test
  void toleratedRecordsHaveLabelsAndQuarantinedOnesDoNot(SparkSession spark) {
    GenerateDataset.Result r = TestData.dirty(spark);
    long tolerated = r.manifest().dirty().get("quoted_fields").count();

    assertThat(r.recordsPerFile().get("labels.csv")).isEqualTo(TestData.SHOPS + tolerated);
    assertThat(r.manifest().count("shops.total")).isEqualTo(TestData.SHOPS + tolerated);
  }

  static List<Row> read(SparkSession spark, Path dir) {
    List<StructField> fields = new ArrayList<>();
    Contract.SHOPS.columnNames().forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    return spark.read().option("header", "true").option("multiLine", "true").option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT).option("escape", "\"").option("encoding", "UTF-8")
        .schema(new StructType(fields.toArray(StructField[]::new)))
        .csv(dir.resolve("shops.csv").toString()).collectAsList();
  }

  private static String text(Row x) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < x.length(); i++) {
      sb.append(x.isNullAt(i) ? "" : x.get(i)).append('\u0001');
    }
    return sb.toString();
  }

  private static int filled(Row x) {
    int n = 0;
    for (int i = 0; i < x.length(); i++) {
      if (!x.isNullAt(i)) {
        n++;
      }
    }
    return n;
  }
}
