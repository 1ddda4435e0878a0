package org.storerecon.jobs.mark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.storerecon.jobs.config.MarkConfig;

/**
 * Tonight's enforcement leads (pure): brand leads ({@code brand_mark.lead}, reason
 * {@code protected_brand}) and signal leads (the resolution signals of {@code signal-leads}:
 * licence misuse, an open shop behind a deregistered or revoked entity; brand_id null), of open
 * shops only, with a stable id and the jurisdiction that should act.
 *
 * <ul>
 *   <li>{@code lead_id} = SHA-256 of {@code platform|shop_id|brand_id|reason} (brand_id empty for
 *       signal leads): the same shop, brand and reason give the same id every night.
 *   <li>{@code jurisdiction_code}: the county-level division (6-digit GB/T 2260, not ending in 00)
 *       of the linked entity (its {@code division_code}, else the division of its address, else
 *       of its name), else of the shop's address; when none is county-level, the most specific one
 *       known, in the same order. {@code jurisdiction_source} says whose it is.
 *   <li>{@code out_of_province}: the entity's province differs from the province of the shop's
 *       address (both known): the lead is pushed to the entity's province.
 * </ul>
 *
 * <p>One shuffle: the left join of the leads (a few per cent of shops) with the registry's
 * location columns by entity key (sort-merge; the registry side is projected to five columns and
 * first cut, by a broadcast semi-join, to the operators of the marked shops).
 */
public final class LeadCandidates {

  /** Columns of tonight's leads, as {@code enforcement_lead} holds them (without the lifecycle columns). */
  public static final List<String> LEAD_COLUMNS = List.of(MarkColumns.LEAD_ID, MarkColumns.PLATFORM, MarkColumns.SHOP_ID,
      MarkColumns.USCC, MarkColumns.BRAND_ID, MarkColumns.REASON, MarkColumns.REASONS, MarkColumns.RISK_SCORE,
      MarkColumns.JURISDICTION_CODE, MarkColumns.JURISDICTION_SOURCE, MarkColumns.SHOP_NAME, MarkColumns.BRAND_NAME,
      MarkColumns.ENTITY_STATUS, MarkColumns.ENTITY_PROVINCE_CODE, MarkColumns.SHOP_PROVINCE_CODE, MarkColumns.OUT_OF_PROVINCE);

  /** Registry columns read. */
  static final String E_USCC = "uscc";
  static final String E_REG_NO = "reg_no";
  static final String E_DIVISION = "division_code";
  static final String E_ADDRESS_DIVISION = "address_division_code";
  static final String E_NAME_DIVISION = "name_division_code";
  static final String E_STATUS = "status";
  private static final String COUNTY_LEVEL = "^[0-9]{4}(?!00)[0-9]{2}$";
  private static final String ANY_LEVEL = "^[0-9]{6}$";
  private static final String OPEN = "open";

  private final MarkConfig config;

  public LeadCandidates(MarkConfig config) {
    this.config = config;
  }

  /**
   * Tonight's leads.
   *
   * @param marks output of {@link LeadRules#apply} (with the shop's working columns)
   * @param shops the marked shops' frame with {@link MarkColumns#SIGNALS} (signal leads come from it)
   * @param entities the registry
   */
  public Dataset<Row> tonight(Dataset<Row> marks, Dataset<Row> shops, Dataset<Row> entities) {
    Dataset<Row> brandLeads = marks.filter(col(MarkColumns.LEAD).and(open()))
        .select(col(MarkColumns.PLATFORM), col(MarkColumns.SHOP_ID), col(MarkColumns.USCC), col(MarkColumns.BRAND_ID),
            lit(MarkColumns.PROTECTED_BRAND).as(MarkColumns.REASON),
            concat(array(lit(MarkColumns.PROTECTED_BRAND)), col(MarkColumns.REASONS)).as(MarkColumns.REASONS),
            col(MarkColumns.RISK_SCORE), col(MarkColumns.SHOP_NAME), col(MarkColumns.BRAND_NAME), col(MarkColumns.SHOP_DIVISION));
    Dataset<Row> signalLeads = signalLeads(shops);
    Dataset<Row> leads = brandLeads.unionByName(signalLeads);

    // The registry is first cut to the operators of the marked shops (their distinct USCCs, a few per
    // cent of shops: broadcast, from the persisted frame), so the join shuffles those, not every entity.
    Dataset<Row> operators = shops.select(col(MarkColumns.USCC).as(MarkColumns.ENTITY_KEY)).filter(col(MarkColumns.ENTITY_KEY).isNotNull())
        .distinct();
    // Shuffle: leads ⋈ registry location columns by entity key (left: unknown operators keep the shop's address).
    Dataset<Row> registry = entities.select(coalesce(col(E_USCC), col(E_REG_NO)).as(MarkColumns.ENTITY_KEY),
        col(E_DIVISION).as(MarkColumns.ENTITY_DIVISION), col(E_ADDRESS_DIVISION).as(MarkColumns.ENTITY_ADDRESS_DIVISION),
        col(E_NAME_DIVISION).as(MarkColumns.ENTITY_NAME_DIVISION), col(E_STATUS).as(MarkColumns.ENTITY_STATUS))
        .join(broadcast(operators), MarkColumns.ENTITY_KEY, "left_semi");
    Dataset<Row> located = leads.join(registry, leads.col(MarkColumns.USCC).equalTo(registry.col(MarkColumns.ENTITY_KEY)), "left");

    Column[] entitySide = {col(MarkColumns.ENTITY_DIVISION), col(MarkColumns.ENTITY_ADDRESS_DIVISION), col(MarkColumns.ENTITY_NAME_DIVISION)};
    Column entityCounty = firstMatching(COUNTY_LEVEL, entitySide);
    Column shopCounty = firstMatching(COUNTY_LEVEL, col(MarkColumns.SHOP_DIVISION));
    Column entityAny = firstMatching(ANY_LEVEL, entitySide);
    Column shopAny = firstMatching(ANY_LEVEL, col(MarkColumns.SHOP_DIVISION));
    Column jurisdiction = coalesce(entityCounty, shopCounty, entityAny, shopAny);
    Column source = when(entityCounty.isNotNull(), lit(MarkColumns.SOURCE_ENTITY))
        .when(shopCounty.isNotNull(), lit(MarkColumns.SOURCE_SHOP_ADDRESS))
        .when(entityAny.isNotNull(), lit(MarkColumns.SOURCE_ENTITY))
        .when(shopAny.isNotNull(), lit(MarkColumns.SOURCE_SHOP_ADDRESS));
    Column entityProvince = province(entityAny);
    Column shopProvince = province(shopAny);
    Column leadId = sha2(concat_ws("|", col(MarkColumns.PLATFORM), col(MarkColumns.SHOP_ID), coalesce(col(MarkColumns.BRAND_ID), lit("")),
        col(MarkColumns.REASON)), 256);
    return located
        .withColumn(MarkColumns.LEAD_ID, leadId)
        .withColumn(MarkColumns.JURISDICTION_CODE, jurisdiction)
        .withColumn(MarkColumns.JURISDICTION_SOURCE, source)
        .withColumn(MarkColumns.ENTITY_PROVINCE_CODE, entityProvince)
        .withColumn(MarkColumns.SHOP_PROVINCE_CODE, shopProvince)
        .withColumn(MarkColumns.OUT_OF_PROVINCE, coalesce(entityProvince.notEqual(shopProvince), lit(false)))
        .select(LEAD_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  private Dataset<Row> signalLeads(Dataset<Row> shops) {
    List<Column> entries = new ArrayList<>();
    config.signalLeads().forEach((signal, score) -> {
      entries.add(lit(signal));
      entries.add(lit(score));
    });
    Column scores = entries.isEmpty() ? map().cast("map<string,double>") : map(entries.toArray(Column[]::new));
    Column leadSignals = filter(coalesce(col(MarkColumns.SIGNALS), array().cast("array<string>")),
        s -> try_element_at(scores, s).isNotNull());
    return shops.filter(open()).withColumn(MarkColumns.REASON, explode(leadSignals))
        .select(col(MarkColumns.PLATFORM), col(MarkColumns.SHOP_ID), col(MarkColumns.USCC),
            lit(null).cast(DataTypes.StringType).as(MarkColumns.BRAND_ID), col(MarkColumns.REASON),
            array(col(MarkColumns.REASON)).as(MarkColumns.REASONS), try_element_at(scores, col(MarkColumns.REASON)).as(MarkColumns.RISK_SCORE),
            col(MarkColumns.SHOP_NAME), lit(null).cast(DataTypes.StringType).as(MarkColumns.BRAND_NAME), col(MarkColumns.SHOP_DIVISION));
  }

  /** Whether the shop is open (status empty reads as open, as the contract says). */
  private static Column open() {
    return coalesce(col(MarkColumns.SHOP_STATUS), lit(OPEN)).equalTo(OPEN);
  }

  private static Column firstMatching(String shape, Column... codes) {
    Column[] kept = new Column[codes.length];
    for (int i = 0; i < codes.length; i++) {
      kept[i] = when(codes[i].rlike(shape), codes[i]);
    }
    return coalesce(kept);
  }

  private static Column province(Column code) {
    return when(code.isNotNull(), concat(substring(code, 1, 2), lit("0000")));
  }
}
