package org.storerecon.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.util.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.pipeline.StageTables;
import org.storerecon.testing.SparkTest;

/**
 * {@code storerecon maintain} on small hand-made warehouses: tables with several commits and files,
 * whose Delta logs run on a manual clock, so that VACUUM's retention can be passed without waiting.
 */
@SparkTest
class MaintainCommandTest {

  private static final long HOUR_MS = 3_600_000L;
  private static final String QUARANTINE = Tables.QUARANTINE;
  private static final String BRAND_MARK = Tables.BRAND_MARK;
  private static final String LEADS = Tables.ENFORCEMENT_LEAD;
  private static final String REPORT = "resolve_report";
  private static final String LEAD_ROWS =
      "SELECT CAST(id AS STRING) AS lead_id, CONCAT('3301', LPAD(CAST(id % 4 AS STRING), 2, '0')) AS jurisdiction_code, ";

  @TempDir
  Path dir;

  @Test
  void helpDescribesTheCommandWithAnExample() {
    CliRun run = CliRun.of("maintain", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: storerecon maintain", "--table", "ZORDER BY", "vacuum-retention-hours",
        "Example: storerecon maintain --warehouse");
  }

  @Test
  void unknownTableExits2BeforeAnythingStarts() {
    CliRun run = CliRun.of("maintain", "--warehouse", dir.resolve("wh").toString(), "--table", "shops,shop_links");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("storerecon: error: Unknown table 'shop_links': it is not a storerecon table. "
        + "Fix: name one of shops, entities, brands, quarantine, run_audit, shop_entity_link,");
    assertThat(dir.resolve("wh")).doesNotExist();
  }

  @Test
  void retentionBelowADayExits2NamingTheKey() throws IOException {
    CliRun run = CliRun.of("maintain", "--warehouse", dir.resolve("wh").toString(),
        "--conf", conf("storerecon.maintain.vacuum-retention-hours = 12").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("key 'storerecon.maintain.vacuum-retention-hours' is 12 hours", "time travel",
        "Fix: set it to at least 24");
  }

  @Test
  void compactsVacuumsFilesOlderThanTheRetentionAndKeepsEveryRow(SparkSession spark) throws IOException {
    Path wh = dir.resolve("wh");
    Warehouse warehouse = Warehouse.at(wh.toString(), "storerecon");
    ManualClock clock = clockFor(spark, warehouse, QUARANTINE, BRAND_MARK, LEADS);
    writeQuarantine(spark, warehouse);
    writeBrandMark(spark, warehouse);
    writeLeads(spark, warehouse);
    Map<String, List<Row>> rowsBefore = new HashMap<>();
    Map<String, Long> filesBefore = new HashMap<>();
    Map<String, Long> onDiskBefore = new HashMap<>();
    for (String table : List.of(QUARANTINE, BRAND_MARK, LEADS)) {
      rowsBefore.put(table, read(spark, warehouse, table).collectAsList());
      filesBefore.put(table, (long) read(spark, warehouse, table).inputFiles().length);
      onDiskBefore.put(table, dataFilesOnDisk(wh.resolve(table)));
    }
    String[] firstBrandMarkFiles = spark.read().format("delta").option("versionAsOf", 0).load(warehouse.location(BRAND_MARK))
        .inputFiles();
    // Every write above is now 25 hours old. OPTIMIZE stamps the files it replaces with the real time,
    // which this clock has left 25 hours behind: past the retention too.
    clock.advance(25 * HOUR_MS);
    Path summary = dir.resolve("maintain.json");

    CliRun run = CliRun.of("maintain", "--warehouse", wh.toString(), "--summary-json", summary.toString(),
        "--conf", conf("storerecon.maintain.vacuum-retention-hours = 24").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("storerecon maintain: succeeded");
    assertThat(run.out().lines().filter(l -> l.contains(" files ") && l.contains(" vacuumed "))).hasSize(3);
    JsonNode json = new ObjectMapper().readTree(summary.toFile());
    assertThat(json.get("outcome").asText()).isEqualTo("succeeded");
    assertThat(json.get("command").asText()).isEqualTo("maintain");
    Map<String, JsonNode> stages = new HashMap<>();
    json.get("stages").forEach(s -> stages.put(s.get("source").asText(), s));
    assertThat(stages).containsOnlyKeys(QUARANTINE, BRAND_MARK, LEADS);
    for (String table : List.of(QUARANTINE, BRAND_MARK, LEADS)) {
      JsonNode metrics = stages.get(table).get("metrics");
      assertThat(read(spark, warehouse, table).collectAsList()).as(table).containsExactlyInAnyOrderElementsOf(rowsBefore.get(table));
      assertThat(metrics.get("files_before").asLong()).as(table).isEqualTo(filesBefore.get(table));
      assertThat(metrics.get("files_after").asLong()).as(table).isEqualTo(1).isLessThan(filesBefore.get(table));
      // VACUUM deleted every file outside the current version, and Delta counted them right.
      assertThat(dataFilesOnDisk(wh.resolve(table))).as(table).isEqualTo(1);
      assertThat(metrics.get("files_vacuumed").asLong()).as(table).isEqualTo(onDiskBefore.get(table));
      assertThat(metrics.get("retention_hours").asLong()).isEqualTo(24);
      assertThat(properties(spark, warehouse, table)).containsEntry("delta.deletedFileRetentionDuration", "interval 24 hours");
    }
    assertThat(firstBrandMarkFiles).isNotEmpty().noneMatch(MaintainCommandTest::exists);
    JsonNode quarantine = stages.get(QUARANTINE);
    assertThat(quarantine.get("metrics").get("files_before").asLong()).isEqualTo(8);
    assertThat(quarantine.get("metrics").get("bytes_after").asLong()).isPositive();
    assertThat(quarantine.get("rows_in").asLong()).isEqualTo(quarantine.get("rows_out").asLong()).isEqualTo(80);

    List<Row> audit = read(spark, warehouse, Tables.RUN_AUDIT).filter("command = 'maintain'")
        .select("stage", "source", "table_version", "outcome").collectAsList();
    assertThat(audit).containsExactlyInAnyOrder(
        Row.fromSeq(seq("maintain", QUARANTINE, latestVersion(spark, warehouse, QUARANTINE), "succeeded")),
        Row.fromSeq(seq("maintain", BRAND_MARK, latestVersion(spark, warehouse, BRAND_MARK), "succeeded")),
        Row.fromSeq(seq("maintain", LEADS, latestVersion(spark, warehouse, LEADS), "succeeded")),
        Row.fromSeq(seq("run", null, -1L, "succeeded")));
  }

  @Test
  void theStagesStillOverwriteAndMergeMaintainedTables(SparkSession spark) throws IOException {
    Path wh = dir.resolve("wh");
    Warehouse warehouse = Warehouse.at(wh.toString(), "storerecon");
    writeBrandMark(spark, warehouse);
    writeLeads(spark, warehouse);
    CliRun maintain = CliRun.of("maintain", "--warehouse", wh.toString(),
        "--conf", conf("storerecon.maintain.vacuum-retention-hours = 48").toString());
    assertThat(maintain.exitCode()).as(maintain.err()).isZero();

    // As the mark stage writes: brand_mark overwritten with a new schema, enforcement_lead MERGEd.
    new StageTables(spark, warehouse).overwrite(spark.sql("SELECT 'jd' AS platform, '9' AS shop_id, 'B1' AS brand_id, "
        + "0.5 AS risk_score"), BRAND_MARK);
    mergeLeads(spark, warehouse, 30, 45);

    assertThat(read(spark, warehouse, BRAND_MARK).columns()).containsExactly("platform", "shop_id", "brand_id", "risk_score");
    assertThat(read(spark, warehouse, LEADS).count()).isEqualTo(45);
    for (String table : List.of(BRAND_MARK, LEADS)) {
      assertThat(properties(spark, warehouse, table)).as(table).containsEntry("delta.deletedFileRetentionDuration", "interval 48 hours");
      assertThat(DeltaTable.forPath(spark, warehouse.location(table)).detail().select("minWriterVersion").first().getInt(0))
          .as("no protocol upgrade").isEqualTo(2);
    }
  }

  @Test
  void aClusterColumnTheTableLacksExits2AndChangesNoTable(SparkSession spark) throws IOException {
    Path wh = dir.resolve("wh");
    Warehouse warehouse = Warehouse.at(wh.toString(), "storerecon");
    writeQuarantine(spark, warehouse);
    spark.sql("SELECT 'taobao' AS platform, '1' AS shop_id").write().format("delta").save(warehouse.location(BRAND_MARK));
    long quarantineVersion = latestVersion(spark, warehouse, QUARANTINE);

    CliRun run = CliRun.of("maintain", "--warehouse", wh.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Cannot maintain table brand_mark: the cluster column(s) brand_id of "
        + "storerecon.maintain.cluster-by.brand_mark are not in the table (columns: platform, shop_id)");
    assertThat(latestVersion(spark, warehouse, QUARANTINE)).isEqualTo(quarantineVersion);
    assertThat(warehouse.exists(spark, Tables.RUN_AUDIT)).isFalse();
  }

  @Test
  void aRequestedTableTheWarehouseLacksOrAnEmptyWarehouseExits2(SparkSession spark) {
    Path wh = dir.resolve("wh");
    Warehouse warehouse = Warehouse.at(wh.toString(), "storerecon");

    CliRun empty = CliRun.of("maintain", "--warehouse", wh.toString());
    writeQuarantine(spark, warehouse);
    CliRun absent = CliRun.of("maintain", "--warehouse", wh.toString(), "--table", "shop_entity_link");

    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("Nothing to maintain: no storerecon table exists under " + warehouse.root());
    assertThat(absent.exitCode()).isEqualTo(2);
    assertThat(absent.err()).contains("Table shop_entity_link does not exist");
  }

  @Test
  void aTableThatFailsExits1AndTheOthersAreStillMaintained(SparkSession spark) throws IOException {
    Path wh = dir.resolve("wh");
    Warehouse warehouse = Warehouse.at(wh.toString(), "storerecon");
    writeQuarantine(spark, warehouse);
    // Statistics only on the first column: Delta refuses to Z-order by kind.
    spark.sql("SELECT DATE'2026-11-27' AS run_date, 'decision' AS kind, CAST(id AS DOUBLE) AS value FROM range(10)")
        .write().format("delta").option("delta.dataSkippingNumIndexedCols", "1").save(warehouse.location(REPORT));
    Path summary = dir.resolve("maintain.json");

    CliRun run = CliRun.of("maintain", "--warehouse", wh.toString(), "--summary-json", summary.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("storerecon: error: Maintenance of table resolve_report failed: ").doesNotContain("\tat ");
    assertThat(run.out()).contains("resolve_report", "FAILED");
    JsonNode json = new ObjectMapper().readTree(summary.toFile());
    assertThat(json.get("outcome").asText()).isEqualTo("failed");
    assertThat(json.get("stages")).extracting(s -> s.get("source").asText() + "=" + s.get("outcome").asText())
        .containsExactly("quarantine=succeeded", "resolve_report=failed");
    assertThat(read(spark, warehouse, QUARANTINE).inputFiles()).hasSize(1);
    assertThat(read(spark, warehouse, Tables.RUN_AUDIT).filter("command = 'maintain' AND outcome = 'failed'").count())
        .isEqualTo(2);
  }

  /** quarantine: four nights appended, two files each, 80 rows. */
  private static void writeQuarantine(SparkSession spark, Warehouse warehouse) {
    for (int night = 1; night <= 4; night++) {
      spark.sql("SELECT DATE'2026-11-2" + night + "' AS run_date, IF(id % 2 = 0, 'shops', 'entities') AS source, id AS row, "
              + "concat('bad value ', id) AS detail FROM range(20)")
          .repartition(2).write().format("delta").mode("append").save(warehouse.location(QUARANTINE));
    }
  }

  /** brand_mark: written, then overwritten with a new schema as the mark stage does. */
  private static void writeBrandMark(SparkSession spark, Warehouse warehouse) {
    String marks = "SELECT 'taobao' AS platform, CAST(id AS STRING) AS shop_id, CONCAT('B', id % 5) AS brand_id";
    spark.sql(marks + " FROM range(30)").repartition(2).write().format("delta").save(warehouse.location(BRAND_MARK));
    spark.sql(marks + ", id % 3 = 0 AS lead FROM range(40)").repartition(3).write().format("delta").mode("overwrite")
        .option("overwriteSchema", "true").save(warehouse.location(BRAND_MARK));
  }

  /** enforcement_lead: three nights of new leads, then a MERGE that touches the last night's, as the lead lifecycle does. */
  private static void writeLeads(SparkSession spark, Warehouse warehouse) {
    for (int night = 0; night < 3; night++) {
      spark.sql(LEAD_ROWS + "'new' AS status FROM range(" + night * 10 + ", " + (night + 1) * 10 + ")").coalesce(1)
          .write().format("delta").mode("append").save(warehouse.location(LEADS));
    }
    mergeLeads(spark, warehouse, 25, 35);
  }

  /** MERGE of the leads with ids in [from, to) into enforcement_lead, status open. */
  private static void mergeLeads(SparkSession spark, Warehouse warehouse, int from, int to) {
    DeltaTable.forPath(spark, warehouse.location(LEADS)).as("t")
        .merge(spark.sql(LEAD_ROWS + "'open' AS status FROM range(" + from + ", " + to + ")").as("s"), "t.lead_id = s.lead_id")
        .whenMatched().updateAll().whenNotMatched().insertAll().execute();
  }

  /** Delta logs of the tables on one manual clock (before their first write), so that a test can let time pass. */
  private static ManualClock clockFor(SparkSession spark, Warehouse warehouse, String... tables) {
    ManualClock clock = new ManualClock(System.currentTimeMillis());
    for (String table : tables) {
      DeltaLog.forTable(spark, new org.apache.hadoop.fs.Path(warehouse.location(table)), clock);
    }
    return clock;
  }

  private static Dataset<Row> read(SparkSession spark, Warehouse warehouse, String table) {
    return spark.read().format("delta").load(warehouse.location(table));
  }

  private static long latestVersion(SparkSession spark, Warehouse warehouse, String table) {
    return DeltaTable.forPath(spark, warehouse.location(table)).history(1).select("version").first().getLong(0);
  }

  private static Map<String, String> properties(SparkSession spark, Warehouse warehouse, String table) {
    return DeltaTable.forPath(spark, warehouse.location(table)).detail().select("properties").first().getJavaMap(0);
  }

  private static long dataFilesOnDisk(Path table) throws IOException {
    try (Stream<Path> files = Files.list(table)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
    }
  }

  private static boolean exists(String fileUri) {
    return Files.exists(Path.of(java.net.URI.create(fileUri)));
  }

  private static scala.collection.immutable.Seq<Object> seq(Object... values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(Stream.of(values).toList()).toList();
  }

  private Path conf(String hocon) throws IOException {
    return Files.writeString(dir.resolve("maintain.conf"), Files.readString(CliRun.resource("test.conf")) + "\n" + hocon + "\n");
  }
}
