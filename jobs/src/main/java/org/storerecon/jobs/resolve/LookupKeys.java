package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.common.code.CodeStatus;
import org.storerecon.jobs.normalize.DomainColumns;

/**
 * Every key by which resolution looks up a shop's entities: the block keys of each
 * {@link BlockingRule}, and, under the rule {@link #CODE_RULE}, a shop's shown code and the repairs
 * of a shown code that is not valid ({@link CodeLinks}), an entity's USCC and legacy reg_no.
 * Resolution of a shop reads only the entities that share one of these keys with it, so these keys
 * decide which shops a changed entity can affect ({@link ChangeScope}).
 *
 * <p>Both sides are one narrow explode; the result columns are {@link Blocking#RULE} and
 * {@link Blocking#KEY} with the shop's (platform, shop_id) or the entity's entity_key.
 */
final class LookupKeys {

  /** Lookup rule label of shown codes, their repairs, and registered codes. */
  static final String CODE_RULE = "code";

  private LookupKeys() {}

  /** Lookup keys of {@link ResolveInputs#shops} rows: platform, shop_id, rule, block_key. */
  static Dataset<Row> shops(Dataset<Row> shops) {
    Column code = col(DomainColumns.CODE_NORM);
    Column repairs = when(code.isNotNull().and(col(DomainColumns.CODE_STATUS).notEqual(CodeStatus.VALID.label())),
        ResolveFunctions.CODE_REPAIRS.apply(code));
    return Blocking.shopKeys(shops, List.of(Blocking.tagged(CODE_RULE, array(code)), Blocking.tagged(CODE_RULE, repairs)));
  }

  /**
   * The entities that share a lookup key with one of {@code shops} (few: a night's shops), which
   * are all that resolving those shops reads: every entity of a block, or of a code's owners, that
   * one of the shops asks for is kept, so block sizes and owner counts are those of the whole
   * registry.
   *
   * <p>Cost: one scan and explode of every entity's lookup keys, filtered by the shops' distinct
   * keys (broadcast); the matching entity keys are de-duplicated (a shuffle of those alone) and
   * filter a second scan of the registry (broadcast), so the registry is never shuffled.
   *
   * @param shops {@link ResolveInputs#shops} rows
   * @param entities {@link ResolveInputs#entities} rows
   */
  static Dataset<Row> reached(Dataset<Row> shops, Dataset<Row> entities) {
    String[] key = {Blocking.RULE, Blocking.KEY};
    Dataset<Row> asked = shops(shops).select(Blocking.RULE, Blocking.KEY).distinct();
    Dataset<Row> met = entities(entities).join(broadcast(asked), key, "left_semi").select(LinkColumns.ENTITY_KEY).distinct();
    return entities.join(broadcast(met), LinkColumns.ENTITY_KEY, "left_semi");
  }

  /** Lookup keys of {@link ResolveInputs#entities} rows: entity_key, rule, block_key. */
  static Dataset<Row> entities(Dataset<Row> entities) {
    return Blocking.entityKeys(entities,
        List.of(Blocking.tagged(CODE_RULE, array(col(DomainColumns.CODE_NORM), upper(col(ResolveInputs.REG_NO))))));
  }
}
