package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.jobs.normalize.DomainColumns;

/**
 * Term frequencies of 字号 in the registry: the share of entities carrying each 字号, floored at
 * {@code tf-min-count} entities. A common 字号 (鑫, 华, 盛…) has a large share and its exact agreement
 * weighs less than a rare one's ({@link Scoring}). One aggregation (shuffle) of the entities by 字号.
 */
public final class TermFrequencies {

  /** Column: the 字号 (entity side, prefixed, ready to join compared pairs). */
  public static final String CORE = LinkColumns.e(DomainColumns.NAME_CORE);
  /** Column: the 字号's share of the registry. */
  public static final String CORE_TF = "core_tf";

  private TermFrequencies() {}

  /**
   * The probability that two random records share their 字号, {@code Σ tf²} over the frequency
   * table (at least {@code floor}): the u of exact 字号 agreement that the adjustment
   * {@code log2(u / tf)} compares each 字号's own frequency with. A small aggregation.
   */
  public static double uExact(Dataset<Row> frequencies, double floor) {
    Row r = frequencies.agg(sum(col(CORE_TF).multiply(col(CORE_TF)))).first();
    return r.isNullAt(0) ? floor : Math.max(floor, r.getDouble(0));
  }

  /**
   * @param entities {@link ResolveInputs#entities} rows
   * @param registrySize number of entities (the denominator)
   * @param minCount floor of the count
   */
  public static Dataset<Row> of(Dataset<Row> entities, long registrySize, int minCount) {
    return entities.filter(col(DomainColumns.NAME_CORE).isNotNull())
        .groupBy(col(DomainColumns.NAME_CORE).as(CORE))
        .agg(greatest(count(lit(1)), lit(minCount)).divide(lit(Math.max(1L, registrySize))).as(CORE_TF));
  }
}
