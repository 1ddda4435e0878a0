package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.broadcast;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which shops a night must resolve again, from what changed in the canonical tables since the last
 * resolved state (their change data feed): the shops whose record changed or that are new, and
 * the shops that could meet a changed entity — one that shares a lookup key ({@link LookupKeys}: any
 * block key of any {@link BlockingRule}, its shown code, or a repair of its shown code) with the old or the new
 * version of an entity that was inserted, updated or deleted. Every other shop's candidates,
 * scores and decision are the same as last night's, because resolution of one shop reads only
 * that shop, the entities it shares a key with (and their block sizes, which change only when an
 * entity with the key changes) and the stored model.
 *
 * <p>Cost: one explode of every shop's stored lookup key hashes ({@link LookupKeys#HASHES}, narrow)
 * and a broadcast semi-join with the changed entities' key hashes (a collision only adds a shop,
 * whose result is the same), and a broadcast semi-join of the shops with the changed ones; no
 * shuffle of the shops or the registry.
 */
public final class ChangeScope {

  /**
   * The scope.
   *
   * @param recompute platform, shop_id of the shops in tonight's snapshot to resolve again
   * @param changedShops platform, shop_id of every shop whose record changed (present tonight or not)
   * @param changedEntities entity_key of every entity inserted, updated or deleted
   */
  public record Scope(Dataset<Row> recompute, Dataset<Row> changedShops, Dataset<Row> changedEntities) {

    /** The same scope with {@link #recompute} computed once (a local checkpoint: one job). */
    public Scope materialised() {
      return new Scope(recompute.localCheckpoint(true), changedShops, changedEntities);
    }

    /**
     * Platform, shop_id of the shops that changed and are no longer in the snapshot: the changed
     * shops {@link #recompute} does not name, since it names every changed shop still present.
     * Read from a {@link #materialised} scope, this is two small sets joined (broadcast), with no
     * scan of the shops.
     */
    public Dataset<Row> gone() {
      return changedShops.join(broadcast(recompute), new String[] {LinkColumns.PLATFORM, LinkColumns.SHOP_ID}, "left_anti");
    }
  }

  private ChangeScope() {}

  /**
   * @param shops tonight's canonical shops (with {@link LookupKeys#HASHES} of the current definition, or without the column)
   * @param shopChanges change feed rows of {@code shops} since the last resolved state (any change type)
   * @param entityChanges change feed rows of {@code entities} since then: pre- and post-images, inserts and deletes
   */
  public static Scope of(Dataset<Row> shops, Dataset<Row> shopChanges, Dataset<Row> entityChanges) {
    Dataset<Row> present = shops.select(LinkColumns.PLATFORM, LinkColumns.SHOP_ID);
    Dataset<Row> changedShops = shopChanges.select(LinkColumns.PLATFORM, LinkColumns.SHOP_ID).distinct();
    Dataset<Row> changed = ResolveInputs.entities(entityChanges);
    Dataset<Row> entityKeys = LookupKeys.hashed(LookupKeys.entities(changed));
    // The changed entities' keys are few (a night's changes): broadcast, so the shops' keys are not
    // shuffled. The shops' keys are the hashes ingestion stored (one column of longs exploded).
    Dataset<Row> metChanged = LookupKeys.shopHashes(shops).join(broadcast(entityKeys), LookupKeys.HASH, "left_semi")
        .select(LinkColumns.PLATFORM, LinkColumns.SHOP_ID);
    String[] key = {LinkColumns.PLATFORM, LinkColumns.SHOP_ID};
    // The changed shops are few: tonight's shops are filtered by them (broadcast), not shuffled.
    Dataset<Row> changedPresent = present.join(broadcast(changedShops), key, "left_semi");
    Dataset<Row> recompute = changedPresent.union(metChanged).distinct();
    return new Scope(recompute, changedShops, changed.select(LinkColumns.ENTITY_KEY).distinct());
  }
}
