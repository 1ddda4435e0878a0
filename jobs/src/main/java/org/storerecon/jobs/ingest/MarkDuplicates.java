package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.contract.ReasonCode;

/**
 * Among the good rows of a validated input, keeps one row per key and marks the others
 * {@code DUPLICATE_KEY}. The winner is deterministic: the row with the most filled contract
 * columns, then the first in file order ({@code row}). Rows that already failed a check do not
 * compete.
 *
 * <p>Cost: one shuffle of the whole input by key (a window), the only wide step of ingestion.
 */
public final class MarkDuplicates {

  public Dataset<Row> apply(Dataset<Row> validated) {
    Column good = size(col(Columns.REASONS)).equalTo(0).and(col(CheckedColumns.KEY).isNotNull());
    // Bad rows get a null partition key so they do not compete with good ones.
    Column partition = when(good, col(CheckedColumns.KEY));
    WindowSpec byKey = Window.partitionBy(partition)
        .orderBy(col(CheckedColumns.FILLED).desc(), col(Columns.ROW).asc());
    String duplicateOf = "_duplicate_of";
    Column isDuplicate = col(duplicateOf).isNotNull();
    return validated
        .withColumn(duplicateOf, when(good.and(row_number().over(byKey).gt(1)), first(col(Columns.ROW)).over(byKey)))
        .withColumn(Columns.REASONS, when(isDuplicate,
            array_union(col(Columns.REASONS), array(lit(ReasonCode.DUPLICATE_KEY.name()))))
            .otherwise(col(Columns.REASONS)))
        .withColumn(Columns.DETAIL, when(isDuplicate,
            concat(lit("same key as row "), col(duplicateOf).cast("string"), lit(", which has more filled columns or comes first")))
            .otherwise(col(Columns.DETAIL)))
        .drop(duplicateOf);
  }
}
