package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.CommitMetrics;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.Stage;
import org.storerecon.jobs.pipeline.StageReport;
import org.storerecon.jobs.pipeline.StageTables;

/**
 * The resolve stage's runner (I/O at the edges): reads {@code shops} and {@code entities} from the
 * warehouse, runs {@link ShopEntityResolver}, overwrites {@code shop_entity_link} and
 * {@code shop_entity_candidate} with the current state (older states stay readable by Delta time
 * travel) and appends the run's {@code resolve_report} rows.
 */
public final class ResolveStage {


  private final SparkSession spark;
  private final ResolveConfig config;
  private final Warehouse warehouse;

  public ResolveStage(SparkSession spark, ResolveConfig config, Warehouse warehouse) {
    this.spark = spark;
    this.config = config;
    this.warehouse = warehouse;
  }

  /** Resolves every shop of the current {@code shops} snapshot; fails when shops or entities are missing. */
  public StageReport run(RunContext run) {
    long started = System.nanoTime();
    Dataset<Row> shops = read(Tables.SHOPS);
    Dataset<Row> entities = read(Tables.ENTITIES);
    ShopEntityResolver.Resolution resolution = new ShopEntityResolver(config).resolve(shops, entities, run.runDate());
    try {
      write(resolution.links(), ResolveTables.LINKS);
      CommitMetrics links = CommitMetrics.latest(spark, warehouse.location(ResolveTables.LINKS));
      write(resolution.candidates(), ResolveTables.CANDIDATES);
      CommitMetrics candidates = CommitMetrics.latest(spark, warehouse.location(ResolveTables.CANDIDATES));

      ResolveReport report = new ResolveReport(run);
      for (Row r : resolution.blocking().pairsPerRule().collectAsList()) {
        report.add(ResolveReport.PAIRS_PER_RULE, r.getString(0), r.getLong(1), null);
      }
      report.add(ResolveReport.CANDIDATE_PAIRS, null, candidates.outputRows(), null);
      report.addBlocks(ResolveReport.CAPPED_KEY, resolution.blocking().cappedKeys(config.reportedBlocks()));
      report.addBlocks(ResolveReport.LARGEST_BLOCK, resolution.blocking().largestBlocks(config.reportedBlocks()));
      for (Row r : read(ResolveTables.LINKS).groupBy(col(LinkColumns.DECISION)).count().collectAsList()) {
        report.add(ResolveReport.DECISION, r.getString(0), r.getLong(1), null);
      }
      report.add(ResolveReport.MODEL, "lambda", resolution.model().lambda(), resolution.model().describe());
      report.toDataset(spark).coalesce(1).write().format("delta").mode("append").save(warehouse.location(ResolveTables.REPORT));

      long durationMs = (System.nanoTime() - started) / 1_000_000;
      return new StageReport(Stage.RESOLVE.label(), Optional.empty(), Optional.empty(), 0, links.outputRows(), links.outputRows(), 0, Map.of(),
          durationMs, links.version(), StageReport.Outcome.SUCCEEDED, Optional.empty());
    } finally {
      resolution.release();
    }
  }

  private Dataset<Row> read(String table) {
    return new StageTables(spark, warehouse).read(table);
  }

  private void write(Dataset<Row> rows, String table) {
    new StageTables(spark, warehouse).overwrite(rows, table);
  }
}
