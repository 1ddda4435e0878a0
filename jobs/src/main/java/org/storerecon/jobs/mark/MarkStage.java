package org.storerecon.jobs.mark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.CommitMetrics;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.MarkConfig;
import org.storerecon.jobs.config.NightlyConfig;
import org.storerecon.jobs.pipeline.BackgroundWrite;
import org.storerecon.jobs.pipeline.IncrementalPlan;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunMode;
import org.storerecon.jobs.pipeline.SessionSettings;
import org.storerecon.jobs.pipeline.Stage;
import org.storerecon.jobs.pipeline.StageReport;
import org.storerecon.jobs.pipeline.ShopJoin;
import org.storerecon.jobs.pipeline.StageTables;
import org.storerecon.jobs.resolve.LinkColumns;

/**
 * The mark stage's runner (I/O at the edges). Reads {@code shops}, {@code brands},
 * {@code shop_entity_link} and {@code entities} at the versions it plans with
 * ({@link IncrementalPlan}) and marks the shops in scope with {@link ShopMarker}: on an
 * incremental night the shops whose record or link changed since the stage's last successful run,
 * and the shops linked to (or reviewed against) an entity that changed; every shop on a full night,
 * and whenever the brand list changed. Keeps {@code brand_mark} by MERGE over the scope, merges
 * tonight's leads into {@code enforcement_lead} ({@link LeadLifecycle}; the open leads of shops
 * out of scope are tonight's leads unchanged) and rebuilds {@code lead_cross_region} from it.
 */
public final class MarkStage {

  private final SparkSession spark;
  private final MarkConfig config;
  private final Warehouse warehouse;
  private final String rulesDigest;
  private final NightlyConfig nightly;

  /**
   * @param nightly {@code incremental-max-share}, the share of tonight's shops above which an incremental
   *     night marks every shop instead, and {@code incremental-spark}, the settings of an incremental night
   */
  public MarkStage(SparkSession spark, MarkConfig config, Warehouse warehouse, String rulesDigest, NightlyConfig nightly) {
    this.spark = spark;
    this.config = config;
    this.warehouse = warehouse;
    this.rulesDigest = rulesDigest;
    this.nightly = nightly;
  }

  /** Marks the shops tonight's changes touch (or all); fails when an input table is missing (run resolve first). */
  public StageReport run(RunContext run, RunMode mode) {
    long started = System.nanoTime();
    StageTables tables = new StageTables(spark, warehouse);
    List<String> inputs = List.of(Tables.SHOPS, Tables.BRANDS, Tables.SHOP_ENTITY_LINK, Tables.ENTITIES);
    inputs.forEach(tables::read);
    Optional<String> forced = !tables.exists(MarkTables.MARKS) || !tables.exists(MarkTables.LEADS)
        ? Optional.of("no " + MarkTables.MARKS + " or " + MarkTables.LEADS) : Optional.empty();
    IncrementalPlan planned = IncrementalPlan.of(spark, warehouse, Stage.MARK.label(), run, mode, rulesDigest, inputs, forced);
    IncrementalPlan branded = planned.fullBecause(!planned.full() && !planned.changes().get(Tables.BRANDS).limit(1).isEmpty()
        ? Optional.of("the brand list changed") : Optional.empty());
    try (SessionSettings incremental = branded.full() ? SessionSettings.none() : SessionSettings.set(spark, nightly.incrementalSpark())) {
      return mark(run, branded, inputs, tables, incremental, started);
    }
  }

  /** The stage after planning, under {@code incremental} until the plan turns out full. */
  private StageReport mark(RunContext run, IncrementalPlan branded, List<String> inputs, StageTables tables,
      SessionSettings incremental, long started) {
    Map<String, Dataset<Row>> in = new LinkedHashMap<>();
    inputs.forEach(t -> in.put(t, tables.readVersion(t, branded.versions().get(t))));
    String[] key = Columns.SHOP_KEY.toArray(String[]::new);
    // rows_in: the shops snapshot's row count (a metadata count of the Delta table).
    long shopCount = in.get(Tables.SHOPS).count();

    Map<String, Long> changes = new LinkedHashMap<>();
    Dataset<Row> shops = in.get(Tables.SHOPS);
    Dataset<Row> links = in.get(Tables.SHOP_ENTITY_LINK);
    Dataset<Row> scope = null;
    IncrementalPlan plan = branded;
    if (!plan.full()) {
      // Checkpointed: the marker's plans start from these leaves (see ResolveStage). Checkpoint
      // blocks are freed by Spark's context cleaner once these datasets are unreachable.
      scope = incrementalScope(plan, links).localCheckpoint(true);
      long inScope = scope.count();
      plan = plan.fullAbove(inScope, shopCount, nightly.incrementalMaxShare());
      changes.put("shops_recomputed", inScope);
    }
    if (plan.full()) {
      incremental.close();
      changes.clear();
      scope = shops.select(Columns.PLATFORM, Columns.SHOP_ID);
      if (tables.exists(MarkTables.MARKS)) {
        scope = scope.union(tables.read(MarkTables.MARKS).select(Columns.PLATFORM, Columns.SHOP_ID)).distinct();
      }
    } else {
      // The scope is a night's changes: broadcast, so the shops and links are filtered, not shuffled.
      shops = shops.join(broadcast(scope), key, "left_semi").localCheckpoint(true);
      links = links.join(broadcast(scope), key, "left_semi").localCheckpoint(true);
    }
    ShopMarker.Marking marking = new ShopMarker(config).mark(shops, in.get(Tables.BRANDS), links, in.get(Tables.ENTITIES), run.runDate());
    try {
      // Checkpointed before the MERGEs, which plan their source twice (see ResolveStage).
      Dataset<Row> marks = LeadRules.markColumns(marking.marks()).localCheckpoint(true);
      Dataset<Row> leads = marking.leads().localCheckpoint(true);
      Dataset<Row> scoped = scope;
      ShopJoin join = plan.full() ? ShopJoin.SHUFFLE : ShopJoin.BROADCAST;
      // brand_mark's MERGE reads and writes no table the leads' steps do: it runs beside them (BackgroundWrite).
      try (BackgroundWrite<Void> brandMarks = BackgroundWrite.start(spark, MarkTables.MARKS, () -> tables.replaceShops(MarkTables.MARKS,
          marks, scoped, List.of(Columns.PLATFORM, Columns.SHOP_ID, MarkColumns.BRAND_ID), join))) {
        LeadLifecycle lifecycle = new LeadLifecycle(spark);
        if (plan.full()) {
          lifecycle.merge(warehouse.location(MarkTables.LEADS), leads, run.runDate());
        } else {
          lifecycle.mergeScope(warehouse.location(MarkTables.LEADS), leads, scope, run.runDate());
        }
        tables.enableChangeTracking(MarkTables.LEADS);
        tables.overwrite(LeadLifecycle.crossRegion(tables.read(MarkTables.LEADS)), MarkTables.CROSS_REGION);
      }

      Map<String, Long> written = new LinkedHashMap<>();
      for (String t : MarkTables.ALL) {
        written.put(t, CommitMetrics.currentVersion(spark, warehouse.location(t)));
      }
      long durationMs = (System.nanoTime() - started) / 1_000_000;
      return new StageReport(Stage.MARK.label(), Optional.empty(), Optional.empty(), 0, shopCount, tables.read(MarkTables.MARKS).count(), 0,
          Map.of(), durationMs, written.get(MarkTables.MARKS), StageReport.Outcome.SUCCEEDED, Optional.empty(),
          Optional.of(plan.mode()), plan.versions(), written, changes);
    } finally {
      marking.release();
    }
  }

  /**
   * Shops whose record or link changed, and shops whose linked or best review candidate entity
   * changed (its location decides the jurisdiction). The changed entities are few: broadcast.
   */
  private static Dataset<Row> incrementalScope(IncrementalPlan plan, Dataset<Row> links) {
    Dataset<Row> entities = plan.changes().get(Tables.ENTITIES)
        .select(org.apache.spark.sql.functions.coalesce(col("uscc"), col("reg_no")).as(LinkColumns.ENTITY_KEY)).distinct();
    // One scan of the links: both entity columns exploded into one, then one equi semi-join (a join
    // on "uscc = key OR candidate_uscc = key" would be a nested loop over every link and every
    // changed entity). A null column yields a null key, which matches nothing.
    Dataset<Row> viaEntity = links
        .select(col(Columns.PLATFORM), col(Columns.SHOP_ID),
            explode(array(col(LinkColumns.USCC), col(LinkColumns.CANDIDATE_USCC))).as(LinkColumns.ENTITY_KEY))
        .join(broadcast(entities), LinkColumns.ENTITY_KEY, "left_semi")
        .select(Columns.PLATFORM, Columns.SHOP_ID);
    return plan.changes().get(Tables.SHOPS).select(Columns.PLATFORM, Columns.SHOP_ID)
        .union(plan.changes().get(Tables.SHOP_ENTITY_LINK).select(Columns.PLATFORM, Columns.SHOP_ID))
        .union(viaEntity)
        .distinct();
  }
}
