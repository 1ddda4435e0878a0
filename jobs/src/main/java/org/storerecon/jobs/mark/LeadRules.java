package org.storerecon.jobs.mark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.jobs.config.MarkConfig;

/**
 * The lead rule and the risk score of every mark (pure, narrow).
 *
 * <p><b>Rule.</b> A mark is a lead when the relation is one of {@code lead-relations} (unrelated,
 * unknown), the brand is in scope, and the shop claims a relation ({@code claim} in
 * {@code lead-claims}) or the brand's tier is strong ({@code strong-tiers}: well_known,
 * time_honored), unless the brand is the shop's own registered 字号 ({@code own_trade_name}: a
 * conflict between an enterprise name and a mark, settled by the name registration authority, not a
 * platform lead; {@code own-trade-name-leads = true} makes it one), and unless the operator is
 * unknown and the platform's store type is one it grants only on proof of the mark
 * ({@code verified-store-types}: flagship, franchise): then the platform's check is the best evidence
 * of authorisation there is. Owners and licensees are never
 * leads; out-of-scope uses of marks that are not protected across classes never are.
 *
 * <p><b>Score.</b> {@code risk_score} = tier weight + claim weight + relation weight + in-scope
 * weight, capped at 1; 0 for owners and licensees. It orders leads for case officers; the rule,
 * not the score, decides {@code lead}.
 *
 * <p>{@code reasons} explains the mark: {@code relation_<relation>}, {@code in_class} /
 * {@code cross_class} / {@code out_of_scope}, {@code claim_words} / {@code descriptive_words},
 * {@code tier_<tier>}, {@code obfuscated}, {@code own_trade_name}, {@code verified_store_type}, {@code category_from_name},
 * {@code category_unknown}, {@code review_candidate} (relation
 * taken from the review candidate), {@code licence_name_only}.
 */
public final class LeadRules {

  /** Columns of {@code brand_mark}, in order. */
  public static final List<String> MARK_COLUMNS = List.of(MarkColumns.PLATFORM, MarkColumns.SHOP_ID, MarkColumns.BRAND_ID,
      MarkColumns.MATCHED_TEXT, MarkColumns.RELATION, MarkColumns.IN_SCOPE, MarkColumns.CLAIM, MarkColumns.RISK_SCORE,
      MarkColumns.LEAD, MarkColumns.RUN_DATE, MarkColumns.BRAND_NAME, MarkColumns.TIER, MarkColumns.USCC, MarkColumns.SHOP_NAME,
      MarkColumns.SHOP_TYPE, MarkColumns.MAIN_CATEGORY, MarkColumns.MATCHED_IN, MarkColumns.OBFUSCATED, MarkColumns.OWN_TRADE_NAME, MarkColumns.CLAIM_WORDS,
      MarkColumns.REASONS);

  /** Decimal places of risk_score (weights are given to two). */
  private static final int SCORE_DIGITS = 4;

  private final MarkConfig config;

  public LeadRules(MarkConfig config) {
    this.config = config;
  }

  /** Adds {@code risk_score}, {@code lead}, {@code reasons} and {@code run_date} to the output of {@link MarkRelations}. */
  public Dataset<Row> apply(Dataset<Row> marks, LocalDate runDate) {
    Column relation = col(MarkColumns.RELATION);
    Column tier = col(MarkColumns.TIER);
    Column claim = col(MarkColumns.CLAIM);
    Column inScope = col(MarkColumns.IN_SCOPE);
    Column related = relation.isin(MarkConfig.OWNER, MarkConfig.LICENSEE);
    Column score = least(lit(1.0), weight(config.tierWeights(), tier).plus(weight(config.claimWeights(), claim))
        .plus(weight(config.relationWeights(), relation)).plus(when(inScope, lit(config.inScopeWeight())).otherwise(lit(0.0))));
    Column ownName = col(MarkColumns.OWN_TRADE_NAME);
    Column verifiedStore = relation.equalTo(MarkConfig.UNKNOWN)
        .and(coalesce(col(MarkColumns.SHOP_TYPE).isin(config.verifiedStoreTypes().toArray()), lit(false)));
    Column lead = relation.isin(config.leadRelations().toArray()).and(inScope)
        .and(config.ownTradeNameLeads() ? lit(true) : not(ownName))
        .and(not(verifiedStore))
        .and(claim.isin(config.leadClaims().toArray()).or(tier.isin(config.strongTiers().toArray())));
    Column inClass = coalesce(arrays_overlap(col(MarkColumns.CATEGORY_CLASSES), col(MarkColumns.NICE_CLASSES)), lit(false));
    Column reasons = array_compact(array(
        concat(lit("relation_"), relation),
        when(inClass, lit("in_class")).when(inScope, lit("cross_class")).otherwise(lit("out_of_scope")),
        when(claim.equalTo(MarkConfig.CLAIM), lit("claim_words")).when(claim.equalTo(MarkConfig.DESCRIPTIVE), lit("descriptive_words")),
        concat(lit("tier_"), tier),
        when(col(MarkColumns.OBFUSCATED), lit("obfuscated")),
        when(ownName, lit("own_trade_name")),
        when(verifiedStore, lit("verified_store_type")),
        when(col(MarkColumns.CATEGORY_SOURCE).equalTo(MarkRelations.NAMED_CATEGORY), lit("category_from_name")),
        when(col(MarkColumns.CATEGORY_SOURCE).equalTo(MarkRelations.UNKNOWN_CATEGORY), lit("category_unknown")),
        when(col(MarkColumns.BY_CANDIDATE), lit("review_candidate")),
        when(not(array_contains(col(MarkColumns.MATCHED_IN), MarkColumns.IN_SHOP_NAME)), lit("licence_name_only"))));
    return marks
        .withColumn(MarkColumns.RISK_SCORE, when(related, lit(0.0)).otherwise(round(score, SCORE_DIGITS)))
        .withColumn(MarkColumns.LEAD, coalesce(lead, lit(false)))
        .withColumn(MarkColumns.REASONS, reasons)
        .withColumn(MarkColumns.RUN_DATE, lit(Date.valueOf(runDate)));
  }

  /** The {@code brand_mark} columns of a frame from {@link #apply}. */
  public static Dataset<Row> markColumns(Dataset<Row> marks) {
    return marks.select(MARK_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  private static Column weight(Map<String, Double> weights, Column key) {
    if (weights.isEmpty()) {
      return lit(0.0);
    }
    List<Column> entries = new ArrayList<>();
    weights.forEach((k, v) -> {
      entries.add(lit(k));
      entries.add(lit(v));
    });
    return coalesce(try_element_at(map(entries.toArray(Column[]::new)), key), lit(0.0));
  }
}
