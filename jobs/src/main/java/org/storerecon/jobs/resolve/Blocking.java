package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.storerecon.jobs.config.ResolveConfig;

/**
 * Candidate pairs from every {@link BlockingRule}, unioned and de-duplicated, with a skew guard:
 * a block key that more than {@code block-cap} entities share is skipped (and reported), so a
 * shop meets at most {@code cap} entities per rule and the pair count stays linear in the shops.
 * There is no cartesian product anywhere.
 *
 * <p>Shuffles: entity keys are partitioned by (rule, key) once, to keep the blocks some shop asks
 * for (a semi-join with the shops' distinct keys) and to size them (a window count on the same
 * partitioning); shop keys join the kept entity keys (sort-merge on rule, key); the union is grouped
 * by (shop, entity) to de-duplicate. The runner should persist {@link Result#ruleHits()} (read by
 * the pairs and the per-rule counts) and {@link Result#sizedEntityKeys()} (read by the hits and the
 * block reports).
 */
public final class Blocking {

  /** Column: block rule label. */
  public static final String RULE = "rule";
  /** Column: block key. */
  public static final String KEY = "block_key";
  /** Column: entities sharing the block key. */
  public static final String BLOCK_SIZE = "block_size";
  /** Column: the rules that produced a pair. */
  public static final String RULES = "rules";
  /** Column: number of pairs. */
  public static final String PAIRS = "pairs";

  private final ResolveConfig config;

  public Blocking(ResolveConfig config) {
    this.config = config;
  }

  /**
   * Blocking output.
   *
   * @param ruleHits one row per rule that paired a shop and an entity: platform, shop_id, entity_key, rule
   * @param sizedEntityKeys the entity block keys that some shop also has, with their block size:
   *     rule, block_key, entity_key, block_size
   */
  public record Result(Dataset<Row> ruleHits, Dataset<Row> sizedEntityKeys, int cap) {

    /** De-duplicated candidate pairs: platform, shop_id, entity_key, rules (array). */
    public Dataset<Row> pairs() {
      return ruleHits.groupBy(LinkColumns.PLATFORM, LinkColumns.SHOP_ID, LinkColumns.ENTITY_KEY)
          .agg(collect_set(col(RULE)).as(RULES));
    }

    /** Pairs per rule before de-duplication: rule, pairs. Small. */
    public Dataset<Row> pairsPerRule() {
      return ruleHits.groupBy(RULE).agg(count(lit(1)).as(PAIRS));
    }

    /**
     * Block keys that shops have but that were skipped for holding more than the cap entities: rule,
     * block_key, block_size, largest first.
     */
    public Dataset<Row> cappedKeys(int limit) {
      return blocks().filter(col(BLOCK_SIZE).gt(cap)).orderBy(col(BLOCK_SIZE).desc()).limit(limit);
    }

    /** The largest kept blocks that shops met: rule, block_key, block_size, largest first. */
    public Dataset<Row> largestBlocks(int limit) {
      return blocks().filter(col(BLOCK_SIZE).leq(cap)).orderBy(col(BLOCK_SIZE).desc()).limit(limit);
    }

    private Dataset<Row> blocks() {
      return sizedEntityKeys.select(RULE, KEY, BLOCK_SIZE).distinct();
    }
  }

  /**
   * @param shops {@link ResolveInputs#shops} rows of the shops to match
   * @param entities {@link ResolveInputs#entities} rows
   */
  public Result apply(Dataset<Row> shops, Dataset<Row> entities) {
    List<Dataset<Row>> shopKeys = new ArrayList<>();
    List<Dataset<Row>> entityKeys = new ArrayList<>();
    for (BlockingRule rule : BlockingRule.values()) {
      shopKeys.add(shops.select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), lit(rule.label()).as(RULE),
          explode(array_distinct(rule.shopKeys())).as(KEY)));
      entityKeys.add(entities.select(col(LinkColumns.ENTITY_KEY), lit(rule.label()).as(RULE), explode(array_distinct(rule.entityKeys())).as(KEY)));
    }
    Dataset<Row> shopHits = union(shopKeys).filter(col(KEY).isNotNull());
    // Only blocks that some shop asks for can make pairs: the entity keys semi-join the shops' distinct
    // keys first (the one shuffle of every entity key, by rule and key), so the window that sizes the
    // blocks runs over the touched blocks alone, on the same partitioning.
    Dataset<Row> wanted = shopHits.select(RULE, KEY).distinct();
    Dataset<Row> sized = union(entityKeys).filter(col(KEY).isNotNull())
        .join(wanted, new String[] {RULE, KEY}, "left_semi")
        .withColumn(BLOCK_SIZE, count(lit(1)).over(Window.partitionBy(RULE, KEY)));
    Dataset<Row> kept = sized.filter(col(BLOCK_SIZE).leq(config.blockCap())).drop(BLOCK_SIZE);
    Dataset<Row> hits = shopHits
        .join(kept, new String[] {RULE, KEY})
        .select(LinkColumns.PLATFORM, LinkColumns.SHOP_ID, LinkColumns.ENTITY_KEY, RULE);
    return new Result(hits, sized, config.blockCap());
  }

  private static Dataset<Row> union(List<Dataset<Row>> parts) {
    Dataset<Row> out = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      out = out.unionByName(parts.get(i));
    }
    return out;
  }
}
