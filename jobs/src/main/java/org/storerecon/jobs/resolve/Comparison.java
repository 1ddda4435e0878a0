package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.normalize.DomainColumns;

/**
 * The comparisons of a shop × entity pair, each with ordered levels (0 = strongest agreement).
 * {@link #level} builds the level column over a pair row (shop columns plain, entity columns
 * {@link LinkColumns#e prefixed}); {@link #MISSING} when either side lacks the data, which then
 * weighs nothing, as in Fellegi–Sunter.
 */
public enum Comparison {
  /**
   * Full licence name vs registered name. {@code same_key}: 字号 + industry + form agree and the
   * shown name names no other city (region dropped, bracketed or the same); {@code other_region}:
   * they agree but the shown name names another city than the entity's domicile (the confuser of
   * the same 字号 in another city).
   */
  NAME("exact", "former", "same_key", "other_region", "similar", "related", "differs"),
  /**
   * 字号, when the name comparison does not already imply it: missing when the name level is
   * {@code other_region} or stronger, so that one agreement is not counted twice.
   */
  CORE("exact", "close", "differs"),
  /** Region of the shop (licence name, else address) vs the entity's domicile. */
  REGION("district", "city", "province", "differs"),
  PHONE("agree", "differs"),
  LEGAL_REP("agree", "differs"),
  ADDRESS("exact", "similar", "differs"),
  /** Entity kind vs store type: 个体工商户 run 个人店, companies run enterprise, flagship, franchise and specialty stores. */
  KIND("agree", "differs"),
  /** Registry status of the entity. */
  STATUS("active", "inactive");

  /** Level of a comparison whose data is missing on either side. */
  public static final int MISSING = -1;
  private static final int NO_REGION = 99;
  /** Name levels up to this one ({@code other_region}) imply that the 字号 agree exactly. */
  private static final int NAME_IMPLIES_CORE = 3;
  private static final String ACTIVE = "active";
  private static final String INDIVIDUAL = "individual";
  private static final List<String> COMPANY_STORES = List.of("flagship", "franchise", "specialty", "enterprise");
  private static final List<String> ORGANISATIONS = List.of("company", "partnership", "cooperative", "branch");
  private static final String PROVINCE_SUFFIX = "0000";
  private static final String CITY_SUFFIX = "00";
  private static final int CITY_PREFIX = 4;
  private static final int PROVINCE_PREFIX = 2;

  private final List<String> levels;

  Comparison(String... levels) {
    this.levels = List.of(levels);
  }

  /** Level labels, strongest first. */
  public List<String> levels() {
    return levels;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Column name of this comparison's level in a compared pair. */
  public String levelColumn() {
    return "level_" + label();
  }

  /** The level of a pair row, an int column ({@link #MISSING} when either side lacks data). */
  public Column level(ResolveConfig config) {
    return switch (this) {
      case NAME -> name(config);
      case CORE -> when(name(config).between(0, NAME_IMPLIES_CORE), MISSING)
          .otherwise(graded(col(DomainColumns.NAME_CORE), col(LinkColumns.e(DomainColumns.NAME_CORE)), config.coreSimilarity()));
      case REGION -> region();
      case PHONE -> missingIf(empty(col(DomainColumns.PHONES)).or(empty(col(LinkColumns.e(DomainColumns.PHONES)))))
          .when(arrays_overlap(col(DomainColumns.PHONES), col(LinkColumns.e(DomainColumns.PHONES))), 0).otherwise(1);
      case LEGAL_REP -> missingIf(col(ResolveInputs.LEGAL_REP).isNull().or(col(LinkColumns.e(ResolveInputs.LEGAL_REP)).isNull()))
          .when(col(ResolveInputs.LEGAL_REP).equalTo(col(LinkColumns.e(ResolveInputs.LEGAL_REP))), 0).otherwise(1);
      case ADDRESS -> address(config);
      case KIND -> kind();
      case STATUS -> missingIf(col(LinkColumns.e(ResolveInputs.STATUS)).isNull())
          .when(col(LinkColumns.e(ResolveInputs.STATUS)).equalTo(lit(ACTIVE)), 0).otherwise(1);
    };
  }

  private static Column name(ResolveConfig config) {
    Column shop = col(DomainColumns.NAME_NORM);
    Column entity = col(LinkColumns.e(DomainColumns.NAME_NORM));
    Column similarity = ResolveFunctions.JARO_WINKLER.apply(shop, entity);
    Column shownCity = col(DomainColumns.NAME_CITY_CODE);
    Column domicileCity = col(LinkColumns.e(ResolveInputs.CITY_CODE));
    Column otherCity = coalesce(shownCity.notEqual(domicileCity), lit(false));
    return missingIf(shop.isNull().or(entity.isNull()))
        .when(shop.equalTo(entity), 0)
        .when(coalesce(array_contains(col(LinkColumns.e(DomainColumns.FORMER_NAMES_NORM)), shop), lit(false)), 1)
        .when(col(ResolveInputs.NAME_KEY).equalTo(col(LinkColumns.e(ResolveInputs.NAME_KEY))).and(otherCity), 3)
        .when(col(ResolveInputs.NAME_KEY).equalTo(col(LinkColumns.e(ResolveInputs.NAME_KEY))), 2)
        .when(similarity.geq(config.nameSimilarityHigh()), 4)
        .when(similarity.geq(config.nameSimilarityLow()), 5)
        .otherwise(6);
  }

  private static Column graded(Column shop, Column entity, double close) {
    return missingIf(shop.isNull().or(entity.isNull()))
        .when(shop.equalTo(entity), 0)
        .when(ResolveFunctions.JARO_WINKLER.apply(shop, entity).geq(close), 1)
        .otherwise(2);
  }

  private static Column address(ResolveConfig config) {
    Column shop = col(ResolveInputs.ADDRESS);
    Column entity = col(LinkColumns.e(ResolveInputs.ADDRESS));
    return missingIf(shop.isNull().or(entity.isNull()))
        .when(shop.equalTo(entity), 0)
        .when(ResolveFunctions.JARO_WINKLER.apply(shop, entity).geq(config.nameSimilarityHigh()), 1)
        .otherwise(2);
  }

  /** Best agreement of the shop's name region and address region with the entity's domicile. */
  private static Column region() {
    Column entity = col(LinkColumns.e(ResolveInputs.DIVISION_CODE));
    Column best = least(regionLevel(col(DomainColumns.NAME_DIVISION_CODE), entity),
        regionLevel(col(DomainColumns.ADDRESS_DIVISION_CODE), entity));
    return when(best.equalTo(NO_REGION), MISSING).otherwise(best);
  }

  private static Column regionLevel(Column shop, Column entity) {
    Column prefix4 = substring(shop, 1, CITY_PREFIX).equalTo(substring(entity, 1, CITY_PREFIX));
    Column prefix2 = substring(shop, 1, PROVINCE_PREFIX).equalTo(substring(entity, 1, PROVINCE_PREFIX));
    return when(shop.isNull().or(entity.isNull()), NO_REGION)
        .when(shop.equalTo(entity).and(not(shop.endsWith(CITY_SUFFIX))), 0)
        .when(prefix4.and(not(shop.endsWith(PROVINCE_SUFFIX))), 1)
        .when(prefix2, 2)
        .otherwise(3);
  }

  private static Column kind() {
    Column store = col(ResolveInputs.SHOP_TYPE);
    Column type = col(LinkColumns.e(ResolveInputs.ENTITY_TYPE));
    Column individualStore = store.equalTo(lit(INDIVIDUAL));
    Column companyStore = store.isin(COMPANY_STORES.toArray());
    Column individualEntity = type.equalTo(lit(INDIVIDUAL));
    Column organisation = type.isin(ORGANISATIONS.toArray());
    return missingIf(store.isNull().or(type.isNull()).or(not(individualEntity.or(organisation))))
        .when(individualStore.and(individualEntity).or(companyStore.and(organisation)), 0)
        .otherwise(1);
  }

  private static Column missingIf(Column condition) {
    return when(condition, MISSING);
  }

  private static Column empty(Column array) {
    return array.isNull().or(size(array).equalTo(0));
  }
}
