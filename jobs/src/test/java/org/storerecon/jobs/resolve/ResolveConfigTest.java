package org.storerecon.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.error.StoreReconException;

class ResolveConfigTest {

  @TempDir
  Path dir;

  private Path write(String hocon) throws IOException {
    Path file = Files.createTempFile(dir, "resolve", ".conf");
    Files.writeString(file, hocon);
    return file;
  }

  @Test
  void defaultsLoad() {
    ResolveConfig c = ResolveConfig.defaults();

    assertThat(c.autoThreshold()).isEqualTo(0.99);
    assertThat(c.reviewThreshold()).isEqualTo(0.5);
    assertThat(c.blockCap()).isEqualTo(50);
    assertThat(c.uSampleShops()).isEqualTo(1000);
  }

  @Test
  void reviewThresholdAboveAutoThresholdIsRejected() throws IOException {
    Path file = write("storerecon.resolve { auto-threshold = 0.9, review-threshold = 0.95 }");

    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(file).load())
        .isInstanceOfSatisfying(StoreReconException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("storerecon.resolve.review-threshold");
  }

  @Test
  void probabilityOutsideZeroOneAndNonPositiveCapAreRejected() throws IOException {
    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(write("storerecon.resolve.auto-threshold = 1.5")).load())
        .hasMessageContaining("storerecon.resolve.auto-threshold").hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> ConfigLoader.defaults().withFile(write("storerecon.resolve.block-cap = 0")).load())
        .hasMessageContaining("storerecon.resolve.block-cap").hasMessageContaining("must be positive");
  }
}
