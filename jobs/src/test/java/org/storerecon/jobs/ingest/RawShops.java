package org.storerecon.jobs.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.contract.Contract;
import org.storerecon.jobs.config.InputFormat;
import org.storerecon.testing.DatasetBuilder;

/** Builds a {@link RawInput} of shops in memory: all contract columns, strings, as a CSV read would give. */
final class RawShops {

  private final SparkSession spark;
  private final List<Object[]> rows = new ArrayList<>();

  private RawShops(SparkSession spark) {
    this.spark = spark;
  }

  static RawShops of(SparkSession spark) {
    return new RawShops(spark);
  }

  /** A good shop with the given key and name; other columns empty. */
  RawShops shop(String platform, String shopId, String name) {
    return row(platform, shopId, name, null, null, null, null, null, null, null, null, null);
  }

  /** One row in contract column order (12 values). */
  RawShops row(String... values) {
    if (values.length != Contract.SHOPS.fields().size()) {
      throw new IllegalArgumentException("shops have " + Contract.SHOPS.fields().size() + " columns");
    }
    Object[] row = Arrays.copyOf(values, values.length + 3, Object[].class);
    row[values.length] = null;
    row[values.length + 1] = "mem://shops.csv";
    row[values.length + 2] = (long) rows.size();
    rows.add(row);
    return this;
  }

  /** A record the parser could not split. */
  RawShops corrupt(String text) {
    Object[] row = new Object[Contract.SHOPS.fields().size() + 3];
    row[row.length - 3] = text;
    row[row.length - 2] = "mem://shops.csv";
    row[row.length - 1] = (long) rows.size();
    rows.add(row);
    return this;
  }

  RawInput build() {
    DatasetBuilder builder = DatasetBuilder.of(spark);
    Contract.SHOPS.columnNames().forEach(builder::column);
    builder.column(RawInput.CORRUPT_RECORD).column(Columns.SOURCE_FILE).column(Columns.ROW, org.apache.spark.sql.types.DataTypes.LongType);
    rows.forEach(builder::row);
    InputFiles files = new InputFiles(Contract.SHOPS, "mem://shops.csv", InputFormat.CSV, List.of("mem://shops.csv"), 0);
    return new RawInput(files, Contract.SHOPS.columnNames(), builder.build());
  }
}
