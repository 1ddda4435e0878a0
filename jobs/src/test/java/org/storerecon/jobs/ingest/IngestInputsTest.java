package org.storerecon.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.StoreReconException;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunMode;
import org.storerecon.testing.SparkTest;

@SparkTest
class IngestInputsTest {

  private static final String HEADER = String.join(",", Contract.SHOPS.columnNames());

  @TempDir
  Path dir;

  @Test
  void dirtyCsvReconcilesAndQuarantinesEachFault(SparkSession spark) throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] badUtf8 = {(byte) 0xC3, (byte) 0x28};
    Path shops = dir.resolve("shops.csv");
    Files.write(shops, concat(bom, bytes(String.join("\r\n",
        HEADER,
        "taobao,1,\"店, 带逗号\",flagship,女装,,,,,\"浙江省杭州市\n西湖区\",2021-01-01,open",
        "taobao,2,no date,,,,,,,,2021-02-30,",
        "taobao,,no id,,,,,,,,,",
        "taobao,3,extra,,,,,,,,,,surplus",
        "taobao,1,dup of 1,,,,,,,,,",
        "jd,4,bad enum,megastore,,,,,,,,",
        "jd,5,\"bad ")), badUtf8, bytes(" bytes\",,,,,,,,,\r\n")));

    IngestReport report = ingest(spark, shops);

    assertThat(report.rowsIn()).isEqualTo(7);
    assertThat(report.rowsWritten()).isEqualTo(1);
    assertThat(report.rowsQuarantined()).isEqualTo(6);
    assertThat(report.reasons()).containsOnlyKeys("BAD_DATE", "MISSING_REQUIRED", "MALFORMED_ROW", "DUPLICATE_KEY", "BAD_ENUM",
        "BAD_ENCODING");
    Warehouse warehouse = Warehouse.at(dir.resolve("wh").toString(), "storerecon");
    assertThatDataset(spark.read().format("delta").load(warehouse.location("shops")))
        .columns("platform", "shop_id", "shop_name", "address", "run_date")
        .containsExactlyInAnyOrder(List.of("taobao", "1", "店, 带逗号", "浙江省杭州市\n西湖区", java.sql.Date.valueOf("2026-11-27")));
    assertThatDataset(spark.read().format("delta").load(warehouse.location("quarantine")).filter("reasons[0] = 'MALFORMED_ROW'"))
        .columns("source", "raw_record").containsExactlyInAnyOrder(List.of("shops", "taobao,3,extra,,,,,,,,,,surplus"));
  }

  @Test
  void jsonLinesAndParquetAreReadToo(SparkSession spark) throws IOException {
    Path json = dir.resolve("shops.jsonl");
    Files.writeString(json, """
        {"platform":"kaola","shop_id":"7","shop_name":"考拉店","opened_on":"2020-05-06","note":"extra column"}
        {"platform":"kaola","shop_id":"8","shop_name":"坏日期","opened_on":"May 6"}
        {"platform":"kaola", broken json
        """);

    IngestReport fromJson = ingest(spark, json);

    assertThat(fromJson.rowsIn()).isEqualTo(3);
    assertThat(fromJson.reasons()).containsEntry("BAD_DATE", 1L).containsEntry("MALFORMED_ROW", 1L);

    Path parquet = dir.resolve("shops.parquet");
    spark.read().format("delta").load(Warehouse.at(dir.resolve("wh").toString(), "storerecon").location("shops"))
        .select("platform", "shop_id", "shop_name", "opened_on").write().parquet(parquet.toString());

    IngestReport fromParquet = ingest(spark, parquet);

    assertThat(fromParquet.rowsIn()).isEqualTo(1);
    assertThat(fromParquet.rowsWritten()).isEqualTo(1);
  }

  @Test
  void missingRequiredColumnFailsBeforeReadingRows(SparkSession spark) throws IOException {
    Path shops = dir.resolve("noid.csv");
    Files.writeString(shops, "platform,shop_name\ntaobao,店\n");
    IngestInputs ingest = new IngestInputs(spark, config(shops), Warehouse.at(dir.resolve("wh").toString(), "storerecon"));

    assertThatThrownBy(() -> ingest.prepare(Contract.SHOPS))
        .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("required column 'shop_id' is missing in").hasMessageContaining("noid.csv");
    assertThat(dir.resolve("wh")).doesNotExist();
  }

  @Test
  void entitiesNeedAUsccOrRegNoColumn(SparkSession spark) throws IOException {
    Path entities = dir.resolve("entities.csv");
    Files.writeString(entities, "name,status\n某公司,存续\n");
    StoreReconConfig config = ConfigLoader.defaults().withOverride("storerecon.inputs.entities.path", entities.toString()).load();
    IngestInputs ingest = new IngestInputs(spark, config, Warehouse.at(dir.resolve("wh").toString(), "storerecon"));

    assertThatThrownBy(() -> ingest.prepare(Contract.ENTITIES)).hasMessageContaining("uscc, reg_no");
  }

  @Test
  void folderOfPartFilesIsOneInput(SparkSession spark) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("shops"));
    Files.writeString(folder.resolve("part-0.csv"), HEADER + "\ntaobao,1,a,,,,,,,,,\n");
    Files.writeString(folder.resolve("part-1.csv"), HEADER + "\ntaobao,2,b,,,,,,,,,\ntaobao,1,a again,,,,,,,,,\n");
    Files.writeString(folder.resolve("_SUCCESS"), "");

    IngestReport report = ingest(spark, folder);

    assertThat(report.files()).isEqualTo(2);
    assertThat(report.rowsIn()).isEqualTo(3);
    assertThat(report.reasons()).containsExactly(java.util.Map.entry("DUPLICATE_KEY", 1L));
  }

  @Test
  void singleLineCsvModeReconcilesAndFlagsSplitRecords(SparkSession spark) throws IOException {
    Path shops = dir.resolve("single.csv");
    Files.writeString(shops, HEADER + "\ntaobao,1,ok,,,,,,,,,\ntaobao,2,\"broken\nname\",,,,,,,,,\n");
    StoreReconConfig config = ConfigLoader.defaults().withOverride("storerecon.inputs.shops.path", shops.toString())
        .withOverride("storerecon.ingest.csv-multi-line", "false").load();
    IngestInputs ingest = new IngestInputs(spark, config, Warehouse.at(dir.resolve("wh").toString(), "storerecon"));

    IngestReport report = ingest.ingest(ingest.prepare(Contract.SHOPS), RunContext.start(LocalDate.parse("2026-11-27")),
        RunMode.INCREMENTAL);

    assertThat(report.rowsIn()).isEqualTo(3);
    assertThat(report.rowsWritten()).isEqualTo(1);
    assertThat(report.reasons()).containsEntry("MALFORMED_ROW", 2L);
  }

  private IngestReport ingest(SparkSession spark, Path shops) {
    IngestInputs ingest = new IngestInputs(spark, config(shops), Warehouse.at(dir.resolve("wh").toString(), "storerecon"));
    return ingest.ingest(ingest.prepare(Contract.SHOPS), RunContext.start(LocalDate.parse("2026-11-27")), RunMode.INCREMENTAL);
  }

  private StoreReconConfig config(Path shops) {
    return ConfigLoader.defaults().withOverride("storerecon.inputs.shops.path", shops.toString()).load();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    byte[] out = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
