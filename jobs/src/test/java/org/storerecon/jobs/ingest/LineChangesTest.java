package org.storerecon.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunMode;
import org.storerecon.jobs.resolve.LookupKeys;
import org.storerecon.testing.DatasetBuilder;
import org.storerecon.testing.SparkTest;

/** Ingestion that parses only the lines unlike the stored records' ({@link CsvLines}, {@link LineChanges}). */
@SparkTest
class LineChangesTest {

  private static final String HEADER = String.join(",", Contract.SHOPS.columnNames());
  private static final RunContext DAY1 = RunContext.of(LocalDate.parse("2026-11-01"), "line-changes-test");
  private static final RunContext DAY2 = RunContext.of(LocalDate.parse("2026-11-02"), "line-changes-test");

  @TempDir
  Path dir;

  @Test
  void linesParseAsSparksSingleLineCsvReaderParsesThem(SparkSession spark) throws IOException {
    byte[] text = ("\uFEFF" + HEADER + "\r\n"
        + "taobao,1,\"店, 带逗号\",,,,,,,,,\r\n"
        + "\r\n"
        + "   \t\r\n"
        + "taobao,2,\"引\"\"号\",,,,,,,,,\r\n"
        + "taobao,3,too many,,,,,,,,,,surplus\r\n"
        + "taobao,4,too few\r\n"
        + "taobao,5,\"broken quote,,,,,,,,,\r\n"
        + HEADER + "\r\n"
        + "taobao,6,last").getBytes(StandardCharsets.UTF_8);
    Path shops = dir.resolve("shops.csv");
    Files.write(shops, text);
    StoreReconConfig config = config(shops, "false");
    InputFiles files = InputFiles.resolve(Contract.SHOPS, config.input("shops"), spark.sparkContext().hadoopConfiguration());
    RawReader reader = new RawReader(spark, config.ingest());
    List<String> columns = reader.checkColumns(files);

    Dataset<Row> expected = reader.read(files, columns).rows().drop(Columns.ROW, CsvLines.LINE_HASH);
    for (CsvLines.Index index : CsvLines.Index.values()) {
      try (CsvLines lines = CsvLines.read(spark, files, columns, index)) {
        Dataset<Row> actual = lines.parseAll().rows().drop(Columns.ROW, CsvLines.LINE_HASH);

        assertThat(lines.quotedLineBreaks()).as(index.name()).isTrue();
        assertThat(actual.exceptAll(expected).collectAsList()).as(index.name()).isEmpty();
        assertThat(expected.exceptAll(actual).collectAsList()).as(index.name()).isEmpty();
        if (index == CsvLines.Index.KEPT) {
          assertThat(lines.index().count()).isEqualTo(7);
        }
      }
    }
  }

  @Test
  void skippingUnchangedLinesEqualsParsingEveryLine(SparkSession spark) throws IOException {
    Path day1 = write("day1.csv", HEADER + "\n"
        + "taobao,1,unchanged,,,,,,,,,\n"
        + "taobao,2,will change,,,,,,,,,\n"
        + "taobao,3,will be removed,,,,,,,,,\n"
        + "taobao,4,spacing changes,,,,,,,,,\n"
        + "taobao,5,repeated tomorrow,,,,,,,,,\n"
        + "taobao,6,old line stays,,,,,,,,,\n"
        + "jd,7,bad enum,megastore,,,,,,,,\n"
        + "taobao,8,last,,,,,,,,,\n");
    Path day2 = write("day2.csv", "\uFEFF" + HEADER + "\r\n"
        + "taobao,1,unchanged,,,,,,,,,\r\n"
        + "taobao,2,changed,,,,,,,,,\r\n"
        + "taobao,4,spacing changes ,,,,,,,,,\r\n"
        + "taobao,5,repeated tomorrow,,,,,,,,,\r\n"
        + "taobao,5,repeated tomorrow,,,,,,,,,\r\n"
        + "taobao,6,old line stays,,,,,,,,,\r\n"
        + "taobao,6,new line with more columns,flagship,,,,,,,,\r\n"
        + "jd,7,bad enum,megastore,,,,,,,,\r\n"
        + "taobao,9,new shop,,,,,,,,,\r\n"
        + "\r\n"
        + "taobao,8,last,,,,,,,,,\r\n");
    Path skipping = dir.resolve("skipping");
    Path parsing = dir.resolve("parsing");
    for (Path warehouse : List.of(skipping, parsing)) {
      IngestReport first = ingest(spark, day1, warehouse, DAY1, RunMode.INCREMENTAL);
      assertThat(first.mode()).isEqualTo("full: no shops table");
    }

    IngestReport skipped = ingest(spark, day2, skipping, DAY2, RunMode.INCREMENTAL);
    IngestReport parsed = ingest(spark, day2, parsing, DAY2, RunMode.FULL);

    assertThat(skipped.mode()).isEqualTo("incremental");
    assertThat(parsed.mode()).isEqualTo("full: --full");
    // Parsed: the changed, respaced, repeated, new and bad lines, and key 6's unchanged line, which competes
    // with its new line. Not parsed: the lines of shops 1 and 8.
    assertThat(skipped.rowsParsed()).isEqualTo(8);
    assertThat(parsed.rowsParsed()).isEqualTo(10);
    for (IngestReport r : List.of(skipped, parsed)) {
      assertThat(r.rowsIn()).isEqualTo(10);
      assertThat(r.rowsWritten()).isEqualTo(7);
      assertThat(r.rowsQuarantined()).isEqualTo(3);
      assertThat(r.changes()).extracting(CanonicalTable.Changes::inserted, CanonicalTable.Changes::updated, CanonicalTable.Changes::deleted)
          .containsExactly(1L, 3L, 1L);
    }
    assertSameRows(spark, skipping, parsing, "shops");
    assertSameRows(spark, skipping, parsing, "quarantine");
    assertThat(table(spark, skipping, "shops").filter("shop_id = '6'").select("shop_name").first().getString(0))
        .isEqualTo("new line with more columns");

    IngestReport again = ingest(spark, day2, skipping, DAY2, RunMode.INCREMENTAL);
    // The repeated and bad lines, key 6's old line, and then its stored line, which competes with it.
    assertThat(again.rowsParsed()).as("a rerun parses only the lines that do not make a stored record").isEqualTo(5);
    assertSameRows(spark, skipping, parsing, "shops");
  }

  @Test
  void secondRoundAsksOnlyForLinesTonightHolds(SparkSession spark) {
    // Stored: record a from line 1, b from line 2, c from line 3. Tonight: a's line changed (line 11),
    // b's line is unchanged and a new line (12) also carries key b; c's line is unchanged.
    Dataset<Row> table = DatasetBuilder.of(spark).column(CanonicalTable.RECORD_KEY).column(CsvLines.LINE_HASH, DataTypes.LongType)
        .row("a", 1L).row("b", 2L).row("c", 3L).build();
    Dataset<Row> index = DatasetBuilder.of(spark).column(Columns.SOURCE_FILE).column(Columns.ROW, DataTypes.LongType)
        .column(CsvLines.LINE_HASH, DataTypes.LongType)
        .row("f", 1L, 11L).row("f", 2L, 2L).row("f", 3L, 12L).row("f", 4L, 3L).build();
    LineChanges changes = LineChanges.of(index, table, stored -> stored.limit(0));
    Dataset<Row> first = changes.firstRound();
    Dataset<Row> keys = DatasetBuilder.of(spark).column(CanonicalTable.RECORD_KEY).row("a").row("b").build();

    assertThat(first.collectAsList()).extracting(r -> r.getLong(0)).containsExactlyInAnyOrder(11L, 12L);
    // b's unchanged line competes with line 12; a's old line 1 is not in tonight's input, so it is not asked for.
    assertThat(changes.secondRound(keys, first).collectAsList()).extracting(r -> r.getLong(0)).containsExactly(2L);
  }

  @Test
  void changedIngestionSettingsParseEveryLine(SparkSession spark) throws IOException {
    Path shops = write("shops.csv", HEADER + "\ntaobao,1,a name,,,,,,,,,\n");
    Path warehouse = dir.resolve("wh");
    ingest(spark, shops, warehouse, DAY1, RunMode.INCREMENTAL);

    StoreReconConfig tighter = ConfigLoader.defaults().withOverride("storerecon.inputs.shops.path", shops.toString())
        .withOverride("storerecon.ingest.max-field-length", "5").load();
    IngestInputs ingest = new IngestInputs(spark, tighter, Warehouse.at(warehouse.toString(), "storerecon"));
    IngestReport report = ingest.ingest(ingest.prepare(Contract.SHOPS), DAY2, RunMode.INCREMENTAL);

    assertThat(report.mode()).isEqualTo("full: ingestion settings or code version changed");
    assertThat(report.rowsQuarantined()).isEqualTo(1);
  }

  @Test
  void recordsStoredUnderOtherSettingsAreNormalisedAgain(SparkSession spark) throws IOException {
    Path shops = write("shops.csv", HEADER + "\ntaobao,1,北京同仁堂旗舰店,,,,,,,,,\ntaobao,2,老凤祥专卖,,,,,,,,,\n");
    Path older = dir.resolve("older");
    ingest(spark, shops, older, DAY1, RunMode.INCREMENTAL);
    // As a release that normalised differently would have left it: other lookup key hashes, another digest.
    String location = older.resolve(Tables.SHOPS).toString();
    spark.sql("UPDATE delta.`" + location + "` SET " + LookupKeys.HASHES + " = filter(" + LookupKeys.HASHES + ", h -> false)");
    spark.sql("ALTER TABLE delta.`" + location + "` SET TBLPROPERTIES ('" + CanonicalTable.SETTINGS_PROPERTY + "' = 'older')");

    IngestReport report = ingest(spark, shops, older, DAY2, RunMode.INCREMENTAL);
    Path fresh = dir.resolve("fresh");
    ingest(spark, shops, fresh, DAY2, RunMode.INCREMENTAL);

    assertThat(report.mode()).isEqualTo("full: ingestion settings or code version changed");
    assertThat(report.changes().updated()).isEqualTo(2);
    assertSameRows(spark, older, fresh, Tables.SHOPS);
  }

  private IngestReport ingest(SparkSession spark, Path shops, Path warehouse, RunContext run, RunMode mode) {
    IngestInputs ingest = new IngestInputs(spark, config(shops, "auto"), Warehouse.at(warehouse.toString(), "storerecon"));
    return ingest.ingest(ingest.prepare(Contract.SHOPS), run, mode);
  }

  private static StoreReconConfig config(Path shops, String multiLine) {
    return ConfigLoader.defaults().withOverride("storerecon.inputs.shops.path", shops.toString())
        .withOverride("storerecon.ingest.csv-multi-line", multiLine).load();
  }

  private static Dataset<Row> table(SparkSession spark, Path warehouse, String table) {
    return spark.read().format("delta").load(warehouse.resolve(table).toString());
  }

  private static void assertSameRows(SparkSession spark, Path a, Path b, String table) {
    Dataset<Row> x = table(spark, a, table);
    Dataset<Row> y = table(spark, b, table).select(x.columns()[0],
        java.util.Arrays.copyOfRange(x.columns(), 1, x.columns().length));
    assertThat(x.exceptAll(y).collectAsList()).as(table + " only when lines are skipped").isEmpty();
    assertThat(y.exceptAll(x).collectAsList()).as(table + " only when every line is parsed").isEmpty();
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
