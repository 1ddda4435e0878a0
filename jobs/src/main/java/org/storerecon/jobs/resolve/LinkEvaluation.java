package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Measures {@code shop_entity_link} against ground truth ({@code labels.csv}: platform, shop_id,
 * uscc; uscc empty when the operator is not in the registry, the reg_no for legacy-only
 * operators). All work is aggregation; only a few dozen numbers reach the driver.
 *
 * <p>Definitions: a {@code linked} row is correct when its uscc equals the label. Precision =
 * correct / linked; recall = correct / shops with a true entity; absent-linked rate = linked shops
 * whose operator is not registered / such shops; review rate = review / shops; blocking recall =
 * share of the true pairs of shops that went through probabilistic matching (not settled by a code)
 * that were candidates.
 *
 * <p>When the labels carry {@code identity_shown} (what identity data the generator let the shop
 * show), the result breaks recall down by it: the recall that shops showing nothing but a shop
 * name allow is the ceiling of the overall recall. Calibration compares, per probability band,
 * the model's mean probability of the best candidate with the share of those candidates that are
 * the true operator.
 */
public final class LinkEvaluation {

  /** Probability thresholds of the sweep. */
  public static final double[] SWEEP = {0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999};
  /** Lower bounds of the calibration bands of the best candidate's probability (reporting points, not thresholds). */
  public static final double[] CALIBRATION_BANDS = {0.0, 0.5, 0.8, 0.9, 0.99, 0.999, 0.9999};
  /** Optional labels column: what identity data the shop shows. */
  public static final String IDENTITY_SHOWN = "identity_shown";

  private static final String TRUTH = "_truth";
  private static final List<String> CODE_METHODS = List.of(LinkColumns.METHOD_CODE, LinkColumns.METHOD_CODE_REPAIRED);

  /**
   * Precision and recall of one slice.
   *
   * @param linked links made
   * @param correct links that match the label
   * @param truePositivesPossible shops with a true entity (recall's denominator)
   */
  public record Score(long linked, long correct, long truePositivesPossible) {
    public double precision() {
      return linked == 0 ? 1.0 : (double) correct / linked;
    }

    public double recall() {
      return truePositivesPossible == 0 ? 1.0 : (double) correct / truePositivesPossible;
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
   * @param shops shops evaluated (links with a label)
   * @param overall score of {@code linked}
   * @param review shops in review
   * @param absent shops whose operator is not in the registry
   * @param absentLinked of those, shops linked anyway
   * @param blockingRecall share of true pairs (of shops not settled by a code) that were candidates; NaN without candidates
   * @param byMethod score per method (recall's denominator: every shop with a true entity)
   * @param sweep score when linking every best candidate with probability at or above the threshold
   * @param signals shops per signal
   */
  public record Result(long shops, Score overall, long review, long absent, long absentLinked, double blockingRecall,
      Map<String, Score> byMethod, Map<Double, Score> sweep, Map<String, Long> signals, Map<String, Slice> byIdentityShown,
      List<Band> calibration) {

    public double reviewRate() {
      return shops == 0 ? 0.0 : (double) review / shops;
    }

    public double absentLinkedRate() {
      return absent == 0 ? 0.0 : (double) absentLinked / absent;
    }

    /** One line: precision, recall, F1, review rate, absent-linked rate, blocking recall. */
    public String line() {
      return String.format(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f review_rate=%.4f absent_linked=%.4f blocking_recall=%.4f",
          overall.precision(), overall.recall(), overall.f1(), reviewRate(), absentLinkedRate(), blockingRecall);
    }
  }

  /**
   * Shops of one {@code identity_shown} value.
   *
   * @param shops shops with this value
   * @param withTruth of those, shops whose operator is registered
   * @param score links made, correct links, and recall over {@code withTruth}
   * @param review shops in review
   */
  public record Slice(long shops, long withTruth, Score score, long review) {}

  /**
   * One calibration band: scored best candidates (method {@code probabilistic} or {@code name_over_code})
   * whose probability is in {@code [lower, next band)}.
   *
   * @param candidates best candidates in the band
   * @param meanProbability their mean probability
   * @param correct those that are the true operator
   */
  public record Band(double lower, long candidates, double meanProbability, long correct) {
    public double observed() {
      return candidates == 0 ? Double.NaN : (double) correct / candidates;
    }
  }

  private LinkEvaluation() {}

  /**
   * @param links {@code shop_entity_link}
   * @param labels platform, shop_id, uscc (empty or null = not registered)
   * @param candidates {@code shop_entity_candidate} (platform, shop_id, entity_key)
   */
  public static Result evaluate(Dataset<Row> links, Dataset<Row> labels, Dataset<Row> candidates) {
    Column shown = List.of(labels.columns()).contains(IDENTITY_SHOWN) ? col(IDENTITY_SHOWN) : lit(null).cast("string");
    Dataset<Row> truth = labels.select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID),
        when(col(LinkColumns.USCC).equalTo(lit("")), lit(null).cast("string")).otherwise(col(LinkColumns.USCC)).as(TRUTH),
        shown.as(IDENTITY_SHOWN));
    Dataset<Row> joined = links.join(truth, new String[] {LinkColumns.PLATFORM, LinkColumns.SHOP_ID});
    Column hasTruth = col(TRUTH).isNotNull();
    Column linked = col(LinkColumns.DECISION).equalTo(lit(LinkColumns.LINKED));
    Column correct = linked.and(coalesce(col(LinkColumns.USCC).equalTo(col(TRUTH)), lit(false)));

    List<Column> aggs = new ArrayList<>(List.of(count(lit(1)), countIf(linked), countIf(correct), countIf(hasTruth),
        countIf(col(LinkColumns.DECISION).equalTo(lit(LinkColumns.REVIEW))), countIf(not(hasTruth)),
        countIf(linked.and(not(hasTruth)))));
    for (double t : SWEEP) {
      Column predicted = coalesce(col(LinkColumns.MATCH_PROBABILITY), lit(0.0)).geq(t).and(col(LinkColumns.CANDIDATE_USCC).isNotNull());
      aggs.add(countIf(predicted));
      aggs.add(countIf(predicted.and(coalesce(col(LinkColumns.CANDIDATE_USCC).equalTo(col(TRUTH)), lit(false)))));
    }
    Row totals = joined.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
    long possible = totals.getLong(3);
    Score overall = new Score(totals.getLong(1), totals.getLong(2), possible);
    Map<Double, Score> sweep = new LinkedHashMap<>();
    for (int i = 0; i < SWEEP.length; i++) {
      sweep.put(SWEEP[i], new Score(totals.getLong(7 + 2 * i), totals.getLong(8 + 2 * i), possible));
    }

    Map<String, Score> byMethod = new LinkedHashMap<>();
    for (Row r : joined.groupBy(col(LinkColumns.METHOD)).agg(countIf(linked), countIf(correct))
        .orderBy(col(LinkColumns.METHOD)).collectAsList()) {
      byMethod.put(r.getString(0), new Score(r.getLong(1), r.getLong(2), possible));
    }
    Map<String, Long> signals = new LinkedHashMap<>();
    for (Row r : links.select(explode(col(LinkColumns.SIGNALS)).as("signal")).groupBy("signal").count().orderBy("signal")
        .collectAsList()) {
      signals.put(r.getString(0), r.getLong(1));
    }

    Dataset<Row> truePairs = joined.filter(hasTruth.and(not(col(LinkColumns.METHOD).isin(CODE_METHODS.toArray()))))
        .select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(TRUTH).as(LinkColumns.ENTITY_KEY));
    Dataset<Row> seen = candidates.select(LinkColumns.PLATFORM, LinkColumns.SHOP_ID, LinkColumns.ENTITY_KEY)
        .withColumn("_seen", lit(1));
    Row recall = truePairs.join(seen, new String[] {LinkColumns.PLATFORM, LinkColumns.SHOP_ID, LinkColumns.ENTITY_KEY}, "left")
        .agg(count(lit(1)), countIf(col("_seen").isNotNull())).first();
    double blockingRecall = recall.getLong(0) == 0 ? Double.NaN : (double) recall.getLong(1) / recall.getLong(0);

    return new Result(totals.getLong(0), overall, totals.getLong(4), totals.getLong(5), totals.getLong(6), blockingRecall,
        byMethod, sweep, signals, byIdentityShown(joined, labels, linked, correct), calibration(joined));
  }

  private static Map<String, Slice> byIdentityShown(Dataset<Row> joined, Dataset<Row> labels, Column linked, Column correct) {
    Map<String, Slice> out = new LinkedHashMap<>();
    if (!List.of(labels.columns()).contains(IDENTITY_SHOWN)) {
      return out;
    }
    Column hasTruth = col(TRUTH).isNotNull();
    for (Row r : joined.groupBy(coalesce(col(IDENTITY_SHOWN), lit("")).as(IDENTITY_SHOWN), hasTruth.as("_registered"))
        .agg(count(lit(1)), countIf(linked), countIf(correct), countIf(col(LinkColumns.DECISION).equalTo(lit(LinkColumns.REVIEW))))
        .orderBy(col("_registered").desc(), col(IDENTITY_SHOWN)).collectAsList()) {
      String key = (r.getBoolean(1) ? "" : "unregistered:") + r.getString(0);
      long shops = r.getLong(2);
      long withTruth = r.getBoolean(1) ? shops : 0;
      out.put(key, new Slice(shops, withTruth, new Score(r.getLong(3), r.getLong(4), withTruth), r.getLong(5)));
    }
    return out;
  }

  private static List<Band> calibration(Dataset<Row> joined) {
    Column p = col(LinkColumns.MATCH_PROBABILITY);
    Column scored = col(LinkColumns.METHOD).isin(LinkColumns.METHOD_PROBABILISTIC, LinkColumns.METHOD_NAME_OVER_CODE)
        .and(p.isNotNull());
    Column band = lit(0);
    for (int i = 1; i < CALIBRATION_BANDS.length; i++) {
      band = when(p.geq(CALIBRATION_BANDS[i]), i).otherwise(band);
    }
    Map<Integer, Row> rows = new java.util.HashMap<>();
    for (Row r : joined.filter(scored).groupBy(band.as("_band"))
        .agg(count(lit(1)), sum(p), countIf(coalesce(col(LinkColumns.CANDIDATE_USCC).equalTo(col(TRUTH)), lit(false))))
        .collectAsList()) {
      rows.put(r.getInt(0), r);
    }
    List<Band> out = new ArrayList<>();
    for (int i = 0; i < CALIBRATION_BANDS.length; i++) {
      Row r = rows.get(i);
      out.add(r == null ? new Band(CALIBRATION_BANDS[i], 0, Double.NaN, 0)
          : new Band(CALIBRATION_BANDS[i], r.getLong(1), r.getDouble(2) / r.getLong(1), r.getLong(3)));
    }
    return out;
  }

  private static Column countIf(Column condition) {
    return coalesce(sum(when(condition, 1L).otherwise(0L)), lit(0L));
  }
}
