package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.storerecon.common.code.CodeStatus;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.normalize.DomainColumns;

/**
 * The decision per shop, from the code hits ({@link CodeLinks}) and the scored candidates
 * ({@link Scoring}):
 *
 * <ul>
 *   <li>a code hit whose shown name agrees (or that shows no name) is {@code linked} (probability 1);
 *   <li>a direct code hit whose shown name disagrees is licence misuse when the name evidence
 *       links the shop to another entity ({@code name_over_code}, linked to that entity); otherwise
 *       {@code review} ({@code code_conflict}), since the code and the name cannot both be right;
 *   <li>otherwise the best candidate: {@code linked} at or above {@code auto-threshold} with a lead
 *       of at least {@code min-gap-bits} over the second, unless the shop shows a valid code the
 *       registry does not hold (then {@code review}); {@code review} at or above
 *       {@code review-threshold} (or when too close); else {@code unlinked}.
 * </ul>
 *
 * <p>Output: one row per shop with the contract columns (no run_date, no signals yet), the
 * candidates, {@link #LICENCE_MISUSE}, the linked entity's status and the shop columns {@link Signals} reads. Shuffles: a window
 * over the scored pairs partitioned by shop (best and second best), then two joins on the shop key.
 */
public final class LinkDecisions {

  /** Column: whether the shown code and the shown name point at different entities. */
  public static final String LICENCE_MISUSE = "licence_misuse";

  private static final String BEST = "_best";
  private static final String BEST_P = "_best_p";
  private static final String BEST_W = "_best_w";
  private static final String BEST_EVIDENCE = "_best_evidence";
  private static final String BEST_STATUS = "_best_status";
  private static final String SECOND = "_second";
  private static final String SECOND_P = "_second_p";
  private static final String SECOND_W = "_second_w";
  private static final String RANK = "_rank";
  private static final String FS_DECISION = "_fs_decision";
  private static final double CERTAIN = 1.0;

  private final ResolveConfig config;

  public LinkDecisions(ResolveConfig config) {
    this.config = config;
  }

  /**
   * @param shops {@link ResolveInputs#shops} rows, every shop
   * @param codeHits {@link CodeLinks} output
   * @param scored {@link Scoring} output
   */
  public Dataset<Row> apply(Dataset<Row> shops, Dataset<Row> codeHits, Dataset<Row> scored) {
    Dataset<Row> best = bestCandidates(scored);
    String[] key = {LinkColumns.PLATFORM, LinkColumns.SHOP_ID};
    Dataset<Row> all = shops.join(codeHits, key, "left").join(best, key, "left")
        .withColumn(FS_DECISION, fsDecision());

    Column codeHit = col(CodeLinks.CODE_ENTITY).isNotNull();
    Column nameAgrees = coalesce(col(CodeLinks.NAME_AGREES), lit(true));
    Column fsLinked = col(FS_DECISION).equalTo(lit(LinkColumns.LINKED));
    Column fsOther = col(BEST).isNotNull().and(col(BEST).notEqual(col(CodeLinks.CODE_ENTITY)));
    Column conflict = codeHit.and(nameAgrees.equalTo(false));
    Column codeLinked = codeHit.and(nameAgrees.or(fsLinked.and(col(BEST).equalTo(col(CodeLinks.CODE_ENTITY)))));
    Column nameOverCode = conflict.and(fsLinked).and(fsOther);

    Column decision = when(codeLinked, LinkColumns.LINKED)
        .when(nameOverCode, LinkColumns.LINKED)
        .when(conflict, LinkColumns.REVIEW)
        .otherwise(col(FS_DECISION));
    Column method = when(codeLinked, col(CodeLinks.CODE_METHOD))
        .when(nameOverCode, LinkColumns.METHOD_NAME_OVER_CODE)
        .when(conflict, LinkColumns.METHOD_CODE_CONFLICT)
        .when(col(BEST).isNotNull(), LinkColumns.METHOD_PROBABILISTIC)
        .otherwise(LinkColumns.METHOD_NONE);
    Column candidate = when(codeLinked.or(conflict.and(nameOverCode.equalTo(false))), col(CodeLinks.CODE_ENTITY)).otherwise(col(BEST));
    Column probability = when(codeLinked, lit(CERTAIN)).otherwise(col(BEST_P));
    Column codeEvidence = concat(lit("code="), col(CodeLinks.CODE_METHOD), lit(" name="),
        when(col(CodeLinks.NAME_AGREES).isNull(), "not_shown").when(col(CodeLinks.NAME_AGREES), "agrees").otherwise("disagrees"));
    Column evidence = when(codeLinked, codeEvidence)
        .when(conflict, concat(codeEvidence, lit("; best by name: "), coalesce(col(BEST_EVIDENCE), lit("none"))))
        .otherwise(col(BEST_EVIDENCE));
    Column misuse = conflict.and(fsOther).and(col(FS_DECISION).isin(LinkColumns.LINKED, LinkColumns.REVIEW));

    return all
        .withColumn(LinkColumns.DECISION, decision)
        .withColumn(LinkColumns.METHOD, method)
        .withColumn(LinkColumns.CANDIDATE_USCC, candidate)
        .withColumn(LinkColumns.USCC, when(col(LinkColumns.DECISION).equalTo(LinkColumns.LINKED), col(LinkColumns.CANDIDATE_USCC)))
        .withColumn(LinkColumns.MATCH_PROBABILITY, probability)
        .withColumn(LinkColumns.EVIDENCE, evidence)
        .withColumn(LICENCE_MISUSE, coalesce(misuse, lit(false)))
        .select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LinkColumns.USCC), col(LinkColumns.DECISION),
            col(LinkColumns.METHOD), col(LinkColumns.MATCH_PROBABILITY), col(LinkColumns.EVIDENCE), col(LinkColumns.CANDIDATE_USCC),
            when(codeLinked, lit(null).cast("string")).otherwise(col(SECOND)).as(LinkColumns.CANDIDATE_USCC_2),
            when(codeLinked, lit(null).cast("double")).otherwise(col(SECOND_P)).as(LinkColumns.MATCH_PROBABILITY_2),
            when(codeLinked, lit(null).cast("double")).otherwise(col(BEST_W)).as(LinkColumns.MATCH_WEIGHT),
            col(LICENCE_MISUSE), col(ResolveInputs.STATUS), col(ResolveInputs.LICENSE_NAME), col(ResolveInputs.LICENSE_CODE),
            when(col(LinkColumns.USCC).equalTo(col(CodeLinks.CODE_ENTITY)), col(CodeLinks.CODE_ENTITY_STATUS))
                .when(col(LinkColumns.USCC).equalTo(col(BEST)), col(BEST_STATUS)).as(Signals.ENTITY_STATUS),
            col(org.storerecon.jobs.normalize.DomainColumns.CODE_STATUS), codeHit.as(Signals.CODE_FOUND));
  }

  /** Best and second-best scored candidate per shop. */
  static Dataset<Row> bestCandidates(Dataset<Row> scored) {
    WindowSpec byShop = Window.partitionBy(LinkColumns.PLATFORM, LinkColumns.SHOP_ID)
        .orderBy(col(LinkColumns.MATCH_WEIGHT).desc(), col(LinkColumns.ENTITY_KEY));
    return scored
        .select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LinkColumns.ENTITY_KEY), col(LinkColumns.MATCH_WEIGHT),
            col(LinkColumns.MATCH_PROBABILITY), col(LinkColumns.EVIDENCE), col(LinkColumns.e(ResolveInputs.STATUS)))
        .withColumn(RANK, row_number().over(byShop))
        .withColumn(SECOND, lead(col(LinkColumns.ENTITY_KEY), 1).over(byShop))
        .withColumn(SECOND_P, lead(col(LinkColumns.MATCH_PROBABILITY), 1).over(byShop))
        .withColumn(SECOND_W, lead(col(LinkColumns.MATCH_WEIGHT), 1).over(byShop))
        .filter(col(RANK).equalTo(1))
        .select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LinkColumns.ENTITY_KEY).as(BEST),
            col(LinkColumns.MATCH_PROBABILITY).as(BEST_P), col(LinkColumns.MATCH_WEIGHT).as(BEST_W),
            col(LinkColumns.EVIDENCE).as(BEST_EVIDENCE), col(LinkColumns.e(ResolveInputs.STATUS)).as(BEST_STATUS), col(SECOND),
            col(SECOND_P), col(SECOND_W));
  }

  private Column fsDecision() {
    Column clear = col(SECOND_W).isNull().or(col(BEST_W).minus(col(SECOND_W)).geq(config.minGapBits()));
    // A valid code the registry does not hold names another identity than any registered entity:
    // a name match against it is for a person to weigh, never an automatic link.
    Column unregisteredCode = col(DomainColumns.CODE_STATUS).equalTo(lit(CodeStatus.VALID.label()))
        .and(col(CodeLinks.CODE_ENTITY).isNull());
    return when(col(BEST).isNull(), LinkColumns.UNLINKED)
        .when(col(BEST_P).geq(config.autoThreshold()).and(clear).and(not(unregisteredCode)), LinkColumns.LINKED)
        .when(col(BEST_P).geq(config.reviewThreshold()), LinkColumns.REVIEW)
        .otherwise(LinkColumns.UNLINKED);
  }

}
