package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.common.code.CodeStatus;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.normalize.DomainColumns;
import org.storerecon.jobs.pipeline.ShopJoin;

/**
 * Codes first: links shops through the identity code they show.
 *
 * <ul>
 *   <li>A shown code (USCC or legacy reg_no) that the registry holds for exactly one entity is a
 *       direct hit (method {@code code}).
 *   <li>A shown code that is not {@code valid} and not in the registry is repaired: every code one
 *       substitution or adjacent transposition away that passes the checks; a hit only when
 *       exactly one of them is in the registry and the shown name agrees (method {@code code_repaired}).
 * </ul>
 *
 * <p>Output: one row per shop with a hit: {@code platform, shop_id, code_entity_key, code_method,
 * code_name_agrees, code_entity_status} ({@code code_name_agrees} null when the shop shows no name). Whether a disagreeing name
 * overrides the code is decided later ({@link LinkDecisions}), from the name evidence.
 *
 * <p>Shuffles: the registry code index is grouped by code (one shuffle of all entities, carrying
 * their name columns and status) to drop codes two entities share; shops join it (sort-merge
 * join); repair candidates (tens per mistyped code) join it again and are grouped per shop. With
 * {@link ShopJoin#BROADCAST} (a night's changed shops) the registry's codes are first filtered by the
 * codes those shops can ask for, so only the matching entities are grouped.
 */
public final class CodeLinks {

  /** Output: the method of the hit. */
  public static final String CODE_METHOD = "code_method";
  /** Output: whether the shown name agrees with the hit's entity; null without a shown name. */
  public static final String NAME_AGREES = "code_name_agrees";
  /** Output: the entity the code points at. */
  public static final String CODE_ENTITY = "code_entity_key";
  /** Output: that entity's registry status. */
  public static final String CODE_ENTITY_STATUS = "code_entity_status";
  /** Entity columns the code index carries (prefixed) for the name check and the signals. */
  private static final List<String> INDEX_COLUMNS = List.of(DomainColumns.NAME_NORM, DomainColumns.FORMER_NAMES_NORM,
      DomainColumns.NAME_CORE, ResolveInputs.STATUS);

  private static final String CODE = "_code";
  private static final String OWNERS = "_owners";
  private static final String REPAIR = "_repair";

  private final ResolveConfig config;

  public CodeLinks(ResolveConfig config) {
    this.config = config;
  }

  /**
   * @param shops {@link ResolveInputs#shops} rows
   * @param entities {@link ResolveInputs#entities} rows
   */
  public Dataset<Row> apply(Dataset<Row> shops, Dataset<Row> entities) {
    return apply(shops, entities, ShopJoin.SHUFFLE);
  }

  /** As {@link #apply(Dataset, Dataset)}, joining the shops' codes with the registry's as {@code join} says. */
  public Dataset<Row> apply(Dataset<Row> shops, Dataset<Row> entities, ShopJoin join) {
    // The shop's name columns ride along, so the hits need no second join with the shops.
    Dataset<Row> shown = shops.filter(col(DomainColumns.CODE_NORM).isNotNull())
        .select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(DomainColumns.CODE_NORM).as(CODE),
            col(DomainColumns.CODE_STATUS), col(DomainColumns.NAME_NORM), col(DomainColumns.NAME_CORE));
    Dataset<Row> notValid = shown.filter(col(DomainColumns.CODE_STATUS).notEqual(lit(CodeStatus.VALID.label())));
    // With few shops, the index is built for the codes they can ask for alone (shown codes and the
    // repairs of those not valid, broadcast), so the registry's codes are filtered, not grouped whole.
    Dataset<Row> index = join == ShopJoin.BROADCAST
        ? codeIndex(entities, shown.select(CODE).union(notValid.select(explode(ResolveFunctions.CODE_REPAIRS.apply(col(CODE))).as(CODE))))
        : codeIndex(entities);
    List<String> entityColumns = new ArrayList<>(List.of(LinkColumns.ENTITY_KEY));
    INDEX_COLUMNS.forEach(c -> entityColumns.add(LinkColumns.e(c)));
    List<Column> directColumns = new ArrayList<>(List.of(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID),
        col(DomainColumns.NAME_NORM), col(DomainColumns.NAME_CORE), lit(LinkColumns.METHOD_CODE).as(CODE_METHOD)));
    entityColumns.forEach(c -> directColumns.add(col(c)));
    Dataset<Row> direct = join.small(shown).join(index, CODE).select(directColumns.toArray(Column[]::new));

    // A repair counts when exactly one of its candidates is registered; that entity's columns ride
    // through the grouping (first() over one entity).
    // An anti-join can only broadcast its right side: with few shops, the registered codes among
    // theirs are found first (the registry filtered by their broadcast codes), then anti-joined.
    Dataset<Row> registered = join == ShopJoin.BROADCAST
        ? index.select(CODE).join(join.small(notValid.select(CODE).distinct()), CODE, "left_semi").distinct()
        : index.select(CODE);
    Dataset<Row> repairable = notValid.join(join.small(registered), CODE, "left_anti");
    List<Column> firsts = new ArrayList<>(List.of(first(col(DomainColumns.NAME_NORM)).as(DomainColumns.NAME_NORM),
        first(col(DomainColumns.NAME_CORE)).as(DomainColumns.NAME_CORE)));
    entityColumns.forEach(c -> firsts.add(first(col(c)).as(c)));
    Dataset<Row> repairs = repairable
        .select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(DomainColumns.NAME_NORM), col(DomainColumns.NAME_CORE),
            explode(ResolveFunctions.CODE_REPAIRS.apply(col(CODE))).as(CODE));
    Dataset<Row> repaired = join.small(repairs).join(index, CODE)
        .groupBy(LinkColumns.PLATFORM, LinkColumns.SHOP_ID)
        .agg(countDistinct(col(LinkColumns.ENTITY_KEY)).as(OWNERS), firsts.toArray(Column[]::new))
        .filter(col(OWNERS).equalTo(1))
        .drop(OWNERS)
        .withColumn(CODE_METHOD, lit(LinkColumns.METHOD_CODE_REPAIRED));

    Dataset<Row> hits = direct.unionByName(repaired).withColumn(NAME_AGREES, nameAgrees());
    return hits
        .filter(col(CODE_METHOD).equalTo(lit(LinkColumns.METHOD_CODE)).or(coalesce(col(NAME_AGREES), lit(false))))
        .select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LinkColumns.ENTITY_KEY).as(CODE_ENTITY),
            col(CODE_METHOD), col(NAME_AGREES), col(LinkColumns.e(ResolveInputs.STATUS)).as(CODE_ENTITY_STATUS));
  }

  /**
   * Code → entity for codes exactly one entity holds (its USCC or its legacy reg_no), with the
   * entity's name columns and status (prefixed) that the hits compare and report.
   */
  static Dataset<Row> codeIndex(Dataset<Row> entities) {
    return owned(entityCodes(entities));
  }

  /**
   * The code index restricted to {@code wanted} codes (column {@code _code}, few: broadcast). Every
   * entity holding a wanted code is kept, so a code's owner count, and the index row, are the same
   * as in the whole index.
   */
  static Dataset<Row> codeIndex(Dataset<Row> entities, Dataset<Row> wanted) {
    return owned(entityCodes(entities).join(broadcast(wanted.distinct()), CODE, "left_semi"));
  }

  /**
   * One row per (entity, code it holds), with the carried columns. Narrow (an explode); the null
   * test runs after it, not in a {@code filter} lambda, which Spark would interpret row by row.
   */
  private static Dataset<Row> entityCodes(Dataset<Row> entities) {
    Column codes = array_distinct(array(col(DomainColumns.CODE_NORM), upper(col(ResolveInputs.REG_NO))));
    return entities.select(col(LinkColumns.ENTITY_KEY), col(DomainColumns.NAME_NORM), col(DomainColumns.FORMER_NAMES_NORM),
        col(DomainColumns.NAME_CORE), col(ResolveInputs.STATUS), explode(codes).as(CODE))
        .filter(col(CODE).isNotNull());
  }

  /** Codes that exactly one entity holds; shuffle: the (entity, code) rows grouped by code. */
  private static Dataset<Row> owned(Dataset<Row> entityCodes) {
    List<Column> carried = new ArrayList<>(List.of(first(col(LinkColumns.ENTITY_KEY)).as(LinkColumns.ENTITY_KEY)));
    for (String c : INDEX_COLUMNS) {
      carried.add(first(col(c)).as(LinkColumns.e(c)));
    }
    return entityCodes
        .groupBy(CODE)
        .agg(count(lit(1)).as(OWNERS), carried.toArray(Column[]::new))
        .filter(col(OWNERS).equalTo(1))
        .drop(OWNERS);
  }

  /**
   * The shown name is the entity's name or a former name, has the same 字号, or is close to it as a
   * whole; null without a shown name.
   */
  private Column nameAgrees() {
    Column shown = col(DomainColumns.NAME_NORM);
    Column registered = col(LinkColumns.e(DomainColumns.NAME_NORM));
    return when(shown.isNull(), lit(null).cast("boolean"))
        .otherwise(shown.equalTo(registered)
            .or(coalesce(array_contains(col(LinkColumns.e(DomainColumns.FORMER_NAMES_NORM)), shown), lit(false)))
            .or(coalesce(col(DomainColumns.NAME_CORE).equalTo(col(LinkColumns.e(DomainColumns.NAME_CORE))), lit(false)))
            .or(coalesce(ResolveFunctions.JARO_WINKLER.apply(shown, registered), lit(0.0)).geq(config.repairNameSimilarity())));
  }
}
