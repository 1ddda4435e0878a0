package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.generate.SparkGenerateDataset;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunMode;
import org.storerecon.testing.SparkTest;

/**
 * A {@code --dirty} generated data set, ingested: every fault its manifest lists is quarantined
 * with the reason the manifest expects (tolerated faults are not), and rows in = rows written +
 * rows quarantined = the manifest's record count, per input.
 */
@SparkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirtyGeneratedIngestTest {

  private Path dir;
  private Warehouse warehouse;
  private JsonNode manifest;
  private final List<IngestReport> reports = new ArrayList<>();

  @BeforeAll
  void generateAndIngest(SparkSession spark, @TempDir Path tempDir) throws IOException {
    dir = tempDir;
    Path data = dir.resolve("data");
    StoreReconConfig defaults = ConfigLoader.defaults().load();
    new SparkGenerateDataset(spark).shops(600).entities(1200).seed(11).settings(defaults.generate()).outputDir(data).dirty()
        .execute();
    manifest = new ObjectMapper().readTree(data.resolve("manifest.json").toFile());

    ConfigLoader loader = ConfigLoader.defaults();
    for (InputSpec input : Contract.PIPELINE_INPUTS) {
      loader.withOverride("storerecon.inputs." + input.name() + ".path", data.resolve(input.name() + ".csv").toString());
    }
    StoreReconConfig config = loader.load();
    warehouse = Warehouse.at(dir.resolve("wh").toString(), "storerecon");
    IngestInputs ingest = new IngestInputs(spark, config, warehouse);
    RunContext run = RunContext.start(LocalDate.parse("2026-11-27"));
    for (InputSpec input : Contract.PIPELINE_INPUTS) {
      reports.add(ingest.ingest(ingest.prepare(input), run, RunMode.INCREMENTAL));
    }
  }

  private long count(String key) {
    JsonNode n = manifest.get("counts").get(key);
    return n == null ? 0 : n.asLong();
  }

  private IngestReport report(String source) {
    return reports.stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
  }

  @Test
  void rowsReconcileWithTheManifest() {
    for (IngestReport report : reports) {
      long expected = manifest.get("records").get(report.source() + ".csv").asLong();
      assertThat(report.rowsIn()).as(report.source()).isEqualTo(expected);
      assertThat(report.rowsWritten() + report.rowsQuarantined()).as(report.source()).isEqualTo(expected);
    }
  }

  @Test
  void everyListedFaultIsQuarantinedWithItsReason(SparkSession spark) throws IOException {
    Dataset<Row> quarantine = spark.read().format("delta").load(warehouse.location("quarantine"));
    Dataset<Row> shops = spark.read().format("delta").load(warehouse.location("shops"));
    List<String> lines = Files.readAllLines(dir.resolve("data/dirty_rows.csv"));
    long expectedQuarantined = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      String fault = f[0];
      String reason = f[1];
      String needle = f[2];
      List<Row> hits = quarantine.filter(col("raw_record").contains(needle)).select("reasons").collectAsList();
      if (reason.isEmpty()) {
        assertThat(hits).as("tolerated %s (%s) is not quarantined", fault, needle).isEmpty();
        assertThat(shops.filter(col("shop_name").contains(needle)).count()).as("tolerated %s is ingested", fault).isEqualTo(1);
      } else {
        assertThat(hits).as("%s (%s)", fault, needle).hasSize(1);
        assertThat(hits.get(0).<String>getList(0)).as("%s (%s)", fault, needle).contains(reason);
        expectedQuarantined++;
      }
    }
    assertThat(report("shops").rowsQuarantined()).isEqualTo(expectedQuarantined);
  }

  @Test
  void codeStatusesAgreeWithTheManifest(SparkSession spark) {
    // Faulty records are quarantined; the tolerated ones (quoted fields) are counted shops.
    Dataset<Row> regular = spark.read().format("delta").load(warehouse.location("shops"));
    long mistyped = count("shops.code_mistyped") + count("shops.unregistered.code_mistyped");
    long shownCorrectly = count("shops.code_shown") + count("shops.code_shown.reg_no")
        + count("shops.licence_misuse") + count("shops.unregistered.code_shown")
        + count("shops.unregistered.licence_misuse");

    assertThat(regular.filter("code_status = 'invalid'").count()).isEqualTo(mistyped);
    assertThat(regular.filter("code_status = 'valid'").count()).isEqualTo(shownCorrectly);
    assertThat(regular.filter("code_status = 'legacy_pilot'").count()).isZero();
    assertThat(regular.filter("code_status = 'absent'").count()).isEqualTo(count("shops.total") - mistyped - shownCorrectly);
  }

  @Test
  void duplicatesKeepOneRowPerKey(SparkSession spark) {
    Dataset<Row> shops = spark.read().format("delta").load(warehouse.location("shops"));

    assertThat(shops.select("platform", "shop_id").distinct().count()).isEqualTo(shops.count());
  }
}
