package org.storerecon.jobs.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.error.Errors;

/**
 * The Delta reads and writes of the stages and commands that work on a warehouse's tables: a
 * missing table is a user-facing error (run the stage that writes it first), and a current-state
 * table is overwritten with its new schema (earlier states stay readable by Delta time travel).
 */
public final class StageTables {

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

  /** Replaces the table's content (and schema) with {@code rows}. */
  public void overwrite(Dataset<Row> rows, String table) {
    rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(warehouse.location(table));
  }
}
