package org.storerecon.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a small {@code Dataset<Row>} in a test, column by column then row by row:
 *
 * <pre>{@code
 * Dataset<Row> shops = DatasetBuilder.of(spark)
 *     .column("platform").column("shop_id").column("opened_on", DataTypes.DateType)
 *     .row("taobao", "1", Date.valueOf("2024-01-02"))
 *     .build();
 * }</pre>
 *
 * Columns default to nullable strings.
 */
public final class DatasetBuilder {

  private final SparkSession spark;
  private final List<StructField> fields = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  private DatasetBuilder(SparkSession spark) {
    this.spark = spark;
  }

  public static DatasetBuilder of(SparkSession spark) {
    return new DatasetBuilder(spark);
  }

  /** Adds a nullable string column. */
  public DatasetBuilder column(String name) {
    return column(name, DataTypes.StringType);
  }

  /** Adds a nullable column of the given type. */
  public DatasetBuilder column(String name, DataType type) {
    fields.add(DataTypes.createStructField(name, type, true));
    return this;
  }

  /** Adds nullable string columns. */
  public DatasetBuilder columns(String... names) {
    Arrays.stream(names).forEach(this::column);
    return this;
  }

  /** Adds a row; values follow the column order, {@code null} for SQL NULL. */
  public DatasetBuilder row(Object... values) {
    if (values.length != fields.size()) {
      throw new IllegalArgumentException("Row has " + values.length + " values but the builder has " + fields.size() + " columns");
    }
    rows.add(RowFactory.create(values));
    return this;
  }

  public StructType schema() {
    return new StructType(fields.toArray(StructField[]::new));
  }

  public Dataset<Row> build() {
    return spark.createDataFrame(rows, schema());
  }
}
