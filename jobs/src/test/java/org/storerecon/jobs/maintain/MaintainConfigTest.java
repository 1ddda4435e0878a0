package org.storerecon.jobs.maintain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.MaintainConfig;
import org.storerecon.jobs.error.StoreReconException;

class MaintainConfigTest {

  @TempDir
  Path dir;

  @Test
  void defaultsKeepAWeekAndClusterEveryTable() {
    MaintainConfig maintain = ConfigLoader.defaults().load().maintain();

    assertThat(maintain.vacuumRetentionHours()).isEqualTo(168);
    assertThat(maintain.clusterBy().keySet()).containsExactlyInAnyOrderElementsOf(MaintainedTables.ALL);
    assertThat(maintain.clusterColumns("enforcement_lead")).containsExactly("jurisdiction_code", "status");
    assertThat(maintain.clusterColumns("shop_entity_link_history")).containsExactly("platform", "shop_id");
    assertThat(maintain.clusterColumns("quarantine")).containsExactly("run_date", "source");
  }

  @Test
  void aLayerSetsTheRetentionAndReplacesOneTablesColumns() throws IOException {
    MaintainConfig maintain = load("storerecon.maintain { vacuum-retention-hours = 48, cluster-by { brand_mark = [] } }");

    assertThat(maintain.vacuumRetentionHours()).isEqualTo(48);
    assertThat(maintain.clusterColumns("brand_mark")).isEmpty();
    assertThat(maintain.clusterColumns("shop_entity_link")).containsExactly("uscc");
  }

  @Test
  void retentionBelowADayIsAUsageErrorThatNamesTheKeyAndTheReason() throws IOException {
    assertThatThrownBy(() -> load("storerecon.maintain.vacuum-retention-hours = 12"))
        .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("storerecon.maintain.vacuum-retention-hours")
        .hasMessageContaining("time travel")
        .hasMessageContaining("at least 24");
  }

  @Test
  void retentionBeyondTheLogRetentionIsRejected() throws IOException {
    assertThatThrownBy(() -> load("storerecon.maintain.vacuum-retention-hours = 721"))
        .isInstanceOf(StoreReconException.class)
        .hasMessageContaining("storerecon.maintain.vacuum-retention-hours").hasMessageContaining("720");
  }

  @Test
  void clusterByOfATableStoreReconDoesNotWriteIsRejected() throws IOException {
    assertThatThrownBy(() -> load("storerecon.maintain.cluster-by { shop_links = [uscc] }"))
        .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("storerecon.maintain.cluster-by.shop_links")
        .hasMessageContaining("is not a storerecon table");
  }

  @Test
  void clusterColumnsMustBeDistinctNames() throws IOException {
    assertThatThrownBy(() -> load("storerecon.maintain.cluster-by { brands = [brand_id, brand_id] }"))
        .isInstanceOf(StoreReconException.class).hasMessageContaining("storerecon.maintain.cluster-by.brands");
    assertThatThrownBy(() -> load("storerecon.maintain.cluster-by { brands = brand_id }"))
        .isInstanceOf(StoreReconException.class).hasMessageContaining("cluster-by");
  }

  @Test
  void maintainKnowsEveryNightlyTableAndTheLinkHistory() {
    assertThat(MaintainedTables.ALL).contains("shops", "run_audit", "enforcement_lead", "lead_cross_region",
        MaintainedTables.SHOP_ENTITY_LINK_HISTORY).doesNotHaveDuplicates();
    assertThatThrownBy(() -> MaintainedTables.requireKnown(List.of("shops", "shopz")))
        .isInstanceOf(StoreReconException.class).hasMessageContaining("Unknown table 'shopz'");
  }

  private MaintainConfig load(String hocon) throws IOException {
    Path file = Files.writeString(dir.resolve("maintain.conf"), hocon);
    return ConfigLoader.defaults().withFile(file).load().maintain();
  }
}
