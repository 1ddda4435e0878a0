package org.storerecon.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.testing.SparkTest;

@SparkTest
class EvolveCommandTest {

  @TempDir
  Path dir;

  @Test
  void helpDescribesTheCommandWithAnExample() {
    CliRun run = CliRun.of("evolve", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: storerecon evolve").contains("--from").contains("--changed-shops")
        .contains("changes.csv").contains("Example: bin/storerecon evolve --from");
  }

  @Test
  void evolvesAGeneratedSetWithRatesFromTheCommandLine(SparkSession spark) throws IOException {
    Path day1 = dir.resolve("day1");
    Path day2 = dir.resolve("day2");
    Path summary = dir.resolve("summary.json");
    assertThat(CliRun.of("generate", "--shops", "400", "--entities", "800", "--seed", "3", "--out", day1.toString()).exitCode())
        .isZero();

    CliRun run = CliRun.of("evolve", "--from", day1.toString(), "--out", day2.toString(), "--changed-shops", "0.1",
        "--new-entities", "0.01", "--summary-json", summary.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("storerecon evolve:").contains("(day 2)").contains("shop_changed").contains("changes.csv");
    JsonNode manifest = new ObjectMapper().readTree(day2.resolve("manifest.json").toFile());
    assertThat(manifest.get("rates").get("changed_shops").asDouble()).isEqualTo(0.1);
    assertThat(manifest.get("rates").get("removed_shops").asDouble()).isEqualTo(0.0025);
    assertThat(manifest.get("seed").asLong()).isEqualTo(3);
    assertThat(manifest.get("counts").get("entity_new").asLong()).isEqualTo(8);
    JsonNode json = new ObjectMapper().readTree(summary.toFile());
    assertThat(json.get("command").asText()).isEqualTo("evolve");
    assertThat(json.get("changes").get("entity_new").asLong()).isEqualTo(8);
  }

  @Test
  void badSourcesAndRatesAreUsageErrors(SparkSession spark) throws IOException {
    Path day1 = dir.resolve("day1");
    CliRun clean = CliRun.of("generate", "--shops", "200", "--entities", "2000", "--out", day1.toString());
    assertThat(clean.exitCode()).as(clean.err()).isZero();
    Path dirty = dir.resolve("dirty");
    CliRun dirtyRun = CliRun.of("generate", "--shops", "200", "--entities", "2000", "--dirty", "--out", dirty.toString());
    assertThat(dirtyRun.exitCode()).as(dirtyRun.err()).isZero();

    CliRun missing = CliRun.of("evolve", "--from", dir.resolve("nothing").toString(), "--out", dir.resolve("o1").toString());
    CliRun intoSource = CliRun.of("evolve", "--from", day1.toString(), "--out", day1.toString());
    CliRun fromDirty = CliRun.of("evolve", "--from", dirty.toString(), "--out", dir.resolve("o2").toString());
    CliRun badRate = CliRun.of("evolve", "--from", day1.toString(), "--out", dir.resolve("o3").toString(), "--closed-shops", "2");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("storerecon: error: Cannot evolve").contains("it has no shops.csv");
    assertThat(intoSource.exitCode()).isEqualTo(2);
    assertThat(intoSource.err()).contains("--out is the --from folder");
    assertThat(fromDirty.exitCode()).isEqualTo(2);
    assertThat(fromDirty.err()).contains("--dirty").contains("Fix: generate the source without --dirty");
    assertThat(badRate.exitCode()).isEqualTo(2);
    assertThat(badRate.err()).contains("storerecon.evolve.closed-shops");
    assertThat(Files.exists(dir.resolve("o2"))).isFalse();
    assertThat(Files.exists(dir.resolve("o3"))).isFalse();
  }
}
