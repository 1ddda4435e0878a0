package org.storerecon.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.Warehouse;

/**
 * Every table of a (small) warehouse as a sorted list of JSON rows, for comparing warehouses on
 * their full contents. {@code run_audit} is compared without the columns that differ between two
 * attempts of the same run ({@link RunAudit#ATTEMPT_COLUMNS}), and without the warehouse root and
 * the configuration digest (which includes it), which differ between forks.
 */
final class WarehouseContents {

  private WarehouseContents() {}

  /**
   * An empty string when both hold the same tables with the same rows; else, per differing table,
   * the row counts and up to three rows only one side holds.
   */
  static String difference(Map<String, List<String>> actual, Map<String, List<String>> expected) {
    StringBuilder sb = new StringBuilder();
    java.util.Set<String> tables = new java.util.TreeSet<>(actual.keySet());
    tables.addAll(expected.keySet());
    for (String table : tables) {
      List<String> a = actual.getOrDefault(table, List.of());
      List<String> e = expected.getOrDefault(table, List.of());
      if (a.equals(e)) {
        continue;
      }
      List<String> missing = new ArrayList<>(e);
      a.forEach(missing::remove);
      List<String> extra = new ArrayList<>(a);
      e.forEach(extra::remove);
      sb.append(table).append(": ").append(a.size()).append(" rows, expected ").append(e.size()).append('\n');
      missing.stream().limit(3).forEach(r -> sb.append("  - ").append(r).append('\n'));
      extra.stream().limit(3).forEach(r -> sb.append("  + ").append(r).append('\n'));
    }
    return sb.toString();
  }

  /** Table name → sorted rows, for every table of {@link NightlyRun#TABLES} that exists, but {@code skipped}. */
  static Map<String, List<String>> of(SparkSession spark, Warehouse warehouse, Collection<String> skipped) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String table : NightlyRun.TABLES) {
      if (skipped.contains(table) || !warehouse.exists(spark, table)) {
        continue;
      }
      Dataset<Row> rows = spark.read().format("delta").load(warehouse.location(table));
      // The warehouse root (and so the configuration digest) is all that tells two forks of one warehouse apart.
      Set<String> dropped = new java.util.HashSet<>(Set.of("warehouse", "config_digest"));
      if (table.equals(Tables.RUN_AUDIT)) {
        dropped.addAll(RunAudit.ATTEMPT_COLUMNS);
      }
      List<Column> columns = new ArrayList<>();
      Arrays.stream(rows.columns()).filter(c -> !dropped.contains(c)).sorted().forEach(c -> columns.add(col(c)));
      List<String> json = new ArrayList<>();
      for (Row r : rows.select(to_json(struct(columns.toArray(Column[]::new)))).collectAsList()) {
        json.add(r.getString(0));
      }
      json.sort(null);
      out.put(table, json);
    }
    return out;
  }
}
