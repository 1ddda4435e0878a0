package org.storerecon.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunMode;
import org.storerecon.testing.SparkTest;

/** {@code storerecon.ingest.csv-multi-line = auto}: single-line parsing unless a quoted field spans lines. */
@SparkTest
class CsvMultiLineTest {

  private static final String HEADER = String.join(",", Contract.SHOPS.columnNames());

  @TempDir
  Path dir;

  @Test
  void autoReadsSingleLineWhenNoQuotedFieldSpansLines(SparkSession spark) throws IOException {
    Path shops = write("plain.csv", HEADER + "\r\ntaobao,1,\"店, \"\"引号\"\"\",,,,,,,,,\r\ntaobao,2,b,,,,,,,,,\r\n");

    assertThat(reader(spark, "auto").multiLine(new String[] {shops.toString()})).isFalse();
    IngestReport report = ingest(spark, shops);
    assertThat(report.rowsWritten()).isEqualTo(2);
    assertThatDataset(spark.read().format("delta").load(dir.resolve("wh").resolve("shops").toString()))
        .columns("shop_id", "shop_name").containsExactlyInAnyOrder(List.of("1", "店, \"引号\""), List.of("2", "b"));
  }

  @Test
  void autoReadsMultiLineWhenAQuotedFieldHoldsALineBreak(SparkSession spark) throws IOException {
    Path shops = write("multi.csv", HEADER + "\ntaobao,1,a,,,,,,,\"浙江省杭州市\n西湖区\",,\ntaobao,2,b,,,,,,,,,\n");

    assertThat(reader(spark, "auto").multiLine(new String[] {shops.toString()})).isTrue();
    IngestReport report = ingest(spark, shops);
    assertThat(report.rowsIn()).isEqualTo(2);
    assertThat(report.rowsWritten()).isEqualTo(2);
  }

  @Test
  void explicitSettingsSkipTheScan(SparkSession spark) throws IOException {
    Path shops = write("multi.csv", HEADER + "\ntaobao,1,\"a\nb\",,,,,,,,,\n");

    assertThat(reader(spark, "false").multiLine(new String[] {shops.toString()})).isFalse();
    assertThat(reader(spark, "true").multiLine(new String[] {dir.resolve("absent.csv").toString()})).isTrue();
  }

  private RawReader reader(SparkSession spark, String setting) {
    StoreReconConfig config = ConfigLoader.defaults().withOverride("storerecon.ingest.csv-multi-line", setting).load();
    return new RawReader(spark, config.ingest());
  }

  private IngestReport ingest(SparkSession spark, Path shops) {
    StoreReconConfig config = ConfigLoader.defaults().withOverride("storerecon.inputs.shops.path", shops.toString()).load();
    IngestInputs ingest = new IngestInputs(spark, config, Warehouse.at(dir.resolve("wh").toString(), "storerecon"));
    return ingest.ingest(ingest.prepare(Contract.SHOPS), RunContext.start(LocalDate.parse("2026-11-27")), RunMode.INCREMENTAL);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return file;
  }
}
