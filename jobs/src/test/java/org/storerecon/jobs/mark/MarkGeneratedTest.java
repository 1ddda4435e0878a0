package org.storerecon.jobs.mark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.generate.SparkGenerateDataset;
import org.storerecon.jobs.pipeline.NightlyRun;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunSummary;
import org.storerecon.testing.SparkTest;

/** The whole pipeline on a small generated data set: leads meet the precision and recall. */
@SparkTest
class MarkGeneratedTest {

  @Test
  void leadPrecisionAndRecallAreAtLeast95Percent(SparkSession spark, @TempDir Path dir) {
    Path data = dir.resolve("data");
    StoreReconConfig defaults = ConfigLoader.defaults().load();
    new SparkGenerateDataset(spark).shops(2000).entities(4000).seed(7).settings(defaults.generate()).outputDir(data).execute();
    ConfigLoader loader = ConfigLoader.defaults().withOverride("storerecon.warehouse", dir.resolve("wh").toString());
    for (InputSpec input : Contract.PIPELINE_INPUTS) {
      loader.withOverride("storerecon.inputs." + input.name() + ".path", data.resolve(input.name() + ".csv").toString());
    }
    StoreReconConfig config = loader.load();

    RunSummary summary = NightlyRun.allStages(spark, config, "run").execute(RunContext.start(LocalDate.parse("2026-12-01")));

    assertThat(summary.succeeded()).as(summary.error().orElse("")).isTrue();
    Warehouse warehouse = Warehouse.at(config.warehouse(), config.database());
    Dataset<Row> labels = spark.read().option("header", "true").csv(data.resolve("brand_labels.csv").toString());
    LeadEvaluation.Result r = LeadEvaluation.evaluate(read(spark, warehouse, MarkTables.MARKS), labels, read(spark, warehouse, Tables.BRANDS));
    assertThat(r.overall().truePositives()).as(r.line()).isGreaterThan(50);
    assertThat(r.overall().precision()).as(r.line()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.overall().recall()).as(r.line()).isGreaterThanOrEqualTo(0.95);
    assertThat(read(spark, warehouse, MarkTables.LEADS).filter("status = 'new'").isEmpty()).isFalse();
  }

  private static Dataset<Row> read(SparkSession spark, Warehouse warehouse, String table) {
    return spark.read().format("delta").load(warehouse.location(table));
  }
}
