package org.storerecon.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.contract.Tables;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.generate.SparkGenerateDataset;
import org.storerecon.jobs.ingest.IngestInputs;
import org.storerecon.testing.SparkTest;

/**
 * The brand list is ingested beside the registry and the shops ({@link IngestInputs#INDEPENDENT}):
 * the reports stay in input order, each input's quarantine count is its own rows' although the
 * inputs share the quarantine table, and a failure of the brand list's ingestion is the run's
 * failure, reported as that input's.
 */
@SparkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestBesideTest {

  private static final LocalDate DATE = LocalDate.parse("2026-11-27");

  @TempDir
  static Path dir;

  private Path data;

  @BeforeAll
  void generate(SparkSession spark) {
    data = dir.resolve("data");
    new SparkGenerateDataset(spark).shops(600).entities(1200).seed(11).settings(ConfigLoader.defaults().load().generate())
        .outputDir(data).dirty().execute();
  }

  @Test
  void reportsStayInInputOrderAndEachCountsItsOwnQuarantineRows(SparkSession spark) {
    Path warehouse = dir.resolve("wh-ok");

    RunSummary summary = ingest(spark, warehouse);

    assertThat(summary.succeeded()).as(summary.error().orElse("")).isTrue();
    assertThat(summary.stages()).extracting(s -> s.source().orElse("")).containsExactly("entities", "brands", "shops");
    Dataset<Row> quarantine = spark.read().format("delta").load(warehouse.resolve(Tables.QUARANTINE).toString());
    for (StageReport report : summary.stages()) {
      String source = report.source().orElseThrow();
      assertThat(report.rowsQuarantined()).as(source).isEqualTo(quarantine.filter(col("source").equalTo(source)).count());
      assertThat(report.rowsIn()).as(source).isEqualTo(report.rowsOut() + report.rowsQuarantined());
    }
    assertThat(quarantine.filter(col("source").equalTo("shops")).count()).as("the dirty data set has faulty shops").isPositive();
  }

  @Test
  void aFailureOfTheBrandListsIngestionFailsTheRunAsThatInputs(SparkSession spark) throws IOException {
    Path warehouse = dir.resolve("wh-failing");
    Files.createDirectories(warehouse);
    // A file where the brands table's folder would be: the brand list's write fails, the others' do not.
    Files.writeString(warehouse.resolve(Tables.BRANDS), "not a table");

    RunSummary summary = ingest(spark, warehouse);

    assertThat(summary.succeeded()).isFalse();
    assertThat(summary.stages()).extracting(s -> s.source().orElse("") + "=" + s.outcome())
        .containsExactly("entities=" + StageReport.Outcome.SUCCEEDED, "shops=" + StageReport.Outcome.SUCCEEDED,
            "brands=" + StageReport.Outcome.FAILED);
    assertThat(Files.isDirectory(warehouse.resolve(Tables.SHOPS).resolve("_delta_log"))).isTrue();
  }

  private RunSummary ingest(SparkSession spark, Path warehouse) {
    ConfigLoader loader = ConfigLoader.defaults().withOverride("storerecon.warehouse", warehouse.toString());
    for (InputSpec input : Contract.PIPELINE_INPUTS) {
      loader.withOverride("storerecon.inputs." + input.name() + ".path", data.resolve(input.name() + ".csv").toString());
    }
    StoreReconConfig config = loader.load();
    return NightlyRun.only(spark, config, "ingest", Stage.INGEST).execute(DATE);
  }
}
