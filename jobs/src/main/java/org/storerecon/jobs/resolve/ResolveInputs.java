package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.jobs.normalize.DomainColumns;

/**
 * Projects the canonical {@code shops} and {@code entities} tables onto the columns resolution
 * reads, and derives the two keys both sides share: {@link #NAME_KEY} (字号 + industry + form,
 * the region-free name) and {@link #CITY_CODE}. Narrow: no shuffle.
 */
public final class ResolveInputs {

  /** 字号 + industry + canonical form + branch part; null without a 字号. */
  public static final String NAME_KEY = "name_key";
  /** City-level division: shops from the licence name's region, else the address; entities from the domicile. */
  public static final String CITY_CODE = "city_code";

  static final String LICENSE_NAME = "license_name";
  static final String LICENSE_CODE = "license_code";
  static final String LEGAL_REP = "legal_rep";
  static final String ADDRESS = "address";
  static final String SHOP_TYPE = "shop_type";
  static final String STATUS = "status";
  static final String USCC = "uscc";
  static final String REG_NO = "reg_no";
  static final String DIVISION_CODE = "division_code";
  static final String ENTITY_TYPE = "entity_type";

  private static final String PROVINCE_SUFFIX = "0000";
  private static final String CITY_SUFFIX = "00";
  private static final int CITY_PREFIX = 4;

  private ResolveInputs() {}

  /**
   * Shops with the columns resolution reads. A licence name of a branch (…有限公司烟台分公司) is
   * located by its branch part: its region prefix names the parent's seat, while the branch is
   * registered where it operates, so the name's division is the one the branch part names, when
   * it names one.
   */
  public static Dataset<Row> shops(Dataset<Row> shops) {
    return shops.select(shopColumns().toArray(Column[]::new));
  }

  /** The columns of {@link #shops}, over a canonical shop row. */
  static List<Column> shopColumns() {
    Column nameDivision = coalesce(col(DomainColumns.BRANCH_DIVISION_CODE), col(DomainColumns.NAME_DIVISION_CODE));
    List<Column> columns = new ArrayList<>(List.of(
        col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LICENSE_NAME), col(LICENSE_CODE), col(LEGAL_REP),
        col(ADDRESS), col(SHOP_TYPE), col(STATUS), col(DomainColumns.CODE_NORM), col(DomainColumns.CODE_STATUS),
        col(DomainColumns.NAME_NORM), col(DomainColumns.NAME_CORE), nameDivision.as(DomainColumns.NAME_DIVISION_CODE),
        col(DomainColumns.ADDRESS_DIVISION_CODE), col(DomainColumns.PHONES), shopNameCity().as(DomainColumns.NAME_CITY_CODE)));
    columns.addAll(shopDerived());
    return columns;
  }

  /**
   * The columns of {@link #shops} that a canonical shop row lacks ({@link #NAME_KEY},
   * {@link #CITY_CODE}); every other column {@link BlockingRule} and {@link LookupKeys} read is a
   * canonical column under the same name and content.
   */
  static List<Column> shopDerived() {
    return List.of(nameKey().as(NAME_KEY), coalesce(shopNameCity(), city(col(DomainColumns.ADDRESS_DIVISION_CODE))).as(CITY_CODE));
  }

  /** The city of a shop's licence name: of its branch part when that names a division. */
  private static Column shopNameCity() {
    Column branchDivision = col(DomainColumns.BRANCH_DIVISION_CODE);
    return when(branchDivision.isNotNull(), city(branchDivision)).otherwise(col(DomainColumns.NAME_CITY_CODE));
  }

  /** Entities with the columns resolution reads, keyed by {@link LinkColumns#ENTITY_KEY} (USCC, else reg_no). */
  public static Dataset<Row> entities(Dataset<Row> entities) {
    return entities.select(entityColumns().toArray(Column[]::new));
  }

  /** The columns of {@link #entities}, over a canonical entity row. */
  static List<Column> entityColumns() {
    List<Column> columns = new ArrayList<>(List.of(
        entityKey(), col(REG_NO), col(DomainColumns.CODE_NORM),
        col(DomainColumns.NAME_NORM), col(DomainColumns.NAME_CORE), col(DomainColumns.FORMER_NAMES_NORM),
        col(DIVISION_CODE), col(DomainColumns.PHONES), col(LEGAL_REP), col(ADDRESS), col(ENTITY_TYPE), col(STATUS)));
    columns.addAll(entityDerived());
    return columns;
  }

  /**
   * The columns of {@link #entities} that {@link BlockingRule} reads and a canonical entity row lacks
   * ({@link #NAME_KEY}, {@link #CITY_CODE}).
   */
  static List<Column> entityDerived() {
    return List.of(nameKey().as(NAME_KEY), city(col(DIVISION_CODE)).as(CITY_CODE));
  }

  /** {@link LinkColumns#ENTITY_KEY} of a canonical entity row: its USCC, else its reg_no. */
  static Column entityKey() {
    return coalesce(col(USCC), col(REG_NO)).as(LinkColumns.ENTITY_KEY);
  }

  /** Prefixes every entity column with {@link LinkColumns#ENTITY_PREFIX} but the key, for joins with shops. */
  public static Dataset<Row> prefixed(Dataset<Row> entities) {
    Dataset<Row> out = entities;
    for (String c : entities.columns()) {
      if (!c.equals(LinkColumns.ENTITY_KEY)) {
        out = out.withColumnRenamed(c, LinkColumns.e(c));
      }
    }
    return out;
  }

  /**
   * 字号 + industry + form + branch part: a branch (分公司, 营业部) is registered apart from its
   * parent, so a branch name and its parent's name do not share the key.
   */
  private static Column nameKey() {
    return when(col(DomainColumns.NAME_CORE).isNotNull(), concat(col(DomainColumns.NAME_CORE),
        coalesce(col(DomainColumns.NAME_INDUSTRY), lit("")), coalesce(col(DomainColumns.ORG_FORM), lit("")),
        coalesce(col(DomainColumns.BRANCH_SUFFIX), lit(""))));
  }

  /** The city-level code of a division code; null for none or a province-level code. */
  static Column city(Column division) {
    return when(division.isNotNull().and(not(division.endsWith(PROVINCE_SUFFIX))),
        concat(substring(division, 1, CITY_PREFIX), lit(CITY_SUFFIX)));
  }
}
