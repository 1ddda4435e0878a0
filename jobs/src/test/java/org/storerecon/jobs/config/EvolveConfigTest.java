package org.storerecon.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storerecon.jobs.error.StoreReconException;

class EvolveConfigTest {

  @Test
  void defaultsAreTwoPercentOfShops() {
    EvolveConfig e = ConfigLoader.defaults().load().evolve();

    assertThat(e).isEqualTo(new EvolveConfig(0.01, 0.005, 0.0025, 0.0025, 0.001, 0.0005));
    assertThat(e.changedShops() + e.newShops() + e.removedShops() + e.closedShops()).isEqualTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void overridesAreValidatedLikeTheFile() {
    EvolveConfig e = ConfigLoader.defaults().withOverride("storerecon.evolve.changed-shops", "0.2").load().evolve();
    assertThat(e.changedShops()).isEqualTo(0.2);

    assertThatThrownBy(() -> ConfigLoader.defaults().withOverride("storerecon.evolve.new-entities", "1.5").load())
        .isInstanceOf(StoreReconException.class).hasMessageContaining("storerecon.evolve.new-entities")
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> ConfigLoader.defaults().withOverride("storerecon.evolve.removed-shops", "-0.1").load())
        .isInstanceOf(StoreReconException.class).hasMessageContaining("storerecon.evolve.removed-shops");
  }

  @Test
  void shopRatesMustNotSumAboveOne() {
    assertThatThrownBy(() -> ConfigLoader.defaults().withOverride("storerecon.evolve.changed-shops", "0.6")
        .withOverride("storerecon.evolve.removed-shops", "0.5").load())
        .isInstanceOf(StoreReconException.class).hasMessageContaining("storerecon.evolve")
        .hasMessageContaining("must not exceed 1");
  }
}
