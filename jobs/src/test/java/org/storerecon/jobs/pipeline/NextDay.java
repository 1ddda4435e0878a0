package org.storerecon.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A day-2 snapshot of a generated data set for the nightly tests, chosen by hashes of the keys:
 * shops with a new phone, shops gone, shops closed, new shops (a second shop of an existing
 * operator), entities with a new address and deregistered entities. Written as CSV folders.
 */
final class NextDay {

  private NextDay() {}

  static void write(SparkSession spark, Path day1, Path day2) {
    Dataset<Row> shops = csv(spark, day1.resolve("shops.csv"));
    Column bucket = pmod(xxhash64(col("platform"), col("shop_id")), lit(100));
    Dataset<Row> kept = shops.filter(bucket.notEqual(1))
        .withColumn("phone", when(bucket.equalTo(2), lit("0571-88776655")).otherwise(col("phone")))
        .withColumn("status", when(bucket.equalTo(3), lit("closed")).otherwise(col("status")));
    Dataset<Row> added = shops.filter(bucket.equalTo(4)).withColumn("shop_id", concat(col("shop_id"), lit("-2")))
        .withColumn("shop_name", concat(col("shop_name"), lit("二店")));
    save(kept.unionByName(added), day2.resolve("shops.csv"));

    Dataset<Row> entities = csv(spark, day1.resolve("entities.csv"));
    Column e = pmod(xxhash64(col("uscc"), col("reg_no")), lit(100));
    save(entities
        .withColumn("address", when(e.equalTo(5), concat(col("address"), lit("二楼"))).otherwise(col("address")))
        .withColumn("status", when(e.equalTo(6), lit("deregistered")).otherwise(col("status"))), day2.resolve("entities.csv"));
    save(csv(spark, day1.resolve("brands.csv")), day2.resolve("brands.csv"));
  }

  private static Dataset<Row> csv(SparkSession spark, Path file) {
    return spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(file.toString());
  }

  private static void save(Dataset<Row> rows, Path folder) {
    rows.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").option("escape", "\"").csv(folder.toString());
  }
}
