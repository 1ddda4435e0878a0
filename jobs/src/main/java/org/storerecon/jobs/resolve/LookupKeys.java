package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.storerecon.common.code.CodeStatus;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.text.Sha256;
import org.storerecon.jobs.normalize.DomainColumns;
import scala.collection.Seq;

/**
 * Every key by which resolution looks up a shop's entities: the block keys of each
 * {@link BlockingRule}, and, under the rule {@link #CODE_RULE}, a shop's shown code and the repairs
 * of a shown code that is not valid ({@link CodeLinks}), an entity's USCC and legacy reg_no.
 * Resolution of a shop reads only the entities that share one of these keys with it, so these keys
 * decide which shops a changed entity can affect ({@link ChangeScope}).
 *
 * <p>Both sides are one narrow explode; the result columns are {@link Blocking#RULE} and
 * {@link Blocking#KEY} with the shop's (platform, shop_id) or the entity's entity_key.
 *
 * <p>Ingestion stores each canonical shop's and entity's keys as 64-bit hashes ({@link #HASHES},
 * xxhash64 of rule and key), computed when the record is normalised, so that an incremental night
 * finds the shops or entities that share a key with a few others by exploding one column of longs
 * instead of computing the keys of every row of both tables again (about 27 s of CPU, 14 s on two
 * cores, for each table at 1 M shops and 2 M entities). A hash match that is not a key match (a collision)
 * only adds a shop to the night's scope or an entity to the registry cut, which changes no result:
 * pairs, block sizes and code owners are decided on the keys themselves.
 */
public final class LookupKeys {

  /** Lookup rule label of shown codes, their repairs, and registered codes. */
  static final String CODE_RULE = "code";

  /** Column of the canonical {@code shops} and {@code entities} tables: the distinct hashes of the row's lookup keys. */
  public static final String HASHES = "lookup_hashes";

  /**
   * Table property of {@code shops} and {@code entities}: the {@link #definition} their
   * {@link #HASHES} were computed with. Stored hashes are read only when it is the current one.
   */
  public static final String DEFINITION_PROPERTY = "storerecon.lookup-keys";

  /** Column: one lookup key's hash. */
  static final String HASH = "_lookup_hash";

  /** The keys of a {@link ResolveInputs#shops} row, by rule; the code's repairs only for a code that is not valid. */
  private static final RuleKeys SHOP_KEYS = RuleKeys.of(BlockingRule::shopKeys, List.of(array(col(DomainColumns.CODE_NORM)),
      when(col(DomainColumns.CODE_NORM).isNotNull().and(col(DomainColumns.CODE_STATUS).notEqual(CodeStatus.VALID.label())),
          ResolveFunctions.CODE_REPAIRS.apply(col(DomainColumns.CODE_NORM)))));

  /** The keys of a {@link ResolveInputs#entities} row, by rule. */
  private static final RuleKeys ENTITY_KEYS = RuleKeys.of(BlockingRule::entityKeys,
      List.of(array(col(DomainColumns.CODE_NORM), upper(col(ResolveInputs.REG_NO)))));

  private LookupKeys() {}

  /** Lookup keys of {@link ResolveInputs#shops} rows: platform, shop_id, rule, block_key. */
  static Dataset<Row> shops(Dataset<Row> shops) {
    return Blocking.shopKeys(shops, SHOP_KEYS.codeTags());
  }

  /** Lookup keys of {@link ResolveInputs#entities} rows: entity_key, rule, block_key. */
  static Dataset<Row> entities(Dataset<Row> entities) {
    return Blocking.entityKeys(entities, ENTITY_KEYS.codeTags());
  }

  /**
   * The entities that share a lookup key with one of {@code shops} (few: a night's shops), which
   * are all that resolving those shops reads: every entity of a block, or of a code's owners, that
   * one of the shops asks for is kept, so block sizes and owner counts are those of the whole
   * registry.
   *
   * <p>Cost: one scan and explode of every entity's {@link #HASHES} (computed from the entity's
   * columns where the rows carry none), filtered by the shops' distinct key hashes (broadcast); the
   * matching entity keys are de-duplicated (a shuffle of those alone) and filter a second scan of
   * the registry (broadcast), so the registry is never shuffled.
   *
   * @param shops {@link ResolveInputs#shops} rows
   * @param canonicalEntities the {@code entities} table
   * @return {@link ResolveInputs#entities} rows of the entities reached
   */
  static Dataset<Row> reached(Dataset<Row> shops, Dataset<Row> canonicalEntities) {
    Dataset<Row> asked = hashed(shops(shops));
    Dataset<Row> met = entityHashes(canonicalEntities).join(broadcast(asked), HASH, "left_semi").select(LinkColumns.ENTITY_KEY).distinct();
    return ResolveInputs.entities(canonicalEntities).join(broadcast(met), LinkColumns.ENTITY_KEY, "left_semi");
  }

  /** The distinct {@link #HASH}es of lookup key rows ({@link Blocking#RULE}, {@link Blocking#KEY}). */
  static Dataset<Row> hashed(Dataset<Row> keys) {
    return keys.select(xxhash64(col(Blocking.RULE), col(Blocking.KEY)).as(HASH)).distinct();
  }

  /** platform, shop_id, {@link #HASH} of canonical shops: their stored {@link #HASHES}, or computed where there are none. */
  static Dataset<Row> shopHashes(Dataset<Row> canonicalShops) {
    Dataset<Row> hashed = Arrays.asList(canonicalShops.columns()).contains(HASHES) ? canonicalShops : withShopHashes(canonicalShops);
    return hashed.select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), explode(col(HASHES)).as(HASH));
  }

  /** entity_key, {@link #HASH} of canonical entities: their stored {@link #HASHES}, or computed where there are none. */
  static Dataset<Row> entityHashes(Dataset<Row> canonicalEntities) {
    Dataset<Row> hashed = Arrays.asList(canonicalEntities.columns()).contains(HASHES)
        ? canonicalEntities : withEntityHashes(canonicalEntities);
    return hashed.select(ResolveInputs.entityKey(), explode(col(HASHES)).as(HASH));
  }

  /**
   * Adds (or replaces) {@link #HASHES} on normalised canonical rows of an input: shops and entities;
   * other inputs are returned as they are. Narrow: per-row expressions.
   */
  public static Dataset<Row> withHashes(InputSpec spec, Dataset<Row> normalised) {
    if (spec.equals(Contract.SHOPS)) {
      return withShopHashes(normalised);
    }
    if (spec.equals(Contract.ENTITIES)) {
      return withEntityHashes(normalised);
    }
    return normalised;
  }

  /**
   * Table properties that pin which {@link #definition} a table's {@link #HASHES} follow: one for
   * shops and entities, none for other inputs.
   */
  public static Map<String, String> properties(InputSpec spec) {
    return spec.equals(Contract.SHOPS) || spec.equals(Contract.ENTITIES) ? Map.of(DEFINITION_PROPERTY, definition()) : Map.of();
  }

  /**
   * Digest of how the keys and their hashes are computed (the expressions of the resolution inputs
   * and of every rule's keys). A release that changes them changes this, and stored hashes of the
   * older definition are not read ({@link #DEFINITION_PROPERTY}).
   */
  public static String definition() {
    return Definition.DIGEST;
  }

  /**
   * Rows of a canonical table whose {@link #DEFINITION_PROPERTY} is {@code tableDefinition}: as they
   * are when that is the current {@link #definition}, else without their (stale) {@link #HASHES}, so
   * that readers compute the keys from the columns.
   */
  public static Dataset<Row> current(Dataset<Row> rows, Optional<String> tableDefinition) {
    return tableDefinition.filter(definition()::equals).isPresent() ? rows : rows.drop(HASHES);
  }

  static Dataset<Row> withShopHashes(Dataset<Row> shops) {
    return withHashes(shops, ResolveInputs.shopDerived(), SHOP_KEYS);
  }

  static Dataset<Row> withEntityHashes(Dataset<Row> entities) {
    return withHashes(entities, ResolveInputs.entityDerived(), ENTITY_KEYS);
  }

  /**
   * {@code rows} with {@link #HASHES} computed from their columns and the resolution inputs' columns
   * they lack ({@code derived}: {@link ResolveInputs#NAME_KEY}, {@link ResolveInputs#CITY_CODE}),
   * which are added for the computation and dropped after it. Only those two are aliased: a
   * projection that renamed every column there and back added seconds of driver time (the event log
   * showed 4 to 5 s with no job running) to every ingest step that normalises.
   */
  private static Dataset<Row> withHashes(Dataset<Row> rows, List<Column> derived, RuleKeys keys) {
    List<Column> extended = new ArrayList<>(List.of(col("*")));
    extended.addAll(derived);
    return rows.drop(HASHES).select(extended.toArray(Column[]::new))
        .withColumn(HASHES, keys.hashes())
        .drop(ResolveInputs.NAME_KEY, ResolveInputs.CITY_CODE);
  }

  /** Each rule's key array of a row, beside the rule's label: what {@link Blocking} tags and explodes. */
  private record RuleKeys(List<String> rules, List<Column> keys) {

    private static RuleKeys of(Function<BlockingRule, Column> ruleKeys, List<Column> codeKeys) {
      List<String> rules = new ArrayList<>();
      List<Column> keys = new ArrayList<>();
      for (BlockingRule rule : BlockingRule.values()) {
        rules.add(rule.label());
        keys.add(ruleKeys.apply(rule));
      }
      codeKeys.forEach(k -> {
        rules.add(CODE_RULE);
        keys.add(k);
      });
      return new RuleKeys(List.copyOf(rules), List.copyOf(keys));
    }

    /**
     * The distinct hashes of every key that is not null, in rule order: one Java call per row over
     * the rules' string arrays. Building the tagged (rule, key) structs that {@link Blocking} explodes
     * and hashing them in a {@code transform} lambda (which Spark interprets element by element)
     * cost a first night 27 s more for 2 M entities and 19 s more for 1 M shops.
     */
    Column hashes() {
      long[] seeds = KeyHash.seeds(rules);
      UserDefinedFunction hash = udf((UDF1<Seq<Seq<String>>, long[]>) arrays -> KeyHash.distinct(seeds, arrays),
          DataTypes.createArrayType(DataTypes.LongType, false));
      return hash.apply(array(keys.toArray(Column[]::new)));
    }

    /** The {@link #CODE_RULE} keys as {@link Blocking#tagged} arrays, which {@link Blocking} explodes beside its rules' keys. */
    List<Column> codeTags() {
      List<Column> tags = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).equals(CODE_RULE)) {
          tags.add(Blocking.tagged(CODE_RULE, keys.get(i)));
        }
      }
      return tags;
    }

    String describe() {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < rules.size(); i++) {
        out.append(rules.get(i)).append('=').append(keys.get(i)).append(';');
      }
      return out.toString();
    }
  }

  /** Computed once per JVM, on first use. */
  static final class Definition {
    static final String TEXT = ResolveInputs.shopColumns().stream().map(Column::toString).collect(Collectors.joining(";")) + "\n"
        + SHOP_KEYS.describe() + "\n"
        + ResolveInputs.entityColumns().stream().map(Column::toString).collect(Collectors.joining(";")) + "\n"
        + ENTITY_KEYS.describe() + "\n"
        + KeyHash.DESCRIPTION;
    static final String DIGEST = Sha256.hex(TEXT);
  }
}
