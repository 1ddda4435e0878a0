package org.storerecon.common.delta;

import io.delta.tables.DeltaTable;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import scala.Option;

/**
 * Version and output row count of a Delta commit, read from the table's history. Stages use it to
 * report what they wrote and to reconcile row counts without counting the data again.
 *
 * @param version table version of the commit
 * @param outputRows rows the commit wrote ({@code numOutputRows}; 0 when the commit has no such metric)
 * @param operationMetrics every operation metric of the commit (empty when there was no commit)
 */
public record CommitMetrics(long version, long outputRows, Map<String, String> operationMetrics) {

  private static final String OUTPUT_ROWS = "numOutputRows";

  /** The table's latest commit. */
  public static CommitMetrics latest(SparkSession spark, String location) {
    Row last = DeltaTable.forPath(spark, location).history(1).select("version", "operationMetrics").first();
    Map<String, String> metrics = last.isNullAt(1) ? Map.of() : Map.copyOf(last.getJavaMap(1));
    return new CommitMetrics(last.getLong(0), count(metrics, OUTPUT_ROWS), metrics);
  }

  /** An operation metric that counts (rows, files); 0 when the commit has no such metric. */
  public long metric(String name) {
    return count(operationMetrics, name);
  }

  private static long count(Map<String, String> metrics, String name) {
    String v = metrics.get(name);
    return v == null ? 0 : Long.parseLong(v);
  }

  /** The table's version, or -1 when it does not exist yet. */
  public static long currentVersion(SparkSession spark, String location) {
    // The log's latest version, as Delta's own commands find it: a listing of _delta_log and no
    // Spark job (the history read, one job, cost about half a second per call on two busy cores).
    return DeltaTable.isDeltaTable(spark, location)
        ? DeltaLog.forTable(spark, location).update(false, Option.empty(), Option.empty()).version()
        : -1;
  }

  /** The commit after version {@code before}; zero rows when an empty write made no commit. */
  public static CommitMetrics since(SparkSession spark, String location, long before) {
    if (!DeltaTable.isDeltaTable(spark, location)) {
      return new CommitMetrics(before, 0, Map.of());
    }
    return currentVersion(spark, location) == before ? new CommitMetrics(before, 0, Map.of()) : latest(spark, location);
  }
}
