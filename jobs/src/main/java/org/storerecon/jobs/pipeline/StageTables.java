package org.storerecon.jobs.pipeline;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.delta.CommitMetrics;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.error.Errors;

/**
 * The Delta reads and writes of the stages and commands that work on a warehouse's tables: a
 * missing table is a user-facing error (run the stage that writes it first); a derived table is
 * overwritten with its new schema (earlier states stay readable by Delta time travel); a
 * current-state table is kept by {@link #replaceShops}, which rewrites only the rows that changed
 * (a MERGE, or on an incremental night a {@code replaceWhere} of the changed keys), so that its
 * change data feed carries the night's real changes and nothing else.
 */
public final class StageTables {

  /** Table properties of the tables storerecon keeps by MERGE: change data feed for consumers, deletion vectors for cheap MERGEs. */
  static final Map<String, String> CHANGE_TRACKING = Map.of("delta.enableChangeDataFeed", "true", "delta.enableDeletionVectors", "true");

  private static final String DELETE = "_delete";
  /** Column of the broadcast path: what a source row does to the table. */
  private static final String OP = "_op";
  private static final String OP_INSERT = "insert";
  private static final String OP_UPDATE = "update";
  private static final String OP_DELETE = "delete";
  /** Column of the broadcast path: marks a stored row in the comparison's outer join. */
  private static final String STORED = "_stored";

  private final SparkSession spark;
  private final Warehouse warehouse;

  public StageTables(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** The table; {@link Errors#tableMissing} when the warehouse does not hold it. */
  public Dataset<Row> read(String table) {
    if (!warehouse.exists(spark, table)) {
      throw Errors.tableMissing(table, warehouse.location(table));
    }
    return spark.read().format("delta").load(warehouse.location(table));
  }

  /** The table as of a version (Delta time travel). */
  public Dataset<Row> readVersion(String table, long version) {
    return spark.read().format("delta").option("versionAsOf", version).load(warehouse.location(table));
  }

  public boolean exists(String table) {
    return warehouse.exists(spark, table);
  }

  /** Replaces the table's content (and schema) with {@code rows}. */
  public void overwrite(Dataset<Row> rows, String table) {
    rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(warehouse.location(table));
  }

  /**
   * Replaces the rows of one run date (and more, with {@code predicate}): what a rerun of the same
   * date replaces instead of appending to (Delta {@code replaceWhere}). The rows must satisfy it.
   */
  public void replaceWhere(Dataset<Row> rows, String table, String predicate) {
    rows.write().format("delta").mode("overwrite").option("replaceWhere", predicate).option("mergeSchema", "true")
        .save(warehouse.location(table));
  }

  /** Enables {@link #CHANGE_TRACKING} on an existing table where it is not enabled yet; a metadata-only commit. */
  public void enableChangeTracking(String table) {
    ensureProperties(table, CHANGE_TRACKING);
  }

  /** Sets table properties that do not already have the given values (one metadata commit, or none). */
  public void ensureProperties(String table, Map<String, String> properties) {
    Map<String, String> current = properties(table);
    if (properties.entrySet().stream().allMatch(e -> e.getValue().equals(current.get(e.getKey())))) {
      return;
    }
    String set = properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> "'" + e.getKey() + "' = '" + e.getValue().replace("'", "\\'") + "'").collect(Collectors.joining(", "));
    spark.sql("ALTER TABLE delta.`" + warehouse.location(table).replace("`", "``") + "` SET TBLPROPERTIES (" + set + ")");
  }

  /** A table property, if set. */
  public java.util.Optional<String> property(String table, String name) {
    return java.util.Optional.ofNullable(properties(table).get(name));
  }

  /**
   * The table's properties, from its latest metadata. {@code SHOW TBLPROPERTIES} runs no Spark job;
   * {@code DESCRIBE DETAIL} also sums the table's files (a job over the table state), which cost
   * about a second per call on a two-core machine.
   */
  private Map<String, String> properties(String table) {
    Map<String, String> out = new java.util.HashMap<>();
    for (Row r : spark.sql("SHOW TBLPROPERTIES delta.`" + warehouse.location(table).replace("`", "``") + "`").collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  /**
   * Makes the rows of the shops {@code scope} names equal to {@code rows}, leaving every other
   * shop's rows alone, by {@link #merge}: rows of {@code rows} are inserted, or update their stored
   * row when their content (every column but {@code run_date}) differs; stored rows of a shop in
   * scope that {@code rows} no longer hold are deleted. Creates the table (with change tracking)
   * when it does not exist.
   *
   * <p>Shuffles: the stored rows semi-join {@code scope} and anti-join {@code rows} by key (the
   * deleted rows); the MERGE joins its source with the table by key (see {@link #merge}). With
   * {@link ShopJoin#BROADCAST}, the table is scanned once (filtered by the scope, broadcast), for
   * both the deleted rows and the stored rows tonight's are compared with.
   *
   * @param rows tonight's rows of the shops in scope, one per {@code keys}; only shops in scope (a row
   *     of another shop could be appended beside its stored row)
   * @param scope {@code platform, shop_id} of the shops recomputed tonight, including shops gone from the snapshot
   * @param keys the table's row key (starting with platform, shop_id)
   * @param join {@link ShopJoin#BROADCAST} when the scope is a night's changes: the stored rows are then
   *     filtered by it instead of shuffled
   */
  public void replaceShops(String table, Dataset<Row> rows, Dataset<Row> scope, List<String> keys, ShopJoin join) {
    String location = warehouse.location(table);
    if (!exists(table)) {
      rows.write().format("delta").save(location);
      enableChangeTracking(table);
      return;
    }
    org.apache.spark.sql.Column[] keyColumns = keys.stream().map(k -> col(k)).toArray(org.apache.spark.sql.Column[]::new);
    Dataset<Row> scopeStored = read(table)
        .join(join.small(scope.select(Columns.SHOP_KEY.stream().map(k -> col(k)).toArray(org.apache.spark.sql.Column[]::new))),
            Columns.SHOP_KEY.toArray(String[]::new), "left_semi");
    if (join == ShopJoin.BROADCAST) {
      // Materialised: the stored rows of the scope's shops give both the rows to delete (those tonight
      // lacks) and, since every source row is of a scope shop, the stored rows the broadcast path
      // compares tonight's with: one scan of the table instead of two.
      scopeStored = scopeStored.localCheckpoint(true);
    } else {
      scopeStored = scopeStored.select(keyColumns);
    }
    Dataset<Row> gone = scopeStored.select(keyColumns).join(join.small(rows.select(keyColumns)), keys.toArray(String[]::new), "left_anti")
        .withColumn(DELETE, lit(true));
    Dataset<Row> source = rows.withColumn(DELETE, lit(false)).unionByName(gone, true);
    Set<String> columns = new java.util.LinkedHashSet<>(Arrays.asList(rows.columns()));
    List<String> content = new ArrayList<>();
    columns.stream().filter(c -> !c.equals(Columns.RUN_DATE)).forEach(content::add);
    String changed = "NOT (" + json("t", content) + " <=> " + json("s", content) + ")";
    if (join == ShopJoin.BROADCAST) {
      replaceChanged(table, source.localCheckpoint(true), scopeStored, keys, DELETE, changed, assignments(columns));
    } else {
      merge(table, source, keys, DELETE, changed, assignments(columns), join);
    }
  }

  /**
   * What a {@link #merge} did.
   *
   * @param inserted rows inserted
   * @param updated stored rows updated
   * @param deleted stored rows deleted
   */
  public record Merged(long inserted, long updated, long deleted) {}

  /**
   * Applies {@code source} to a table by its key: a source row whose {@code deleteColumn} is true
   * deletes the stored row with its key; another updates the stored row when {@code updateWhen}
   * (over {@code t} and {@code s}) holds, or is inserted when there is none. The source has at
   * most one row per key.
   *
   * <p>With {@link ShopJoin#SHUFFLE} this is one Delta MERGE. With {@link ShopJoin#BROADCAST} (the
   * source is a night's changes, a small share of the table) the source is compared with the stored
   * rows of its keys (a broadcast filter of the table) and only the rows that change it are written,
   * in one {@code replaceWhere} commit ({@link #replaceChanged}). Either way one commit, or none when
   * nothing changes; a rerun with the same source finds nothing left to do.
   */
  public Merged merge(String table, Dataset<Row> source, List<String> keys, String deleteColumn, String updateWhen,
      Map<String, String> assign, ShopJoin join) {
    if (join == ShopJoin.SHUFFLE) {
      String location = warehouse.location(table);
      String on = keys.stream().map(k -> "t.`" + k + "` = s.`" + k + "`").collect(Collectors.joining(" AND "));
      long before = CommitMetrics.currentVersion(spark, location);
      DeltaTable.forPath(spark, location).as("t")
          .merge(source.as("s"), on)
          .whenMatched("s." + deleteColumn).delete()
          .whenMatched(updateWhen).updateExpr(assign)
          .whenNotMatched("NOT s." + deleteColumn).insertExpr(assign)
          .withSchemaEvolution()
          .execute();
      // No commit when the MERGE changed nothing: then every count is 0, not the previous commit's.
      CommitMetrics m = CommitMetrics.since(spark, location, before);
      return new Merged(m.metric("numTargetRowsInserted"), m.metric("numTargetRowsUpdated"), m.metric("numTargetRowsDeleted"));
    }
    org.apache.spark.sql.Column[] keyColumns = keys.stream().map(k -> col(k)).toArray(org.apache.spark.sql.Column[]::new);
    Dataset<Row> rows = source.localCheckpoint(true);
    // The stored rows of the source's keys: a broadcast filter of the table, which reads only the key
    // columns and those updateWhen compares (column pruning through the join).
    Dataset<Row> stored = read(table).join(broadcast(rows.select(keyColumns)), keys.toArray(String[]::new), "left_semi");
    return replaceChanged(table, rows, stored, keys, deleteColumn, updateWhen, assign);
  }

  /**
   * The {@link ShopJoin#BROADCAST} path of {@link #merge}: the source is compared with the stored
   * rows of its keys first (a broadcast join of two small sets), and only the rows that change the
   * table are written, in one commit that deletes the stored rows of their keys and appends their
   * new content (Delta {@code replaceWhere} with the keys as an {@code IN} list; deletion vectors
   * mark the deleted rows). A Delta MERGE would read every file it touches whole and write the
   * update's pre-image to the change data feed; this reads only the columns {@code updateWhen}
   * compares, and the feed shows an updated row as a {@code delete} and an {@code insert} of its key
   * in the same version (see the data contract). On a 2 M-row registry table, 3,000 changed rows took
   * 3.2 s to 3.4 s this way against 7.8 s to 9.4 s by MERGE (docs/nightly-cost.md).
   *
   * <p>{@code replaceWhere} checks every written row against the predicate, by default by scanning
   * the {@code IN} list for each row; the written rows satisfy it by construction, and incremental
   * nights turn that check off ({@code storerecon.nightly.incremental-spark}).
   *
   * @param rows the source, materialised (read twice: the comparison, the write)
   * @param stored the table's rows of at least the source's keys, with the columns {@code updateWhen} reads
   */
  private Merged replaceChanged(String table, Dataset<Row> rows, Dataset<Row> stored, List<String> keys, String deleteColumn,
      String updateWhen, Map<String, String> assign) {
    org.apache.spark.sql.Column matched = col("t." + STORED).isNotNull();
    org.apache.spark.sql.Column deleting = col("s." + deleteColumn);
    org.apache.spark.sql.Column on = keys.stream().map(k -> col("s.`" + k + "`").equalTo(col("t.`" + k + "`")))
        .reduce(org.apache.spark.sql.Column::and).orElseThrow();
    List<org.apache.spark.sql.Column> written = new ArrayList<>();
    assign.forEach((target, value) -> written.add(expr(value).as(unquoted(target))));
    written.add(when(matched.and(deleting), lit(OP_DELETE))
        .when(matched.and(expr(updateWhen)), lit(OP_UPDATE))
        .when(not(matched).and(not(deleting)), lit(OP_INSERT)).as(OP));
    Dataset<Row> changes = rows.as("s").join(broadcast(stored.withColumn(STORED, lit(true))).as("t"), on, "left")
        .select(written.toArray(org.apache.spark.sql.Column[]::new))
        .filter(col(OP).isNotNull())
        .localCheckpoint(true);
    Map<String, Long> byOp = new java.util.HashMap<>();
    for (Row r : changes.groupBy(OP).count().collectAsList()) {
      byOp.put(r.getString(0), r.getLong(1));
    }
    Merged merged = new Merged(byOp.getOrDefault(OP_INSERT, 0L), byOp.getOrDefault(OP_UPDATE, 0L), byOp.getOrDefault(OP_DELETE, 0L));
    if (byOp.isEmpty()) {
      return merged;
    }
    String predicate = KeyPredicate.of(table, keys, changes.select(keys.stream().map(k -> col(k)).toArray(org.apache.spark.sql.Column[]::new))
        .collectAsList());
    changes.filter(col(OP).notEqual(OP_DELETE)).drop(OP)
        .write().format("delta").mode("overwrite").option("replaceWhere", predicate).option("mergeSchema", "true")
        .save(warehouse.location(table));
    return merged;
  }

  /** {@code c} of an assignment target such as {@code `c`}. */
  private static String unquoted(String target) {
    return target.startsWith("`") && target.endsWith("`") ? target.substring(1, target.length() - 1).replace("``", "`") : target;
  }

  private static String json(String alias, List<String> columns) {
    return "to_json(named_struct(" + columns.stream().map(c -> "'" + c + "', " + alias + ".`" + c + "`")
        .collect(Collectors.joining(", ")) + "))";
  }

  private static Map<String, String> assignments(Set<String> columns) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    columns.forEach(c -> out.put("`" + c + "`", "s.`" + c + "`"));
    return out;
  }
}
