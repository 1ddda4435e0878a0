package org.storerecon.jobs.mark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Measures {@code brand_mark.lead} against ground truth ({@code brand_labels.csv}: platform,
 * shop_id, brand_id, lead) at the (platform, shop_id, brand_id) level. A mark with
 * {@code lead = true} that the labels do not hold as a lead is a false positive (also a mark of a
 * brand the labels do not list for that shop); a labelled lead without a lead mark is a false
 * negative. All work is aggregation; a few dozen numbers reach the driver.
 *
 * <p>Breakdowns by the mark's tier (the brand list's tier for a labelled lead that was not marked),
 * relation, claim and obfuscation; {@code not_marked} where no mark exists.
 */
public final class LeadEvaluation {

  /** Dimensions of the breakdown. */
  public static final List<String> DIMENSIONS = List.of(MarkColumns.TIER, MarkColumns.RELATION, MarkColumns.CLAIM, MarkColumns.OBFUSCATED);

  static final String NOT_MARKED = "not_marked";
  private static final String TRUTH = "_truth";
  private static final String PREDICTED = "_predicted";
  private static final String LABEL_TIER = "_label_tier";
  private static final String[] KEY = {MarkColumns.PLATFORM, MarkColumns.SHOP_ID, MarkColumns.BRAND_ID};

  /**
   * Counts of one slice.
   *
   * @param truePositives lead marks that are labelled leads
   * @param falsePositives lead marks that are not
   * @param falseNegatives labelled leads without a lead mark
   */
  public record Score(long truePositives, long falsePositives, long falseNegatives) {
    public double precision() {
      long predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
      long actual = truePositives + falseNegatives;
      return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The evaluation.
   *
   * @param marks rows of {@code brand_mark}
   * @param labelled rows of the labels
   * @param overall lead score
   * @param breakdown dimension → value → score
   */
  public record Result(long marks, long labelled, Score overall, Map<String, Map<String, Score>> breakdown) {
    /** One line: precision, recall, F1 and the counts. */
    public String line() {
      return String.format(Locale.ROOT, "leads precision=%.4f recall=%.4f f1=%.4f (true %d, false %d, missed %d)",
          overall.precision(), overall.recall(), overall.f1(), overall.truePositives(), overall.falsePositives(), overall.falseNegatives());
    }
  }

  private LeadEvaluation() {}

  /**
   * @param marks {@code brand_mark}
   * @param labels platform, shop_id, brand_id, lead ({@code true}/{@code false})
   * @param brands the {@code brands} table (tier of labelled brands that were not marked)
   */
  public static Result evaluate(Dataset<Row> marks, Dataset<Row> labels, Dataset<Row> brands) {
    Dataset<Row> truth = labels.select(col(MarkColumns.PLATFORM), col(MarkColumns.SHOP_ID), col(MarkColumns.BRAND_ID),
        lower(col(MarkColumns.LEAD).cast("string")).equalTo("true").as(TRUTH));
    Dataset<Row> predicted = marks.select(col(MarkColumns.PLATFORM), col(MarkColumns.SHOP_ID), col(MarkColumns.BRAND_ID),
        col(MarkColumns.LEAD).as(PREDICTED), col(MarkColumns.TIER), col(MarkColumns.RELATION), col(MarkColumns.CLAIM),
        col(MarkColumns.OBFUSCATED).cast("string").as(MarkColumns.OBFUSCATED));
    Dataset<Row> tiers = brands.select(col(MarkColumns.BRAND_ID), col(MarkColumns.TIER).as(LABEL_TIER));
    Dataset<Row> joined = predicted.join(truth, KEY, "full_outer").join(tiers, new String[] {MarkColumns.BRAND_ID}, "left")
        .withColumn(MarkColumns.TIER, coalesce(col(MarkColumns.TIER), col(LABEL_TIER), lit(NOT_MARKED)))
        .withColumn(MarkColumns.RELATION, coalesce(col(MarkColumns.RELATION), lit(NOT_MARKED)))
        .withColumn(MarkColumns.CLAIM, coalesce(col(MarkColumns.CLAIM), lit(NOT_MARKED)))
        .withColumn(MarkColumns.OBFUSCATED, coalesce(col(MarkColumns.OBFUSCATED), lit(NOT_MARKED)))
        .persist();
    try {
      Column p = coalesce(col(PREDICTED), lit(false));
      Column t = coalesce(col(TRUTH), lit(false));
      Column[] aggs = {countIf(p.and(t)), countIf(p.and(not(t))), countIf(not(p).and(t)),
          countIf(col(PREDICTED).isNotNull()), countIf(col(TRUTH).isNotNull())};
      Row totals = joined.agg(aggs[0], aggs[1], aggs[2], aggs[3], aggs[4]).first();
      Score overall = new Score(totals.getLong(0), totals.getLong(1), totals.getLong(2));
      Map<String, Map<String, Score>> breakdown = new LinkedHashMap<>();
      for (String dimension : DIMENSIONS) {
        Map<String, Score> slices = new LinkedHashMap<>();
        for (Row r : joined.groupBy(col(dimension)).agg(aggs[0], aggs[1], aggs[2]).orderBy(col(dimension)).collectAsList()) {
          slices.put(r.getString(0), new Score(r.getLong(1), r.getLong(2), r.getLong(3)));
        }
        breakdown.put(dimension, slices);
      }
      return new Result(totals.getLong(3), totals.getLong(4), overall, breakdown);
    } finally {
      joined.unpersist();
    }
  }

  private static Column countIf(Column condition) {
    return coalesce(sum(when(condition, 1L).otherwise(0L)), lit(0L));
  }
}
