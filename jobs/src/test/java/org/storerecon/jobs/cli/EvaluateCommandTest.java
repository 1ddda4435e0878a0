package org.storerecon.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir
  Path dir;

  @Test
  void missingLabelsFileIsAUsageError() {
    CliRun run = CliRun.of("evaluate", "--warehouse", dir.resolve("wh").toString(), "--labels", dir.resolve("nope.csv").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("storerecon: error: Cannot evaluate").contains("nope.csv");
  }

  @Test
  void helpNamesTheMeasures() {
    CliRun run = CliRun.of("evaluate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--labels").contains("precision");
  }
}
