package org.storerecon.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.testing.SparkTest;

/**
 * {@code storerecon maintain} on the tables a nightly run writes (the mini fixtures): the default
 * cluster columns fit every table, no row changes, and recent history survives VACUUM.
 */
@SparkTest
class MaintainPipelineTest {

  private static final String RETENTION = "interval 48 hours";

  @TempDir
  Path dir;

  @Test
  void maintainsEveryTableOfANightWithTheDefaultClusterColumns(SparkSession spark) throws IOException {
    Path wh = dir.resolve("wh");
    Warehouse warehouse = Warehouse.at(wh.toString(), "storerecon");
    CliRun first = night(wh, "2026-11-27");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Map<String, List<Row>> rowsBefore = new HashMap<>();
    for (String table : NightlyRun.TABLES) {
      rowsBefore.put(table, read(spark, warehouse, table).collectAsList());
    }
    Path summary = dir.resolve("maintain.json");
    Path conf = Files.writeString(dir.resolve("maintain.conf"),
        Files.readString(CliRun.resource("test.conf")) + "\nstorerecon.maintain.vacuum-retention-hours = 48\n");

    CliRun maintain = CliRun.of("maintain", "--warehouse", wh.toString(), "--conf", conf.toString(),
        "--summary-json", summary.toString());

    assertThat(maintain.exitCode()).as(maintain.err()).isZero();
    JsonNode stages = new ObjectMapper().readTree(summary.toFile()).get("stages");
    List<String> maintained = new ArrayList<>();
    long filesBefore = 0;
    long filesAfter = 0;
    for (JsonNode stage : stages) {
      String table = stage.get("source").asText();
      maintained.add(table);
      assertThat(stage.get("outcome").asText()).as(table).isEqualTo("succeeded");
      // Every file VACUUM could delete is younger than 48 hours: none is.
      assertThat(stage.get("metrics").get("files_vacuumed").asLong()).as(table).isZero();
      filesBefore += stage.get("metrics").get("files_before").asLong();
      filesAfter += stage.get("metrics").get("files_after").asLong();
      assertThat(maintain.out()).contains("  " + table + " ");
    }
    assertThat(maintained).containsExactlyElementsOf(NightlyRun.TABLES);
    assertThat(filesAfter).isLessThan(filesBefore);
    for (String table : NightlyRun.TABLES) {
      List<Row> rows = read(spark, warehouse, table).filter(table.equals(Tables.RUN_AUDIT) ? "command <> 'maintain'" : "true")
          .collectAsList();
      assertThat(rows).as(table).containsExactlyInAnyOrderElementsOf(rowsBefore.get(table));
      assertThat(properties(spark, warehouse, table)).as(table).containsEntry("delta.deletedFileRetentionDuration", RETENTION);
    }
    assertThat(read(spark, warehouse, Tables.RUN_AUDIT).filter("command = 'maintain' AND stage = 'maintain'").count())
        .isEqualTo(NightlyRun.TABLES.size());
    // Time travel to the night's own version still works: VACUUM kept its files.
    assertThat(spark.read().format("delta").option("versionAsOf", 0).load(warehouse.location(Tables.SHOPS)).count())
        .isEqualTo(rowsBefore.get(Tables.SHOPS).size());
    Row optimize = DeltaTable.forPath(spark, warehouse.location(Tables.SHOPS)).history()
        .filter("operation = 'OPTIMIZE'").select("operationParameters").first();
    assertThat(optimize.<String, String>getJavaMap(0)).containsEntry("zOrderBy", "[\"platform\",\"shop_id\"]");
  }

  private static CliRun night(Path wh, String runDate) {
    return CliRun.of("run", "--run-date", runDate, "--warehouse", wh.toString(),
        "--shops", CliRun.fixture("shops.csv").toString(), "--entities", CliRun.fixture("entities.csv").toString(),
        "--brands", CliRun.fixture("brands.csv").toString());
  }

  private static Dataset<Row> read(SparkSession spark, Warehouse warehouse, String table) {
    return spark.read().format("delta").load(warehouse.location(table));
  }

  private static Map<String, String> properties(SparkSession spark, Warehouse warehouse, String table) {
    return DeltaTable.forPath(spark, warehouse.location(table)).detail().select("properties").first().getJavaMap(0);
  }
}
