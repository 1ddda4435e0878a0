package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

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
import org.storerecon.jobs.config.NightlyConfig;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.pipeline.BackgroundWrite;
import org.storerecon.jobs.pipeline.IncrementalPlan;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunMode;
import org.storerecon.jobs.pipeline.SessionSettings;
import org.storerecon.jobs.pipeline.ShopJoin;
import org.storerecon.jobs.pipeline.Stage;
import org.storerecon.jobs.pipeline.StageReport;
import org.storerecon.jobs.pipeline.StageTables;

/**
 * The resolve stage's runner (I/O at the edges). Reads {@code shops} and {@code entities} at the
 * versions it plans with ({@link IncrementalPlan}); resolves the shops in scope — on an
 * incremental night those {@link ChangeScope} names, else every shop — with the stored model
 * ({@link ModelStore}; trained and stored first when there is none or on {@code --retrain}); then
 * keeps the current-state tables {@code shop_entity_link} and {@code shop_entity_candidate} by
 * MERGE over the scope ({@link StageTables#replaceShops}), the SCD2 table
 * {@code shop_entity_link_history} ({@link LinkHistory}), and replaces the run date's
 * {@code resolve_report} rows.
 *
 * <p>Every write is idempotent for a given run and inputs: a rerun (after a crash anywhere in the
 * stage, or after success) ends with the same table contents. The scope of an incremental night is
 * computed from the change feed since the stage's last successful run, which a failed attempt does
 * not move.
 */
public final class ResolveStage {

  private final SparkSession spark;
  private final ResolveConfig config;
  private final Warehouse warehouse;
  private final String rulesDigest;
  private final NightlyConfig nightly;

  /**
   * @param nightly {@code incremental-max-share}, the share of tonight's shops above which an incremental
   *     night resolves every shop instead, and {@code incremental-spark}, the settings of an incremental night
   */
  public ResolveStage(SparkSession spark, ResolveConfig config, Warehouse warehouse, String rulesDigest, NightlyConfig nightly) {
    this.spark = spark;
    this.config = config;
    this.warehouse = warehouse;
    this.rulesDigest = rulesDigest;
    this.nightly = nightly;
  }

  /** Resolves the shops tonight's changes touch (or all); fails when shops or entities are missing. */
  public StageReport run(RunContext run, RunMode mode) {
    long started = System.nanoTime();
    StageTables tables = new StageTables(spark, warehouse);
    tables.read(Tables.SHOPS);
    tables.read(Tables.ENTITIES);
    ModelStore store = new ModelStore(spark, tables);
    Optional<ModelStore.Trained> model = mode == RunMode.RETRAIN
        ? store.current().filter(m -> m.id().equals(run.runId()))
        : store.current();
    Optional<String> forced = model.isEmpty() ? Optional.of("no stored resolution model")
        : !tables.exists(ResolveTables.LINKS) ? Optional.of("no " + ResolveTables.LINKS) : Optional.empty();
    IncrementalPlan planned = IncrementalPlan.of(spark, warehouse, Stage.RESOLVE.label(), run, mode, rulesDigest,
        List.of(Tables.SHOPS, Tables.ENTITIES), forced);
    try (SessionSettings incremental = planned.full() ? SessionSettings.none() : SessionSettings.set(spark, nightly.incrementalSpark())) {
      return resolve(run, planned, model, store, tables, incremental, started);
    }
  }

  /** The stage after planning, under {@code incremental} until the plan turns out full. */
  private StageReport resolve(RunContext run, IncrementalPlan planned, Optional<ModelStore.Trained> model, ModelStore store,
      StageTables tables, SessionSettings incremental, long started) {
    // The lookup key hashes ingestion stored are read only when computed as this release computes them.
    Dataset<Row> shops = LookupKeys.current(tables.readVersion(Tables.SHOPS, planned.versions().get(Tables.SHOPS)),
        tables.property(Tables.SHOPS, LookupKeys.DEFINITION_PROPERTY));
    Dataset<Row> entities = LookupKeys.current(tables.readVersion(Tables.ENTITIES, planned.versions().get(Tables.ENTITIES)),
        tables.property(Tables.ENTITIES, LookupKeys.DEFINITION_PROPERTY));
    // rows_in: tonight's shops (a metadata count of the Delta table).
    long shopCount = shops.count();

    Map<String, Long> changes = new LinkedHashMap<>();
    Optional<ChangeScope.Scope> changed = Optional.empty();
    Dataset<Row> recompute = null;
    if (!planned.full()) {
      // Small (a night's changes) and read by the resolver, the MERGEs and the history: computed once,
      // and checkpointed, not cached, so that the plans reading them start from a leaf instead of
      // carrying (and explaining) the change-scope plan into every step of the resolver.
      ChangeScope.Scope scope = ChangeScope.of(shops, planned.changes().get(Tables.SHOPS), planned.changes().get(Tables.ENTITIES))
          .materialised();
      recompute = scope.recompute();
      changes.put("shops_recomputed", recompute.count());
      changed = Optional.of(scope);
    }
    IncrementalPlan plan = planned.fullAbove(changes.getOrDefault("shops_recomputed", 0L), shopCount, nightly.incrementalMaxShare());

    Dataset<Row> scope;
    Dataset<Row> toResolve;
    if (plan.full()) {
      incremental.close();
      changes.clear();
      scope = fullScope(tables, shops).localCheckpoint(true);
      toResolve = shops;
    } else {
      Dataset<Row> gone = changed.orElseThrow().gone().localCheckpoint(true);
      scope = recompute.union(gone);
      // A night's changes: broadcast, so the shops are filtered, not shuffled.
      toResolve = shops.join(broadcast(recompute), Columns.SHOP_KEY.toArray(String[]::new), "left_semi").localCheckpoint(true);
      changes.put("shops_gone", gone.count());
      changes.put("entities_changed", changed.orElseThrow().changedEntities().count());
    }

    ShopJoin join = plan.full() ? ShopJoin.SHUFFLE : ShopJoin.BROADCAST;
    ShopEntityResolver resolver = new ShopEntityResolver(config);
    ShopEntityResolver.Resolution resolution = model.isPresent()
        ? resolver.resolve(toResolve, entities, run.runDate(), model.get(), join)
        : resolver.resolve(shops, entities, run.runDate(), run.runId());
    try {
      if (model.isEmpty()) {
        store.save(resolution.model(), run.runDate());
      }
      // Checkpointed (materialised, lineage cut) before the MERGEs: a MERGE plans its source twice (to
      // find the touched files, then to write), and under a cached plan the resolver's whole plan
      // would be planned (and explained, by adaptive execution) again at every step. Checkpoint blocks
      // are freed by Spark's context cleaner once the datasets are unreachable.
      Dataset<Row> tonightLinks = resolution.links().localCheckpoint(true);
      Dataset<Row> tonightCandidates = resolution.candidates().localCheckpoint(true);
      long candidatePairs = tonightCandidates.count();
      Dataset<Row> scoped = scope;
      Dataset<Row> links;
      // The candidates' MERGE reads and writes no table the links, the history or the report do: it
      // runs beside them (BackgroundWrite).
      try (BackgroundWrite<Void> candidates = BackgroundWrite.start(spark, ResolveTables.CANDIDATES, () -> tables.replaceShops(
          ResolveTables.CANDIDATES, tonightCandidates, scoped, List.of(Columns.PLATFORM, Columns.SHOP_ID, LinkColumns.ENTITY_KEY), join))) {
        tables.replaceShops(ResolveTables.LINKS, tonightLinks, scope, Columns.SHOP_KEY, join);
        links = tables.read(ResolveTables.LINKS);
        // The scope's rows of the link table are now tonight's links (same tracked columns; run_date
        // may be older where nothing changed): the history compares tonight's, not a filter of the table.
        new LinkHistory(spark).merge(warehouse.location(LinkHistory.TABLE), tonightLinks, scope, run.runDate(), run.runId(), join);
        // Change data feed and deletion vectors, like every table kept by MERGE (a no-op once set).
        tables.enableChangeTracking(LinkHistory.TABLE);
        writeReport(run, resolution, candidatePairs, links, plan);
      }

      Map<String, Long> written = new LinkedHashMap<>();
      for (String t : List.of(ResolveTables.LINKS, ResolveTables.CANDIDATES, LinkHistory.TABLE, ResolveTables.REPORT)) {
        written.put(t, CommitMetrics.currentVersion(spark, warehouse.location(t)));
      }
      long durationMs = (System.nanoTime() - started) / 1_000_000;
      return new StageReport(Stage.RESOLVE.label(), Optional.empty(), Optional.empty(), 0, shopCount, links.count(), 0, Map.of(),
          durationMs, written.get(ResolveTables.LINKS), StageReport.Outcome.SUCCEEDED, Optional.empty(), Optional.of(plan.mode()),
          plan.versions(), written, changes);
    } finally {
      resolution.release();
    }
  }

  /**
   * Every shop there is or was: tonight's, plus those the link table or the history still hold
   * (gone from the snapshot, or left there by a run that crashed between the two writes).
   */
  private Dataset<Row> fullScope(StageTables tables, Dataset<Row> shops) {
    String[] key = Columns.SHOP_KEY.toArray(String[]::new);
    Dataset<Row> scope = shops.select(Columns.PLATFORM, Columns.SHOP_ID);
    for (String t : List.of(ResolveTables.LINKS, LinkHistory.TABLE)) {
      if (tables.exists(t)) {
        scope = scope.union(tables.read(t).select(Columns.PLATFORM, Columns.SHOP_ID));
      }
    }
    return scope.distinct().select(key[0], key[1]);
  }

  private void writeReport(RunContext run, ShopEntityResolver.Resolution resolution, long candidatePairs, Dataset<Row> links,
      IncrementalPlan plan) {
    ResolveReport report = new ResolveReport(run);
    for (Row r : resolution.blocking().pairsPerRule().collectAsList()) {
      report.add(ResolveReport.PAIRS_PER_RULE, r.getString(0), r.getLong(1), null);
    }
    report.add(ResolveReport.CANDIDATE_PAIRS, null, candidatePairs, null);
    report.addBlocks(ResolveReport.CAPPED_KEY, resolution.blocking().cappedKeys(config.reportedBlocks()));
    report.addBlocks(ResolveReport.LARGEST_BLOCK, resolution.blocking().largestBlocks(config.reportedBlocks()));
    for (Row r : links.groupBy(col(LinkColumns.DECISION)).count().collectAsList()) {
      report.add(ResolveReport.DECISION, r.getString(0), r.getLong(1), null);
    }
    report.add(ResolveReport.MODEL, resolution.model().id(), resolution.model().model().lambda(), plan.mode() + "\n"
        + resolution.model().model().describe());
    // A rerun of the same run date replaces the rows it wrote before.
    new StageTables(spark, warehouse).replaceWhere(report.toDataset(spark).coalesce(1), ResolveTables.REPORT,
        Columns.RUN_DATE + " = DATE'" + run.runDate() + "'");
  }
}
