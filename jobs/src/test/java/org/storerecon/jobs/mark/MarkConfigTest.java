package org.storerecon.jobs.mark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.MarkConfig;
import org.storerecon.jobs.error.StoreReconException;

class MarkConfigTest {

  @TempDir
  Path dir;

  @Test
  void defaultsHoldTheCategoryTableAndTheRule() {
    MarkConfig c = MarkConfig.defaults();

    assertThat(c.categoryClasses()).containsEntry("女装", java.util.List.of(25)).containsEntry("厨具", java.util.List.of(8, 21));
    assertThat(c.strongTiers()).containsExactly("well_known", "time_honored");
    assertThat(c.leadRelations()).containsExactly("unrelated", "unknown");
    assertThat(c.signalLeads()).containsKeys("licence_misuse", "inactive_entity");
    assertThat(c.ownTradeNameLeads()).isFalse();
  }

  @Test
  void unknownCodesWeightsOutOfRangeAndBadClassesAreRejected() throws IOException {
    assertRejected("storerecon.mark.strong-tiers = [famous]", "storerecon.mark.strong-tiers");
    assertRejected("storerecon.mark.lead-relations = [owner]", "storerecon.mark.lead-relations");
    assertRejected("storerecon.mark.tier-weights.well_known = 1.5", "storerecon.mark.tier-weights.well_known");
    assertRejected("storerecon.mark.categories = [{ name = 鞋, nice-classes = [46] }]", "storerecon.mark.categories");
    assertRejected("storerecon.mark.signal-leads.made_up = 0.5", "storerecon.mark.signal-leads.made_up");
  }

  private void assertRejected(String hocon, String key) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.conf"), hocon);
    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(file).load())
        .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining(key);
  }
}
