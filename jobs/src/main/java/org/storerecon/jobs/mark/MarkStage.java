package org.storerecon.jobs.mark;

import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.CommitMetrics;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.MarkConfig;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.Stage;
import org.storerecon.jobs.pipeline.StageReport;
import org.storerecon.jobs.pipeline.StageTables;

/**
 * The mark stage's runner (I/O at the edges): reads {@code shops}, {@code brands},
 * {@code shop_entity_link} and {@code entities}, runs {@link ShopMarker}, overwrites
 * {@code brand_mark} (older states stay readable by Delta time travel), merges tonight's leads into
 * {@code enforcement_lead} ({@link LeadLifecycle}) and overwrites {@code lead_cross_region} from it.
 */
public final class MarkStage {

  private final SparkSession spark;
  private final MarkConfig config;
  private final Warehouse warehouse;

  public MarkStage(SparkSession spark, MarkConfig config, Warehouse warehouse) {
    this.spark = spark;
    this.config = config;
    this.warehouse = warehouse;
  }

  /** Marks every shop of the current snapshot; fails when an input table is missing (run resolve first). */
  public StageReport run(RunContext run) {
    long started = System.nanoTime();
    ShopMarker.Marking marking = new ShopMarker(config).mark(read(Tables.SHOPS), read(Tables.BRANDS), read(Tables.SHOP_ENTITY_LINK),
        read(Tables.ENTITIES), run.runDate());
    try {
      overwrite(LeadRules.markColumns(marking.marks()), MarkTables.MARKS);
      CommitMetrics marks = CommitMetrics.latest(spark, warehouse.location(MarkTables.MARKS));
      new LeadLifecycle(spark).merge(warehouse.location(MarkTables.LEADS), marking.leads(), run.runDate());
      overwrite(LeadLifecycle.crossRegion(read(MarkTables.LEADS)), MarkTables.CROSS_REGION);
      // rows_in: the shops snapshot's row count, from its Delta log (no count() over the data).
      long shops = CommitMetrics.latest(spark, warehouse.location(Tables.SHOPS)).outputRows();
      long durationMs = (System.nanoTime() - started) / 1_000_000;
      return new StageReport(Stage.MARK.label(), Optional.empty(), Optional.empty(), 0, shops, marks.outputRows(), 0,
          Map.of(), durationMs, marks.version(), StageReport.Outcome.SUCCEEDED, Optional.empty());
    } finally {
      marking.release();
    }
  }

  private Dataset<Row> read(String table) {
    return new StageTables(spark, warehouse).read(table);
  }

  private void overwrite(Dataset<Row> rows, String table) {
    new StageTables(spark, warehouse).overwrite(rows, table);
  }
}
