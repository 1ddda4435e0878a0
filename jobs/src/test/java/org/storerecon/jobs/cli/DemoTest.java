package org.storerecon.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.testing.SparkTest;

/** The new user's path: {@code demo}, then {@code sql --format csv}. */
@SparkTest
class DemoTest {

  @TempDir
  Path dir;

  @Test
  void demoGeneratesRunsAndCanBeQueried(SparkSession spark) throws IOException {
    Path conf = dir.resolve("demo.conf");
    Files.writeString(conf, """
        include "%s"
        storerecon.demo { data-dir = "%s", shops = 400, entities = 800 }
        """.formatted(CliRun.resource("test.conf"), dir.resolve("demo-data")));
    String warehouse = dir.resolve("wh").toString();

    CliRun demo = CliRun.of("demo", "--conf", conf.toString(), "--warehouse", warehouse);

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("generating 400 shops and 800 registry entities")
        .contains("storerecon demo", "succeeded")
        .contains("shops", "entities", "brands", "quarantine", "run_audit")
        .contains("Quarantined rows by reason").contains("DUPLICATE_KEY")
        .contains("Try next:");
    assertThat(dir.resolve("demo-data/manifest.json")).exists();

    CliRun count = CliRun.of("sql", "--format", "csv", "--warehouse", warehouse, "SELECT count(*) AS n FROM shops");

    assertThat(count.exitCode()).as(count.err()).isZero();
    assertThat(count.out()).matches("n\\n[1-9][0-9]*\\n");

    CliRun again = CliRun.of("demo", "--conf", conf.toString(), "--warehouse", warehouse);

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("using the data set in");
  }
}
