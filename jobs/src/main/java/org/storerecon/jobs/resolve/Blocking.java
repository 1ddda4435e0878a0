package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_repeat;
import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.pipeline.ShopJoin;

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

  /** Type of the (rule, key) structs before the explode. */
  private static final DataType TAGGED = DataTypes.createArrayType(new StructType()
      .add(RULE, DataTypes.StringType).add(KEY, DataTypes.StringType));

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
      return blocks().filter(col(BLOCK_SIZE).gt(cap)).orderBy(col(BLOCK_SIZE).desc(), col(RULE), col(KEY)).limit(limit);
    }

    /** The largest kept blocks that shops met: rule, block_key, block_size, largest first. */
    public Dataset<Row> largestBlocks(int limit) {
      return blocks().filter(col(BLOCK_SIZE).leq(cap)).orderBy(col(BLOCK_SIZE).desc(), col(RULE), col(KEY)).limit(limit);
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
    return apply(shops, entities, ShopJoin.SHUFFLE);
  }

  /** As {@link #apply(Dataset, Dataset)}; with {@link ShopJoin#BROADCAST} the shops' keys filter the registry's without a shuffle. */
  public Result apply(Dataset<Row> shops, Dataset<Row> entities, ShopJoin join) {
    Dataset<Row> shopHits = shopKeys(shops);
    // Only blocks that some shop asks for can make pairs: the entity keys semi-join the shops' distinct
    // keys first (the one shuffle of every entity key, by rule and key), so the window that sizes the
    // blocks runs over the touched blocks alone, on the same partitioning.
    Dataset<Row> wanted = shopHits.select(RULE, KEY).distinct();
    Dataset<Row> sized = entityKeys(entities)
        .join(join.small(wanted), new String[] {RULE, KEY}, "left_semi")
        .withColumn(BLOCK_SIZE, count(lit(1)).over(Window.partitionBy(RULE, KEY)));
    Dataset<Row> kept = sized.filter(col(BLOCK_SIZE).leq(config.blockCap())).drop(BLOCK_SIZE);
    Dataset<Row> hits = shopHits
        .join(kept, new String[] {RULE, KEY})
        .select(LinkColumns.PLATFORM, LinkColumns.SHOP_ID, LinkColumns.ENTITY_KEY, RULE);
    return new Result(hits, sized, config.blockCap());
  }

  /** Every block key of every rule of each shop: platform, shop_id, rule, block_key. Narrow (an explode). */
  public static Dataset<Row> shopKeys(Dataset<Row> shops) {
    return shopKeys(shops, List.of());
  }

  /** As {@link #shopKeys(Dataset)}, with more {@link #tagged} keys of each shop in the same explode. */
  static Dataset<Row> shopKeys(Dataset<Row> shops, List<Column> more) {
    List<Column> tagged = new ArrayList<>();
    for (BlockingRule rule : BlockingRule.values()) {
      tagged.add(tagged(rule.label(), rule.shopKeys()));
    }
    tagged.addAll(more);
    // One pass: every rule's keys in one array of (rule, key), exploded once.
    return keys(shops, tagged, col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID));
  }

  /** Every block key of every rule of each entity: entity_key, rule, block_key. Narrow (an explode). */
  public static Dataset<Row> entityKeys(Dataset<Row> entities) {
    return entityKeys(entities, List.of());
  }

  /** As {@link #entityKeys(Dataset)}, with more {@link #tagged} keys of each entity in the same explode. */
  static Dataset<Row> entityKeys(Dataset<Row> entities, List<Column> more) {
    List<Column> tagged = new ArrayList<>();
    for (BlockingRule rule : BlockingRule.values()) {
      tagged.add(tagged(rule.label(), rule.entityKeys()));
    }
    tagged.addAll(more);
    return keys(entities, tagged, col(LinkColumns.ENTITY_KEY));
  }

  /**
   * A rule's distinct keys (an array, or null) as (rule, key) structs; empty, not null, when there are none. A null key
   * may remain; {@link #keys} drops it after the explode. Built from code-generated expressions
   * ({@code arrays_zip}, {@code array_repeat}): Spark evaluates the lambdas of {@code transform} and
   * {@code filter} by interpretation, element by element, which cost seconds per million rows.
   */
  static Column tagged(String rule, Column keys) {
    Column distinct = array_distinct(keys);
    Column structs = arrays_zip(array_repeat(lit(rule), size(distinct)), distinct).cast(TAGGED);
    return coalesce(structs, array().cast(TAGGED));
  }

  /** One row per (row, rule, key): the {@code id} columns, {@link #RULE} and {@link #KEY}. */
  private static Dataset<Row> keys(Dataset<Row> rows, List<Column> tagged, Column... id) {
    String tag = "_tag";
    List<Column> exploded = new ArrayList<>(List.of(id));
    exploded.add(explode(concat(tagged.toArray(Column[]::new))).as(tag));
    List<Column> flat = new ArrayList<>(List.of(id));
    flat.add(col(tag + "." + RULE).as(RULE));
    flat.add(col(tag + "." + KEY).as(KEY));
    return rows.select(exploded.toArray(Column[]::new)).select(flat.toArray(Column[]::new)).filter(col(KEY).isNotNull());
  }
}
