package org.storerecon.jobs.mark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;

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
 * touch, merges the leads of those shops (broadcast) and then updates the other open leads in place.
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
   * shop's leads, in one MERGE commit whose source is only the scope's leads:
   *
   * <ul>
   *   <li>tonight's leads of the scope are inserted, or updated as produced again;
   *   <li>the scope's open leads that tonight does not produce (found by broadcast filters of the
   *       table) are closed;
   *   <li>every other open lead (not matched by the source: a shop out of scope) gets tonight's
   *       {@code last_seen} and status {@code open}. A rerun finds them seen tonight already.
   * </ul>
   *
   * <p>Shuffle: the last clause makes the MERGE a full outer join of the table's leads (a few per
   * cent of shops) with the source. Its rows are rewritten anyway, since every open lead's
   * {@code last_seen} changes; one commit instead of a MERGE and an UPDATE saves one pass over the
   * table and leaves no state where some leads were seen tonight and others not yet.
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
    DeltaTable table = DeltaTable.forPath(spark, location);
    // The scope's open leads that tonight does not produce: broadcast filters of the table, no shuffle.
    Dataset<Row> gone = table.toDF().filter(NOT_CLOSED)
        .join(broadcast(scope.select(MarkColumns.PLATFORM, MarkColumns.SHOP_ID)), new String[] {MarkColumns.PLATFORM, MarkColumns.SHOP_ID},
            "left_semi")
        .join(broadcast(scopeLeads.select(MarkColumns.LEAD_ID)), new String[] {MarkColumns.LEAD_ID}, "left_anti")
        .select(leadColumns)
        .withColumn(CLOSE, lit(true));
    Dataset<Row> source = scopeLeads.unionByName(gone).localCheckpoint(true);
    table.as("t")
        .merge(source.as("s"), "t." + MarkColumns.LEAD_ID + " = s." + MarkColumns.LEAD_ID)
        .whenMatched("s." + CLOSE).updateExpr(closed(day))
        .whenMatched().updateExpr(produced(day))
        .whenNotMatched("NOT s." + CLOSE).insertExpr(inserted(day))
        .whenNotMatchedBySource("t." + NOT_CLOSED + " AND t." + MarkColumns.LAST_SEEN + " < " + day)
        .updateExpr(Map.of(MarkColumns.LAST_SEEN, day, MarkColumns.STATUS, "'" + MarkColumns.OPEN + "'"))
        .execute();
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
