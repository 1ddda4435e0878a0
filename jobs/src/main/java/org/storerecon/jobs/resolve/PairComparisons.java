package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.pipeline.ShopJoin;

/**
 * Attaches shop and entity attributes to candidate pairs and computes one level column per
 * {@link Comparison} ({@link Comparison#levelColumn()}). Shuffles: the pairs join the shops (on
 * platform, shop_id) and the prefixed entities (on entity_key), two sort-merge joins over the pairs.
 */
public final class PairComparisons {

  private final ResolveConfig config;

  public PairComparisons(ResolveConfig config) {
    this.config = config;
  }

  /**
   * @param pairs at least platform, shop_id, entity_key
   * @param shops {@link ResolveInputs#shops} rows
   * @param entities {@link ResolveInputs#entities} rows (unprefixed)
   */
  public Dataset<Row> apply(Dataset<Row> pairs, Dataset<Row> shops, Dataset<Row> entities) {
    return apply(pairs, shops, entities, ShopJoin.SHUFFLE);
  }

  /** As {@link #apply(Dataset, Dataset, Dataset)}; with {@link ShopJoin#BROADCAST} the pairs (with their shops) are broadcast to the registry. */
  public Dataset<Row> apply(Dataset<Row> pairs, Dataset<Row> shops, Dataset<Row> entities, ShopJoin join) {
    Dataset<Row> joined = join.small(pairs.join(join.small(shops), new String[] {LinkColumns.PLATFORM, LinkColumns.SHOP_ID}))
        .join(ResolveInputs.prefixed(entities), LinkColumns.ENTITY_KEY);
    return levels(joined);
  }

  /** Adds the level columns to rows that carry shop columns and prefixed entity columns. */
  public Dataset<Row> levels(Dataset<Row> joined) {
    Dataset<Row> out = joined;
    for (Comparison c : Comparison.values()) {
      out = out.withColumn(c.levelColumn(), c.level(config));
    }
    return out;
  }

  /** The level columns, in {@link Comparison} order. */
  static org.apache.spark.sql.Column[] levelColumns() {
    org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[Comparison.values().length];
    for (Comparison c : Comparison.values()) {
      cols[c.ordinal()] = col(c.levelColumn());
    }
    return cols;
  }
}
