package org.storerecon.jobs.pipeline;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.Tables;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.testing.DatasetAssert;
import org.storerecon.testing.SparkTest;

/**
 * A shop whose line did not change is normalised again when tonight's registry decides its code
 * differently (the pilot-code rule): its stored line is parsed again although it is unchanged, and
 * an incremental night equals a full one.
 */
@SparkTest
class RegistryRecheckTest {

  private static final String PILOT = "91310110666007217A";
  private static final String SHOPS = String.join(",", Contract.SHOPS.columnNames()) + "\n"
      + "taobao,1,试点旗舰店,,,上海试点实业有限公司," + PILOT + ",,,,,\n"
      + "taobao,2,普通小店,,,,,,,,,\n";
  private static final String ENTITY_HEADER = String.join(",", Contract.ENTITIES.columnNames()) + "\n";
  private static final String OTHER_ENTITY = ",310000000000001,上海某某商店,,,,,,,,,\n";
  private static final String BRANDS = String.join(",", Contract.BRANDS.columnNames()) + "\n"
      + "B1,某牌,,registered,,,,\n";

  @TempDir
  Path dir;

  @Test
  void shopsWhosePilotCodeLeftTheRegistryAreNormalisedAgain(SparkSession spark) throws IOException {
    Path day1 = inputs("day1", ENTITY_HEADER + PILOT + ",,上海试点实业有限公司,,,,,,,,,\n" + OTHER_ENTITY);
    Path day2 = inputs("day2", ENTITY_HEADER + OTHER_ENTITY);
    Path incremental = dir.resolve("wh-incremental");
    Path full = dir.resolve("wh-full");
    for (Path warehouse : List.of(incremental, full)) {
      assertThat(ingest(spark, warehouse, day1, "2026-11-01", RunMode.INCREMENTAL).succeeded()).isTrue();
    }
    assertThat(status(spark, incremental)).as("day 1: the registry holds the pilot code").isEqualTo("legacy_pilot");

    RunSummary night = ingest(spark, incremental, day2, "2026-11-02", RunMode.INCREMENTAL);
    RunSummary recompute = ingest(spark, full, day2, "2026-11-02", RunMode.FULL);

    assertThat(night.succeeded()).as(night.error().orElse("")).isTrue();
    assertThat(recompute.succeeded()).as(recompute.error().orElse("")).isTrue();
    assertThat(night.stages()).filteredOn(s -> s.source().equals(java.util.Optional.of("shops")))
        .extracting(s -> s.mode().orElse("")).containsExactly("incremental");
    assertThat(status(spark, incremental)).as("day 2: the pilot code left the registry").isEqualTo("invalid");
    DatasetAssert.assertThatDataset(table(spark, incremental, Tables.SHOPS))
        .hasSameRowsAs(table(spark, full, Tables.SHOPS));
  }

  private RunSummary ingest(SparkSession spark, Path warehouse, Path data, String date, RunMode mode) {
    ConfigLoader loader = ConfigLoader.defaults().withOverride("storerecon.warehouse", warehouse.toString());
    for (String input : List.of("shops", "entities", "brands")) {
      loader.withOverride("storerecon.inputs." + input + ".path", data.resolve(input + ".csv").toString());
    }
    StoreReconConfig config = loader.load();
    return NightlyRun.only(spark, config, "ingest", Stage.INGEST).mode(mode).execute(LocalDate.parse(date));
  }

  private static String status(SparkSession spark, Path warehouse) {
    return table(spark, warehouse, Tables.SHOPS).filter("shop_id = '1'").select("code_status").first().getString(0);
  }

  private static Dataset<Row> table(SparkSession spark, Path warehouse, String table) {
    return spark.read().format("delta").load(warehouse.resolve(table).toString());
  }

  private Path inputs(String day, String entities) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(day));
    Files.writeString(folder.resolve("shops.csv"), SHOPS, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("entities.csv"), entities, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("brands.csv"), BRANDS, StandardCharsets.UTF_8);
    return folder;
  }
}
