package org.storerecon.jobs.mark;

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
 * Keeps {@code enforcement_lead} across nights with one Delta MERGE on {@code lead_id}:
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
 * <p>The MERGE joins tonight's leads with the table by lead_id (one shuffle over leads, never over
 * shops). {@link #crossRegion} derives the per-province view of open leads.
 */
public final class LeadLifecycle {

  /** Columns of {@code enforcement_lead}, in order. */
  public static final List<String> COLUMNS;

  static {
    List<String> all = new ArrayList<>(LeadCandidates.LEAD_COLUMNS);
    all.addAll(List.of(MarkColumns.FIRST_SEEN, MarkColumns.LAST_SEEN, MarkColumns.CLOSED_ON, MarkColumns.STATUS));
    COLUMNS = List.copyOf(all);
  }

  private final SparkSession spark;

  public LeadLifecycle(SparkSession spark) {
    this.spark = spark;
  }

  /** Merges tonight's leads (from {@link LeadCandidates#tonight}) into the table at {@code location}; creates it on the first night. */
  public void merge(String location, Dataset<Row> tonight, LocalDate runDate) {
    String day = "DATE'" + runDate + "'";
    if (!DeltaTable.isDeltaTable(spark, location)) {
      tonight.withColumn(MarkColumns.FIRST_SEEN, lit(Date.valueOf(runDate))).withColumn(MarkColumns.LAST_SEEN, lit(Date.valueOf(runDate)))
          .withColumn(MarkColumns.CLOSED_ON, lit(null).cast(DataTypes.DateType)).withColumn(MarkColumns.STATUS, lit(MarkColumns.NEW))
          .select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new))
          .write().format("delta").save(location);
      return;
    }
    Map<String, String> update = new LinkedHashMap<>();
    Map<String, String> insert = new LinkedHashMap<>();
    for (String c : LeadCandidates.LEAD_COLUMNS) {
      update.put(c, "s." + c);
      insert.put(c, "s." + c);
    }
    update.remove(MarkColumns.LEAD_ID);
    update.put(MarkColumns.LAST_SEEN, day);
    update.put(MarkColumns.CLOSED_ON, "CAST(NULL AS DATE)");
    update.put(MarkColumns.STATUS, "CASE WHEN t." + MarkColumns.LAST_SEEN + " = " + day + " THEN t." + MarkColumns.STATUS
        + " ELSE '" + MarkColumns.OPEN + "' END");
    insert.put(MarkColumns.FIRST_SEEN, day);
    insert.put(MarkColumns.LAST_SEEN, day);
    insert.put(MarkColumns.CLOSED_ON, "CAST(NULL AS DATE)");
    insert.put(MarkColumns.STATUS, "'" + MarkColumns.NEW + "'");
    // Shuffle: tonight's leads ⋈ enforcement_lead by lead_id (both sides are leads, a few per cent of shops).
    DeltaTable.forPath(spark, location).as("t")
        .merge(tonight.as("s"), "t." + MarkColumns.LEAD_ID + " = s." + MarkColumns.LEAD_ID)
        .whenMatched().updateExpr(update)
        .whenNotMatched().insertExpr(insert)
        .whenNotMatchedBySource("t." + MarkColumns.STATUS + " <> '" + MarkColumns.CLOSED + "'")
        .updateExpr(Map.of(MarkColumns.STATUS, "'" + MarkColumns.CLOSED + "'", MarkColumns.CLOSED_ON, day))
        .execute();
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
