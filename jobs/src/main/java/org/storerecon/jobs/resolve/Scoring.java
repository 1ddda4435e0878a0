package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log2;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.jobs.normalize.DomainColumns;

/**
 * Scores compared pairs with a trained {@link MatchModel}: one weight column per comparison, the
 * 字号 term-frequency adjustment, the total {@link LinkColumns#MATCH_WEIGHT}, the
 * {@link LinkColumns#MATCH_PROBABILITY} and a readable {@link LinkColumns#EVIDENCE} such as
 * {@code name=exact(+19.1) core=missing(+0.0) region=district(+6.2) phone=missing(+0.0) … core_tf(+2.3) → p=0.9999}.
 *
 * <p>Term-frequency adjustment (as Splink's): when the 字号 agree exactly (whether {@link Comparison#CORE}
 * or a strong {@link Comparison#NAME} level carries the agreement), the weight gains
 * {@code log2(u_exact / tf)}, where {@code tf} is the 字号's share of the registry: positive for a
 * rare 字号, negative for a common one. Shuffle: the pairs join the frequency table on the 字号
 * (sort-merge, or broadcast when the table is small).
 */
public final class Scoring {

  /** Column: the term-frequency adjustment in bits (0 unless the 字号 agree exactly). */
  public static final String TF_ADJUSTMENT = "tf_adjustment";
  private static final String WEIGHT_PREFIX = "weight_";
  private static final String ARROW = "→ p=%.4f";
  private static final String TF_EVIDENCE = "core_tf(%+.1f)";

  private final MatchModel model;
  private final double uCoreExact;

  /**
   * @param model the trained model
   * @param uCoreExact probability that a random pair shares its 字号 ({@link TermFrequencies#uExact})
   */
  public Scoring(MatchModel model, double uCoreExact) {
    this.model = model;
    this.uCoreExact = uCoreExact;
  }

  /** The weight column of a comparison. */
  public static String weightColumn(Comparison c) {
    return WEIGHT_PREFIX + c.label();
  }

  /**
   * @param compared pairs with level columns ({@link PairComparisons})
   * @param frequencies {@link TermFrequencies#of} table
   */
  public Dataset<Row> apply(Dataset<Row> compared, Dataset<Row> frequencies) {
    Dataset<Row> out = compared.join(frequencies, new String[] {TermFrequencies.CORE}, "left");
    for (Comparison c : Comparison.values()) {
      out = out.withColumn(weightColumn(c), weight(c));
    }
    // Whichever comparison carries the exact 字号 agreement (CORE, or NAME levels that imply it).
    Column coreAgrees = col(DomainColumns.NAME_CORE).equalTo(col(TermFrequencies.CORE));
    out = out.withColumn(TF_ADJUSTMENT, when(coreAgrees.and(col(TermFrequencies.CORE_TF).isNotNull()),
        log2(lit(uCoreExact).divide(col(TermFrequencies.CORE_TF)))).otherwise(0.0));
    Column total = lit(model.priorWeight()).plus(col(TF_ADJUSTMENT));
    for (Comparison c : Comparison.values()) {
      total = total.plus(col(weightColumn(c)));
    }
    out = out.withColumn(LinkColumns.MATCH_WEIGHT, total)
        .withColumn(LinkColumns.MATCH_PROBABILITY, lit(1.0).divide(lit(1.0).plus(pow(lit(2.0), col(LinkColumns.MATCH_WEIGHT).multiply(-1)))));
    return out.withColumn(LinkColumns.EVIDENCE, evidence());
  }

  private Column weight(Comparison c) {
    Column level = col(c.levelColumn());
    Column w = when(level.equalTo(Comparison.MISSING), 0.0);
    for (int i = 0; i < c.levels().size(); i++) {
      w = w.when(level.equalTo(i), model.weight(c, i));
    }
    return w.otherwise(0.0);
  }

  private static Column levelLabel(Comparison c) {
    Column level = col(c.levelColumn());
    Column label = when(level.equalTo(Comparison.MISSING), "missing");
    for (int i = 0; i < c.levels().size(); i++) {
      label = label.when(level.equalTo(i), c.levels().get(i));
    }
    return label;
  }

  private static Column evidence() {
    List<Column> parts = new ArrayList<>();
    for (Comparison c : Comparison.values()) {
      parts.add(format_string(c.label() + "=%s(%+.1f)", levelLabel(c), col(weightColumn(c))));
    }
    parts.add(when(col(TF_ADJUSTMENT).notEqual(0.0), format_string(TF_EVIDENCE, col(TF_ADJUSTMENT))));
    parts.add(format_string(ARROW, coalesce(col(LinkColumns.MATCH_PROBABILITY), lit(0.0))));
    return concat_ws(" ", parts.toArray(Column[]::new));
  }
}
