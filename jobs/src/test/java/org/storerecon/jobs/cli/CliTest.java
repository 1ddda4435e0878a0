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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storerecon.testing.SparkTest;

@SparkTest
class CliTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"generate", "evolve", "ingest", "run", "resolve", "mark", "demo", "sql", "evaluate", "bench", "bench-nightly",
      "maintain"})
  void everySubcommandHasHelp(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: storerecon " + command).contains("--warehouse");
  }

  @Test
  void runThenQueryAsCsv(SparkSession spark) throws IOException {
    Path warehouse = dir.resolve("wh");
    Path summary = dir.resolve("out/summary.json");

    CliRun run = CliRun.of("run", "--run-date", "2026-11-27", "--warehouse", warehouse.toString(),
        "--shops", CliRun.fixture("shops.csv").toString(), "--entities", CliRun.fixture("entities.csv").toString(),
        "--brands", CliRun.fixture("brands.csv").toString(), "--summary-json", summary.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("storerecon run 2026-11-27: succeeded");
    JsonNode json = new ObjectMapper().readTree(summary.toFile());
    assertThat(json.get("outcome").asText()).isEqualTo("succeeded");
    JsonNode shops = json.get("stages").get(2);
    assertThat(shops.get("source").asText()).isEqualTo("shops");
    assertThat(shops.get("rows_in").asLong()).isEqualTo(4);
    assertThat(shops.get("rows_quarantined").asLong()).isEqualTo(2);

    CliRun sql = CliRun.of("sql", "--format", "csv", "--warehouse", warehouse.toString(),
        "SELECT count(*) AS n FROM shops");

    assertThat(sql.exitCode()).as(sql.err()).isZero();
    assertThat(sql.out()).isEqualTo("n\n2\n");
    assertThat(json.get("stages").get(4).get("stage").asText()).isEqualTo("mark");
    CliRun marked = CliRun.of("sql", "--format", "csv", "--warehouse", warehouse.toString(),
        "SELECT (SELECT count(*) FROM brand_mark) + (SELECT count(*) FROM enforcement_lead) + (SELECT count(*) FROM lead_cross_region) AS n");
    assertThat(marked.exitCode()).as(marked.err()).isZero();

    CliRun audit = CliRun.of("sql", "--format", "json", "--warehouse", warehouse.toString(),
        "SELECT source, rows_in, rows_out, rows_quarantined FROM run_audit WHERE stage = 'ingest' ORDER BY source");

    assertThat(audit.out().lines()).containsExactly(
        "{\"source\":\"brands\",\"rows_in\":1,\"rows_out\":1,\"rows_quarantined\":0}",
        "{\"source\":\"entities\",\"rows_in\":2,\"rows_out\":2,\"rows_quarantined\":0}",
        "{\"source\":\"shops\",\"rows_in\":4,\"rows_out\":2,\"rows_quarantined\":2}");
  }

  @Test
  void missingShopIdColumnExits2BeforeWriting() throws IOException {
    Path shops = dir.resolve("shops.csv");
    Files.writeString(shops, "platform,shop_name\ntaobao,店\n");
    Path warehouse = dir.resolve("wh");

    CliRun run = CliRun.of("ingest", "--warehouse", warehouse.toString(), "--shops", shops.toString(),
        "--entities", CliRun.fixture("entities.csv").toString(), "--brands", CliRun.fixture("brands.csv").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("storerecon: error: Cannot ingest shops: required column 'shop_id' is missing in "
        + shops.toUri().toString().replace("file:///", "file:/") + " (columns found: platform, shop_name). Fix: add the column, "
        + "or rename the file's column to the contract name (see docs/data-contract.md)");
    assertThat(warehouse).doesNotExist();
  }

  @Test
  void configurationAndUsageErrorsExit2() throws IOException {
    Path conf = dir.resolve("bad.conf");
    Files.writeString(conf, "storerecon.warehose = \"/tmp\"");

    CliRun badKey = CliRun.of("run", "--conf", conf.toString());
    CliRun badDate = CliRun.of("run", "--run-date", "27.11.2026");
    CliRun noInput = CliRun.of("ingest", "--warehouse", dir.resolve("wh").toString());

    assertThat(badKey.exitCode()).isEqualTo(2);
    assertThat(badKey.err()).contains("unknown key 'storerecon.warehose'");
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("'27.11.2026' is not a yyyy-MM-dd date");
    assertThat(noInput.exitCode()).isEqualTo(2);
    assertThat(noInput.err()).contains("pass --entities PATH");
  }

  @Test
  void runtimeFailureExits1AndIsRecorded() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("occupied"), "a file where the warehouse should be");
    Path summary = dir.resolve("summary.json");

    CliRun run = CliRun.of("ingest", "--warehouse", notAFolder.toString(), "--summary-json", summary.toString(),
        "--shops", CliRun.fixture("shops.csv").toString(), "--entities", CliRun.fixture("entities.csv").toString(),
        "--brands", CliRun.fixture("brands.csv").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("storerecon: error: ").doesNotContain("\tat ");
    assertThat(new ObjectMapper().readTree(summary.toFile()).get("outcome").asText()).isEqualTo("failed");
  }

  @Test
  void badQueryExits2() {
    CliRun run = CliRun.of("sql", "--warehouse", dir.resolve("wh").toString(), "SELEC nonsense");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("storerecon: error: Query failed");
  }
}
