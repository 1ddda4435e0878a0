package org.storerecon.jobs.mark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

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
import org.storerecon.common.division.Division;
import org.storerecon.common.division.Divisions;
import org.storerecon.jobs.pipeline.KeyPredicate;

/**
 * Keeps {@code enforcement_lead} across nights by Delta MERGE on {@code lead_id}:
 *
 * <ul>
 *   <li>a lead first produced tonight is inserted: status {@code new}, first_seen = last_seen = run date;
 *   <li>a lead produced again becomes {@code open} (also a closed one that came back); last_seen and
 *       its current columns (risk, reasons, jurisdiction) are updated, first_seen kept; a rerun of the
 *       same run date changes no status;
 *   <li>a lead not produced tonight (the shop closed or no longer uses the brand, or the signal went
 *       away) becomes {@code closed}, with closed_on = run date; first_seen and last_seen are kept.
 * </ul>
 *
 * <p>{@link #merge} joins every lead produced tonight with the table by lead_id (one shuffle over
 * leads, never over shops); {@link #mergeScope}, for a night that marked only the shops its changes
 * touch, computes the new state of the open leads and of the scope's leads (broadcast) and replaces
 * the leads that change in one commit.
 * {@link #crossRegion} derives the per-province view of open leads.
 */
public final class LeadLifecycle {

  /** Columns of {@code enforcement_lead}, in order. */
  public static final List<String> COLUMNS;

  static {
    List<String> all = new ArrayList<>(LeadCandidates.LEAD_COLUMNS);
    all.addAll(List.of(MarkColumns.FIRST_SEEN, MarkColumns.LAST_SEEN, MarkColumns.CLOSED_ON, MarkColumns.STATUS));
    COLUMNS = List.copyOf(all);
  }

  private static final String CLOSE = "_close";
  private static final String MATCHED = "_matched";
  private static final String CHANGED = "_changed";
  private static final String NOT_CLOSED = MarkColumns.STATUS + " <> '" + MarkColumns.CLOSED + "'";

  private final SparkSession spark;

  public LeadLifecycle(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Merges tonight's leads (from {@link LeadCandidates#tonight}) of every shop into the table at
   * {@code location}; creates it on the first night. One MERGE: its source is every lead produced
   * tonight, and every stored lead not among them is closed.
   */
  public void merge(String location, Dataset<Row> tonight, LocalDate runDate) {
    if (!DeltaTable.isDeltaTable(spark, location)) {
      create(location, tonight, runDate);
      return;
    }
    String day = day(runDate);
    // Shuffle: tonight's leads ⋈ enforcement_lead by lead_id (both sides are leads, a few per cent of shops).
    DeltaTable.forPath(spark, location).as("t")
        .merge(tonight.as("s"), "t." + MarkColumns.LEAD_ID + " = s." + MarkColumns.LEAD_ID)
        .whenMatched().updateExpr(produced(day))
        .whenNotMatched().insertExpr(inserted(day))
        .whenNotMatchedBySource("t." + NOT_CLOSED)
        .updateExpr(closed(day))
        .execute();
  }

  /**
   * Merges tonight's leads of the shops in {@code scope} (a night's changes) into the table, and
   * counts every other open lead as produced again, which it is: a shop out of scope produces
   * tonight exactly the leads it produced last night. The same table as {@link #merge} with every
   * shop's leads, in one commit:
   *
   * <ul>
   *   <li>tonight's leads of the scope are inserted, or updated as produced again;
   *   <li>the scope's open leads that tonight does not produce (found by broadcast filters of the
   *       table) are closed;
   *   <li>every other open lead not seen tonight yet (a shop out of scope) gets tonight's
   *       {@code last_seen} and status {@code open}. A rerun finds them seen tonight already.
   * </ul>
   *
   * <p>The stored leads this can change (the open ones, and those the scope's leads name) are read
   * with tonight's scope leads broadcast beside them, their new state is computed and compared, and
   * they are replaced in one {@code replaceWhere} commit (see {@code StageTables#merge}), or none
   * when no lead changes (a rerun). A Delta MERGE with a clause for the leads its source does not
   * match joins the whole table with its source and writes both images of every open lead to the
   * change data feed (7.3 s of a 1 M-shop night).
   *
   * @param tonight tonight's leads of the shops in scope
   * @param scope {@code platform, shop_id} of the shops marked tonight, including shops gone from the snapshot
   */
  public void mergeScope(String location, Dataset<Row> tonight, Dataset<Row> scope, LocalDate runDate) {
    if (!DeltaTable.isDeltaTable(spark, location)) {
      throw new IllegalStateException("enforcement_lead must exist before an incremental night: " + location);
    }
    String day = day(runDate);
    Column[] leadColumns = LeadCandidates.LEAD_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> scopeLeads = tonight.select(leadColumns).withColumn(CLOSE, lit(false));
    Dataset<Row> stored = spark.read().format("delta").load(location);
    // The scope's open leads that tonight does not produce: broadcast filters of the table, no shuffle.
    Dataset<Row> gone = stored.filter(NOT_CLOSED)
        .join(broadcast(scope.select(MarkColumns.PLATFORM, MarkColumns.SHOP_ID)), new String[] {MarkColumns.PLATFORM, MarkColumns.SHOP_ID},
            "left_semi")
        .join(broadcast(scopeLeads.select(MarkColumns.LEAD_ID)), new String[] {MarkColumns.LEAD_ID}, "left_anti")
        .select(leadColumns)
        .withColumn(CLOSE, lit(true));
    Dataset<Row> source = scopeLeads.unionByName(gone).localCheckpoint(true);

    // An open lead not seen on the run date yet (a shop out of scope on a first attempt).
    String unseen = "t." + NOT_CLOSED + " AND t." + MarkColumns.LAST_SEEN + " < " + day;
    Column matched = col("s." + MarkColumns.LEAD_ID).isNotNull();
    Column closing = matched.and(col("s." + CLOSE));
    Map<String, String> produced = produced(day);
    Map<String, String> closed = closed(day);
    Map<String, String> seen = seen(day);
    List<Column> next = new ArrayList<>();
    Column same = lit(true);
    for (String c : COLUMNS) {
      Column kept = col("t." + c);
      Column value = when(closing, assigned(closed, c, kept)).when(matched, assigned(produced, c, kept))
          .when(expr(unseen), assigned(seen, c, kept)).otherwise(kept);
      next.add(value.as(c));
      same = same.and(value.eqNullSafe(kept));
    }
    next.add(matched.as(MATCHED));
    next.add(not(same).as(CHANGED));
    // The stored leads the night can change: every open one, and those the source names (a closed
    // lead produced again). Materialised: written, and their ids decide which scope leads are new.
    Dataset<Row> candidates = stored.as("t")
        .join(broadcast(source).as("s"), col("t." + MarkColumns.LEAD_ID).equalTo(col("s." + MarkColumns.LEAD_ID)), "left")
        .filter(matched.or(col("t." + MarkColumns.STATUS).notEqual(MarkColumns.CLOSED)))
        .select(next.toArray(Column[]::new))
        .localCheckpoint(true);
    List<Column> insert = new ArrayList<>();
    inserted(day).forEach((c, e) -> insert.add(expr(e).as(c)));
    Dataset<Row> inserts = source.filter(not(col(CLOSE)))
        .join(broadcast(candidates.filter(col(MATCHED)).select(MarkColumns.LEAD_ID)), new String[] {MarkColumns.LEAD_ID}, "left_anti")
        .as("s").select(insert.toArray(Column[]::new))
        .localCheckpoint(true);
    // Replaced: every open lead (rewritten, changed or not: a replaceWhere writes back every row its
    // predicate selects), and the source's leads that change or are new; each written row satisfies
    // the predicate (open, or named). Nothing is written when no lead changes (a rerun).
    List<Row> named = candidates.filter(col(MATCHED).and(col(CHANGED))).select(MarkColumns.LEAD_ID)
        .union(inserts.select(MarkColumns.LEAD_ID)).collectAsList();
    if (named.isEmpty() && candidates.filter(col(CHANGED)).isEmpty()) {
      return;
    }
    String predicate = NOT_CLOSED + (named.isEmpty() ? "" : " OR " + KeyPredicate.of(MarkTables.LEADS, List.of(MarkColumns.LEAD_ID), named));
    candidates.filter(col(CHANGED).or(col(MarkColumns.STATUS).notEqual(MarkColumns.CLOSED)))
        .drop(MATCHED, CHANGED)
        .unionByName(inserts)
        .write().format("delta").mode("overwrite").option("replaceWhere", predicate).save(location);
  }

  /** The value {@code assignments} give column {@code c} (SQL over {@code s} and {@code t}), else {@code kept}. */
  private static Column assigned(Map<String, String> assignments, String c, Column kept) {
    return assignments.containsKey(c) ? expr(assignments.get(c)) : kept;
  }

  /** An open lead of a shop out of scope: produced again, as last night. */
  private static Map<String, String> seen(String day) {
    return Map.of(MarkColumns.LAST_SEEN, day, MarkColumns.STATUS, "'" + MarkColumns.OPEN + "'");
  }

  private void create(String location, Dataset<Row> tonight, LocalDate runDate) {
    tonight.withColumn(MarkColumns.FIRST_SEEN, lit(Date.valueOf(runDate))).withColumn(MarkColumns.LAST_SEEN, lit(Date.valueOf(runDate)))
        .withColumn(MarkColumns.CLOSED_ON, lit(null).cast(DataTypes.DateType)).withColumn(MarkColumns.STATUS, lit(MarkColumns.NEW))
        .select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new))
        .write().format("delta").save(location);
  }

  private static String day(LocalDate runDate) {
    return "DATE'" + runDate + "'";
  }

  /** A lead produced again: its current columns from tonight, seen tonight, open (a rerun changes no status). */
  private static Map<String, String> produced(String day) {
    Map<String, String> update = fromSource();
    update.remove(MarkColumns.LEAD_ID);
    update.put(MarkColumns.LAST_SEEN, day);
    update.put(MarkColumns.CLOSED_ON, "CAST(NULL AS DATE)");
    update.put(MarkColumns.STATUS, "CASE WHEN t." + MarkColumns.LAST_SEEN + " = " + day + " THEN t." + MarkColumns.STATUS
        + " ELSE '" + MarkColumns.OPEN + "' END");
    return update;
  }

  /** A lead first produced tonight. */
  private static Map<String, String> inserted(String day) {
    Map<String, String> insert = fromSource();
    insert.put(MarkColumns.FIRST_SEEN, day);
    insert.put(MarkColumns.LAST_SEEN, day);
    insert.put(MarkColumns.CLOSED_ON, "CAST(NULL AS DATE)");
    insert.put(MarkColumns.STATUS, "'" + MarkColumns.NEW + "'");
    return insert;
  }

  /** Every lead column from the source row. */
  private static Map<String, String> fromSource() {
    Map<String, String> out = new LinkedHashMap<>();
    LeadCandidates.LEAD_COLUMNS.forEach(c -> out.put(c, "s." + c));
    return out;
  }

  /** An open lead not produced tonight. */
  private static Map<String, String> closed(String day) {
    return Map.of(MarkColumns.STATUS, "'" + MarkColumns.CLOSED + "'", MarkColumns.CLOSED_ON, day);
  }

  /**
   * Leads not closed whose entity is registered in another province than the shop's address, with
   * that province's name first: what each province's bureau receives in the cross-region push.
   */
  public static Dataset<Row> crossRegion(Dataset<Row> leads) {
    List<Column> names = new ArrayList<>();
    for (Division d : Divisions.bundled().level(Division.Level.PROVINCE)) {
      names.add(lit(d.code()));
      names.add(lit(d.name()));
    }
    List<Column> select = new ArrayList<>();
    select.add(col(MarkColumns.ENTITY_PROVINCE_CODE));
    select.add(try_element_at(map(names.toArray(Column[]::new)), col(MarkColumns.ENTITY_PROVINCE_CODE)).as(MarkColumns.ENTITY_PROVINCE_NAME));
    COLUMNS.stream().filter(c -> !c.equals(MarkColumns.ENTITY_PROVINCE_CODE)).forEach(c -> select.add(col(c)));
    return leads.filter(col(MarkColumns.OUT_OF_PROVINCE).and(col(MarkColumns.STATUS).notEqual(MarkColumns.CLOSED)))
        .select(select.toArray(Column[]::new));
  }
}
