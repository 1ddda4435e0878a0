package org.storerecon.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.jobs.error.StoreReconException;

class ConfigLoaderTest {

  @TempDir
  Path dir;

  @Test
  void defaultsLoadAndValidate() {
    StoreReconConfig config = ConfigLoader.defaults().load();

    assertThat(config.warehouse()).isEqualTo("warehouse");
    assertThat(config.database()).isEqualTo("storerecon");
    assertThat(config.input("shops").path()).isEmpty();
    assertThat(config.input("shops").format()).isEqualTo(InputFormat.AUTO);
    assertThat(config.ingest().maxLength("shop_name")).isEqualTo(1000);
    assertThat(config.ingest().maxLength("business_scope")).isEqualTo(4000);
    assertThat(config.ingest().csvMultiLine()).isEqualTo(CsvMultiLine.AUTO);
    assertThat(config.digest()).hasSize(64);
  }

  @Test
  void laterLayersWin() throws IOException {
    Path file = write("storerecon { warehouse = \"/data/wh\", inputs.shops { path = \"a.csv\", format = CSV } }");

    StoreReconConfig config = ConfigLoader.defaults().withFile(file).withOverride("storerecon.warehouse", "/other").load();

    assertThat(config.warehouse()).isEqualTo("/other");
    assertThat(config.input("shops").path()).contains("a.csv");
    assertThat(config.input("shops").format()).isEqualTo(InputFormat.CSV);
  }

  @Test
  void sparkBlockPassesThroughQuotedAndNestedKeys() throws IOException {
    Path file = write("storerecon.spark { \"spark.sql.shuffle.partitions\" = 16, spark.ui.enabled = false }");

    StoreReconConfig config = ConfigLoader.defaults().withFile(file).load();

    assertThat(config.spark()).containsEntry("spark.sql.shuffle.partitions", "16").containsEntry("spark.ui.enabled", "false");
  }

  @Test
  void unknownKeyIsAUsageErrorNamingTheKey() throws IOException {
    Path file = write("storerecon { ingest { max-feild-length = 10 } }");

    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(file).load())
        .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("storerecon.ingest.max-feild-length");
  }

  @Test
  void wrongTypeNamesTheKey() throws IOException {
    Path file = write("storerecon.ingest.max-field-length = lots");

    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(file).load())
        .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("max-field-length");
  }

  @Test
  void outOfRangeValueNamesTheKey() throws IOException {
    Path file = write("storerecon.demo.shops = 0");

    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(file).load())
        .isInstanceOf(StoreReconException.class)
        .hasMessageContaining("storerecon.demo.shops").hasMessageContaining("must be positive");
  }

  @Test
  void incrementalMaxShareIsAShareOfShops() {
    assertThat(ConfigLoader.defaults().load().nightly().incrementalMaxShare()).isEqualTo(0.2);
    assertThatThrownBy(() -> ConfigLoader.defaults().withOverride("storerecon.nightly.incremental-max-share", "1.5").load())
        .isInstanceOf(StoreReconException.class)
        .hasMessageContaining("storerecon.nightly.incremental-max-share").hasMessageContaining("must be between 0 and 1");
  }

  @Test
  void incrementalNightsRunWithoutAdaptiveExecutionByDefaultAndTheBlockIsFreeForm() throws IOException {
    assertThat(ConfigLoader.defaults().load().nightly().incrementalSpark()).containsOnly(Map.entry("spark.sql.adaptive.enabled", "false"),
        Map.entry("spark.databricks.delta.merge.materializeSource", "none"),
        Map.entry("spark.databricks.delta.replaceWhere.constraintCheck.enabled", "false"));
    Path file = write("storerecon.nightly.incremental-spark { \"spark.sql.shuffle.partitions\" = 4 }");

    assertThat(ConfigLoader.defaults().withFile(file).load().nightly().incrementalSpark())
        .containsEntry("spark.sql.shuffle.partitions", "4").containsEntry("spark.sql.adaptive.enabled", "false");
    Path nested = write("storerecon.nightly.incremental-spark { \"spark.sql.x\" = [1, 2] }");
    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(nested).load())
        .isInstanceOf(StoreReconException.class).hasMessageContaining("storerecon.nightly.incremental-spark.spark.sql.x")
        .hasMessageContaining("must be a string, number or boolean");
  }

  @Test
  void badEnumValueAndBadDatabaseNameAreRejected() throws IOException {
    Path format = write("storerecon.inputs.brands.format = xlsx");
    Path database = write("storerecon.database = \"my-db\"");
    Path multiLine = write("storerecon.ingest.csv-multi-line = sometimes");

    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(format).load())
        .hasMessageContaining("storerecon.inputs.brands.format").hasMessageContaining("auto, csv, parquet, json");
    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(database).load())
        .hasMessageContaining("storerecon.database");
    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(multiLine).load())
        .hasMessageContaining("storerecon.ingest.csv-multi-line").hasMessageContaining("auto, true, false");
    assertThat(ConfigLoader.defaults().withOverride("storerecon.ingest.csv-multi-line", "false").load().ingest().csvMultiLine())
        .isEqualTo(CsvMultiLine.FALSE);
  }

  @Test
  void fieldLimitsMustNameContractColumns() throws IOException {
    Path file = write("storerecon.ingest.max-field-length-by-column { shop_nam = 10 }");

    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(file).load())
        .hasMessageContaining("shop_nam").hasMessageContaining("not a contract column");
  }

  @Test
  void missingOrBrokenFileIsAUsageError() throws IOException {
    Path broken = write("storerecon { warehouse = ");

    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(dir.resolve("nope.conf")))
        .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(broken))
        .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
  }

  @Test
  void shippedProfilesAreValid() {
    Path conf = Path.of(System.getProperty("storerecon.project.dir", "..")).resolve("conf");

    assertThat(ConfigLoader.defaults().withFile(conf.resolve("local.conf")).load().spark()).containsKey("spark.master");
    assertThat(ConfigLoader.defaults().withFile(conf.resolve("cluster.conf")).load().warehouse()).startsWith("s3a://");
  }

  private Path write(String hocon) throws IOException {
    Path file = Files.createTempFile(dir, "test", ".conf");
    Files.writeString(file, hocon);
    return file;
  }
}
