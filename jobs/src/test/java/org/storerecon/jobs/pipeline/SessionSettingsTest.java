package org.storerecon.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.jobs.error.StoreReconException;
import org.storerecon.testing.SparkTest;

/** {@link SessionSettings}: set while open, then each key back to its value before, or unset again. */
@SparkTest
class SessionSettingsTest {

  private static final String SET_BEFORE = "spark.sql.shuffle.partitions";
  private static final String UNSET_BEFORE = "spark.sql.adaptive.coalescePartitions.minPartitionSize";

  @Test
  void settingsHoldUntilClosedThenTheSessionHasItsOwnAgain(SparkSession spark) {
    String partitions = spark.conf().get(SET_BEFORE);
    spark.conf().unset(UNSET_BEFORE);

    SessionSettings settings = SessionSettings.set(spark, Map.of(SET_BEFORE, "3", UNSET_BEFORE, "2MB"));
    assertThat(spark.conf().get(SET_BEFORE)).isEqualTo("3");
    assertThat(spark.conf().get(UNSET_BEFORE)).isEqualTo("2MB");
    settings.close();
    settings.close();

    assertThat(spark.conf().get(SET_BEFORE)).isEqualTo(partitions);
    assertThat(spark.conf().contains(UNSET_BEFORE)).isFalse();
  }

  @Test
  void keysARunningSessionCannotChangeAreAUsageErrorNamingTheKey(SparkSession spark) {
    SessionSettings.check(spark, Map.of("spark.sql.adaptive.enabled", "false"), "storerecon.nightly.incremental-spark");

    for (String key : new String[] {"spark.sql.warehouse.dir", "spark.sql.adaptiv.enabled"}) {
      assertThatThrownBy(() -> SessionSettings.check(spark, Map.of(key, "x"), "storerecon.nightly.incremental-spark"))
          .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
          .hasMessageContaining("storerecon.nightly.incremental-spark.\"" + key + "\"")
          .hasMessageContaining("storerecon.spark");
    }
  }
}
