package org.storerecon.jobs.maintain;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The size of a Delta table's current version: its data files, their bytes and its rows, all from
 * the Delta log (DESCRIBE DETAIL; the row count from the files' statistics), without a scan of the data.
 *
 * @param files data files of the current version
 * @param bytes their total size
 * @param rows rows of the current version
 */
public record TableSize(long files, long bytes, long rows) {

  private static final String NUM_FILES = "numFiles";
  private static final String SIZE_IN_BYTES = "sizeInBytes";

  /** The size of the table at {@code location} now. */
  public static TableSize of(SparkSession spark, String location) {
    Row detail = DeltaTable.forPath(spark, location).detail().select(NUM_FILES, SIZE_IN_BYTES).first();
    long rows = spark.read().format("delta").load(location).count();
    return new TableSize(detail.getLong(0), detail.getLong(1), rows);
  }
}
