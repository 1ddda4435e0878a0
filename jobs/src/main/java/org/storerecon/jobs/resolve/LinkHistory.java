package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.storerecon.common.contract.Columns;
import org.storerecon.jobs.pipeline.KeyPredicate;
import org.storerecon.jobs.pipeline.ShopJoin;

/**
 * Keeps {@code shop_entity_link_history}, a slowly changing dimension of type 2 over
 * {@code shop_entity_link}: one row per shop and period in which its link ({@link #TRACKED}: uscc,
 * decision, method) stayed the same, with {@code valid_from} (inclusive), {@code valid_to}
 * (exclusive; null while current) and {@code is_current}. "Who operated this shop on date X" is
 * {@code WHERE valid_from <= X AND (valid_to IS NULL OR valid_to > X)}.
 *
 * <p>One commit per night over the shops in scope (a MERGE; on an incremental night a
 * {@code replaceWhere} of the changed shops' rows; see {@link #merge}): a shop whose link changed gets its current row
 * closed at the run date and a new current row; a shop gone from the snapshot gets its current
 * row closed. A rerun of the same run date changes a row it opened itself in place (its
 * {@code valid_from} is the run date) instead of closing it, so reruns never add rows.
 *
 * <p>Shuffles: the scope's keys ⋈ tonight's links ⋈ the history's current rows, by shop (a few
 * per cent of shops on an incremental night); the MERGE joins the staged rows with the table.
 */
public final class LinkHistory {

  /** The table. */
  public static final String TABLE = "shop_entity_link_history";
  /** The link columns whose change opens a new period. */
  public static final List<String> TRACKED = List.of(LinkColumns.USCC, LinkColumns.DECISION, LinkColumns.METHOD);
  public static final String VALID_FROM = "valid_from";
  public static final String VALID_TO = "valid_to";
  public static final String IS_CURRENT = "is_current";

  private static final String ACTION = "_action";
  private static final String MERGE_PLATFORM = "_merge_platform";
  private static final String MERGE_SHOP = "_merge_shop_id";
  private static final String OLD = "_old_";
  private static final String INSERT = "insert";
  private static final String REPLACE = "replace";
  private static final String CLOSE = "close";
  private static final String DELETE = "delete";

  private final SparkSession spark;

  public LinkHistory(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * @param location the history table's location
   * @param links tonight's {@code shop_entity_link} rows of the shops in scope
   * @param scope platform, shop_id of the shops recomputed tonight, including shops gone from the snapshot
   * @param runId the run, recorded on the rows it opens
   * @param join {@link ShopJoin#BROADCAST} when the scope is a night's changes: the current rows are
   *     filtered by it instead of shuffled
   */
  public void merge(String location, Dataset<Row> links, Dataset<Row> scope, LocalDate runDate, String runId, ShopJoin join) {
    Column day = lit(Date.valueOf(runDate));
    Dataset<Row> tonight = links.select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LinkColumns.USCC),
        col(LinkColumns.DECISION), col(LinkColumns.METHOD));
    if (!DeltaTable.isDeltaTable(spark, location)) {
      tonight.withColumn(VALID_FROM, day).withColumn(VALID_TO, lit(null).cast(DataTypes.DateType))
          .withColumn(IS_CURRENT, lit(true)).withColumn(Columns.RUN_ID, lit(runId))
          .write().format("delta").save(location);
      return;
    }
    String[] key = Columns.SHOP_KEY.toArray(String[]::new);
    Dataset<Row> scopeKeys = scope.select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID)).distinct();
    Dataset<Row> stored = spark.read().format("delta").load(location).filter(col(IS_CURRENT));
    // With few shops in scope, the current rows are filtered by them first (broadcast); with every
    // shop, the left joins below drop the rows out of scope anyway.
    Dataset<Row> current = (join == ShopJoin.BROADCAST ? stored.join(join.small(scopeKeys), key, "left_semi") : stored)
        .select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(LinkColumns.USCC).as(OLD + LinkColumns.USCC),
            col(LinkColumns.DECISION).as(OLD + LinkColumns.DECISION), col(LinkColumns.METHOD).as(OLD + LinkColumns.METHOD),
            col(VALID_FROM).as(OLD + VALID_FROM));
    Dataset<Row> compared = scopeKeys
        .join(tonight.withColumn("_new", lit(true)), key, "left")
        .join(current.withColumn("_old", lit(true)), key, "left");
    // A night's changes are read twice below (the rows to close, the rows to open): materialised
    // once, instead of filtering the history by the scope twice. With every shop both go into one
    // MERGE, which plans them once.
    Dataset<Row> joined = join == ShopJoin.BROADCAST ? compared.localCheckpoint(true) : compared;
    Column hasNew = col("_new").isNotNull();
    Column hasOld = col("_old").isNotNull();
    Column same = lit(true);
    for (String c : TRACKED) {
      same = same.and(col(c).eqNullSafe(col(OLD + c)));
    }
    Column changed = hasNew.and(hasOld).and(same).unary_$bang();
    Column openedTonight = hasOld.and(col(OLD + VALID_FROM).equalTo(day));
    Dataset<Row> onOld = joined.filter(hasOld.and(changed))
        .withColumn(ACTION, when(openedTonight.and(hasNew), lit(REPLACE)).when(openedTonight, lit(DELETE)).otherwise(lit(CLOSE)))
        .withColumn(MERGE_PLATFORM, col(LinkColumns.PLATFORM)).withColumn(MERGE_SHOP, col(LinkColumns.SHOP_ID));
    Dataset<Row> inserts = joined.filter(hasNew.and(changed).and(openedTonight.unary_$bang()))
        .withColumn(ACTION, lit(INSERT))
        .withColumn(MERGE_PLATFORM, lit(null).cast(DataTypes.StringType)).withColumn(MERGE_SHOP, lit(null).cast(DataTypes.StringType));

    Map<String, String> replace = new LinkedHashMap<>();
    TRACKED.forEach(c -> replace.put(c, "s." + c));
    replace.put(Columns.RUN_ID, "'" + runId.replace("'", "''") + "'");
    Map<String, String> insert = new LinkedHashMap<>();
    insert.put(LinkColumns.PLATFORM, "s." + LinkColumns.PLATFORM);
    insert.put(LinkColumns.SHOP_ID, "s." + LinkColumns.SHOP_ID);
    TRACKED.forEach(c -> insert.put(c, "s." + c));
    insert.put(VALID_FROM, "DATE'" + runDate + "'");
    insert.put(VALID_TO, "CAST(NULL AS DATE)");
    insert.put(IS_CURRENT, "true");
    insert.put(Columns.RUN_ID, "'" + runId.replace("'", "''") + "'");
    String on = "t." + IS_CURRENT + " AND t." + LinkColumns.PLATFORM + " = s." + MERGE_PLATFORM
        + " AND t." + LinkColumns.SHOP_ID + " = s." + MERGE_SHOP;
    if (join == ShopJoin.SHUFFLE) {
      onMatched(DeltaTable.forPath(spark, location).as("t").merge(onOld.unionByName(inserts).as("s"), on), replace, runDate)
          .whenNotMatched("s." + ACTION + " = '" + INSERT + "'").insertExpr(insert)
          .execute();
      return;
    }
    // A night's changes: one replaceWhere commit. Replaced: the current rows of the shops whose
    // period changes, with the rows closed tonight (by an earlier attempt) of those shops, which are
    // written back as they are; so every written row (a closed period ends tonight) satisfies the
    // predicate. A MERGE that also inserts would shuffle the table's rows (an outer join).
    List<Column> opened = new ArrayList<>();
    insert.forEach((c, e) -> opened.add(expr(e).as(c)));
    Dataset<Row> appended = inserts.as("s").select(opened.toArray(Column[]::new));
    Dataset<Row> actions = onOld.select(col(LinkColumns.PLATFORM), col(LinkColumns.SHOP_ID), col(ACTION), col(LinkColumns.USCC),
        col(LinkColumns.DECISION), col(LinkColumns.METHOD)).localCheckpoint(true);
    List<Row> shops = actions.select(LinkColumns.PLATFORM, LinkColumns.SHOP_ID)
        .union(appended.select(LinkColumns.PLATFORM, LinkColumns.SHOP_ID)).distinct().collectAsList();
    if (shops.isEmpty()) {
      return;
    }
    String predicate = "(" + KeyPredicate.of(TABLE, Columns.SHOP_KEY, shops) + ") AND (" + IS_CURRENT + " OR " + VALID_TO
        + " = DATE'" + runDate + "')";
    Dataset<Row> table = spark.read().format("delta").load(location);
    // The MERGE's assignments, as columns over the stored row (t) and its action (s).
    Column act = col("s." + ACTION);
    Map<String, String> close = closed(runDate);
    List<Column> next = new ArrayList<>();
    for (String c : table.columns()) {
      Column kept = col("t." + c);
      next.add(when(act.equalTo(REPLACE), replace.containsKey(c) ? expr(replace.get(c)) : kept)
          .when(act.equalTo(CLOSE), close.containsKey(c) ? expr(close.get(c)) : kept)
          .otherwise(kept).as(c));
    }
    Dataset<Row> replaced = table.filter(expr(predicate)).as("t")
        .join(broadcast(actions).as("s"), col("t." + IS_CURRENT).and(col("t." + LinkColumns.PLATFORM).equalTo(col("s." + LinkColumns.PLATFORM)))
            .and(col("t." + LinkColumns.SHOP_ID).equalTo(col("s." + LinkColumns.SHOP_ID))), "left")
        .filter(not(act.eqNullSafe(lit(DELETE))))
        .select(next.toArray(Column[]::new));
    replaced.unionByName(appended).write().format("delta").mode("overwrite").option("replaceWhere", predicate).save(location);
  }

  /** A current row closed at the run date. */
  private static Map<String, String> closed(LocalDate runDate) {
    return Map.of(VALID_TO, "DATE'" + runDate + "'", IS_CURRENT, "false");
  }

  private static DeltaMergeBuilder onMatched(DeltaMergeBuilder merge, Map<String, String> replace, LocalDate runDate) {
    return merge
        .whenMatched("s." + ACTION + " = '" + REPLACE + "'").updateExpr(replace)
        .whenMatched("s." + ACTION + " = '" + DELETE + "'").delete()
        .whenMatched("s." + ACTION + " = '" + CLOSE + "'")
        .updateExpr(closed(runDate));
  }
}
