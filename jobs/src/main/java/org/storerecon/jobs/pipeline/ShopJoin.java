package org.storerecon.jobs.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * How a stage joins the shops it recomputes tonight (and what derives from them: codes, block keys,
 * pairs, the scope of a MERGE) with the tables of every shop or entity. The result is the same
 * either way; the cost is not.
 */
public enum ShopJoin {

  /** Every shop (first, full or retraining nights): both sides are shuffled by the join key. */
  SHUFFLE,

  /**
   * A night's changed shops, a small share of all ({@code storerecon.nightly.incremental-max-share}):
   * the shop side is broadcast, so the registry and the stored tables are scanned and filtered,
   * never shuffled.
   */
  BROADCAST;

  /** {@code side} with a broadcast hint when this is {@link #BROADCAST}. */
  public Dataset<Row> small(Dataset<Row> side) {
    return this == BROADCAST ? functions.broadcast(side) : side;
  }
}
