package org.storerecon.jobs.mark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.storerecon.jobs.config.MarkConfig;

/**
 * How each mention relates to its brand (pure): the brand's tier and classes (a broadcast join of
 * the small brand list: no shuffle), whether the shop's category is in scope, the shop's claim,
 * the extra evidence short or generic mentions need, and the operator's relation to the brand.
 *
 * <ul>
 *   <li>{@code in_scope}: the classes of the shop's main category ({@code storerecon.mark.categories};
 *       when the shop has none, a listed category its name contains) meet the brand's Nice classes,
 *       or the brand's tier is protected across classes ({@code cross-class-tiers}, well_known), or
 *       the category is unknown and {@code unknown-category-in-scope} holds (scope cannot be ruled out).
 *   <li>{@code claim}: {@code claim} when the shop name has claim words (官方, 旗舰, 授权, 专卖, …),
 *       else {@code descriptive} for resale words (专营, 代购, …), else {@code none}.
 *   <li>{@code relation}: {@code owner} when the resolved entity holds the brand
 *       ({@code owner_code}), {@code licensee} when it is in {@code licensee_codes}, {@code unrelated}
 *       for any other linked entity, {@code unknown} when the shop is not linked; a shop in review
 *       whose best candidate is the owner or a licensee takes that relation.
 * </ul>
 */
public final class MarkRelations {

  /** Brand list columns read. */
  static final String BRAND_NAME = "brand_name";
  static final String TIER = "tier";
  static final String NICE_CLASSES = "nice_classes";
  static final String OWNER_CODE = "owner_code";
  static final String LICENSEE_CODES = "licensee_codes";

  /** Where the category that decides scope comes from. */
  static final String SHOP_CATEGORY = "main_category";
  static final String NAMED_CATEGORY = "shop_name";
  static final String UNKNOWN_CATEGORY = "unknown";

  private final MarkConfig config;

  public MarkRelations(MarkConfig config) {
    this.config = config;
  }

  /** The brand list as the join needs it: classes as integers, codes in upper case. */
  static Dataset<Row> brandSide(Dataset<Row> brands) {
    return brands.select(col(MarkColumns.BRAND_ID), col(BRAND_NAME).as(MarkColumns.BRAND_NAME), col(TIER).as(MarkColumns.TIER),
        transform(coalesce(col(NICE_CLASSES), array().cast("array<string>")), x -> x.cast(DataTypes.IntegerType)).as(MarkColumns.NICE_CLASSES),
        upper(col(OWNER_CODE)).as(MarkColumns.OWNER_CODE),
        transform(coalesce(col(LICENSEE_CODES), array().cast("array<string>")), x -> upper(x)).as(MarkColumns.LICENSEE_CODES));
  }

  /**
   * Mentions (from {@link BrandMentions#explodeMentions}) with the brand, scope, claim and relation;
   * weak mentions without the configured evidence are dropped.
   */
  public Dataset<Row> apply(Dataset<Row> mentions, Dataset<Row> brands) {
    // Broadcast join: the protected-brand list is small (hundreds to a few thousand rows).
    Dataset<Row> joined = mentions.join(broadcast(brandSide(brands)), MarkColumns.BRAND_ID);
    // The shop's category, else a listed category named in the shop name (女装, 厨具, …), else unknown.
    Column named = lit(null).cast(DataTypes.StringType);
    List<String> byLength = new ArrayList<>(config.categoryClasses().keySet());
    byLength.sort((a, b) -> b.length() - a.length());
    for (String category : byLength) {
      named = when(col(MarkColumns.SHOP_NAME_NORM).contains(category), lit(category)).otherwise(named);
    }
    Column category = coalesce(col(MarkColumns.MAIN_CATEGORY), named);
    Column categoryClasses = coalesce(try_element_at(categoryMap(), category), array().cast("array<int>"));
    Column categoryUnknown = category.isNull();
    Column categoryInClasses = coalesce(arrays_overlap(categoryClasses, col(MarkColumns.NICE_CLASSES)), lit(false));
    Column crossClass = col(MarkColumns.TIER).isin(config.crossClassTiers().toArray());
    Column claimWords = coalesce(size(col(MarkColumns.CLAIM_WORDS)), lit(0)).gt(0);
    Column descriptiveWords = coalesce(size(col(MarkColumns.DESCRIPTIVE_WORDS)), lit(0)).gt(0);
    Column claim = when(claimWords, lit(MarkConfig.CLAIM)).when(descriptiveWords, lit(MarkConfig.DESCRIPTIVE)).otherwise(lit(MarkConfig.NONE));

    Column evidence = lit(false);
    for (String kind : config.weakEvidence()) {
      evidence = evidence.or(switch (kind) {
        case MarkConfig.CLAIM -> claimWords;
        case MarkConfig.DESCRIPTIVE -> descriptiveWords;
        default -> categoryInClasses;
      });
    }
    // The linked entity decides; a shop in review whose best candidate holds the brand counts as that
    // holder (it is not accused on an unsure link), any other shop not linked is unknown.
    Column uscc = upper(col(MarkColumns.USCC));
    Column candidate = upper(col(MarkColumns.CANDIDATE));
    Column holder = coalesce(uscc, candidate);
    Column relation = when(holder.equalTo(col(MarkColumns.OWNER_CODE)), lit(MarkConfig.OWNER))
        .when(array_contains(col(MarkColumns.LICENSEE_CODES), holder), lit(MarkConfig.LICENSEE))
        .when(uscc.isNull(), lit(MarkConfig.UNKNOWN))
        .otherwise(lit(MarkConfig.UNRELATED));
    return joined.filter(not(col(MarkColumns.WEAK).and(not(evidence))))
        .withColumn(MarkColumns.CATEGORY_CLASSES, categoryClasses)
        .withColumn(MarkColumns.CATEGORY_SOURCE, when(col(MarkColumns.MAIN_CATEGORY).isNotNull(), lit(SHOP_CATEGORY))
            .when(categoryUnknown, lit(UNKNOWN_CATEGORY)).otherwise(lit(NAMED_CATEGORY)))
        .withColumn(MarkColumns.IN_SCOPE, categoryInClasses.or(coalesce(crossClass, lit(false)))
            .or(categoryUnknown.and(lit(config.unknownCategoryInScope()))))
        .withColumn(MarkColumns.CLAIM, claim)
        .withColumn(MarkColumns.RELATION, coalesce(relation, lit(MarkConfig.UNKNOWN)))
        .withColumn(MarkColumns.BY_CANDIDATE, uscc.isNull().and(col(MarkColumns.RELATION).isin(MarkConfig.OWNER, MarkConfig.LICENSEE)));
  }

  private Column categoryMap() {
    List<Column> entries = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : config.categoryClasses().entrySet()) {
      entries.add(lit(e.getKey()));
      entries.add(array(e.getValue().stream().map(k -> lit(k)).toArray(Column[]::new)));
    }
    return entries.isEmpty() ? map().cast("map<string,array<int>>") : map(entries.toArray(Column[]::new));
  }
}
