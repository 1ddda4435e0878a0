package org.storerecon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Order-insensitive assertions on a {@code Dataset<Row>}: select the columns a test cares about,
 * then compare the rows as a multiset.
 *
 * <pre>{@code
 * DatasetAssert.assertThat(result)
 *     .columns("shop_id", "decision")
 *     .containsExactlyInAnyOrder(List.of("1", "linked"), List.of("2", "unlinked"));
 * }</pre>
 */
public final class DatasetAssert {

  private final Dataset<Row> dataset;

  private DatasetAssert(Dataset<Row> dataset) {
    this.dataset = dataset;
  }

  public static DatasetAssert assertThatDataset(Dataset<Row> dataset) {
    return new DatasetAssert(dataset);
  }

  /** Restricts the comparison to these columns, in this order. */
  public DatasetAssert columns(String... names) {
    Column[] cols = Arrays.stream(names).map(functions::col).toArray(Column[]::new);
    return new DatasetAssert(dataset.select(cols));
  }

  /** The rows, each as a list of its values, in any order; {@code null} for SQL NULL. */
  public DatasetAssert containsExactlyInAnyOrder(List<?>... expected) {
    assertThat(rowsAsLists()).containsExactlyInAnyOrderElementsOf(Arrays.asList(expected));
    return this;
  }

  /** Every expected row is present (others may be too). */
  public DatasetAssert contains(List<?>... expected) {
    assertThat(rowsAsLists()).containsAll(Arrays.asList(expected));
    return this;
  }

  /**
   * Has the columns of {@code expected} (by name, in any order) and the same rows, as multisets (two
   * {@code exceptAll}, each a shuffle). Fails with the rows each side has and the other lacks.
   */
  public DatasetAssert hasSameRowsAs(Dataset<Row> expected) {
    assertThat(dataset.columns()).as("columns").containsExactlyInAnyOrder(expected.columns());
    Dataset<Row> actual = dataset.select(Arrays.stream(expected.columns()).map(functions::col).toArray(Column[]::new));
    assertThat(new DatasetAssert(actual.exceptAll(expected)).rowsAsLists()).as("rows not expected").isEmpty();
    assertThat(new DatasetAssert(expected.exceptAll(actual)).rowsAsLists()).as("rows missing").isEmpty();
    return this;
  }

  public DatasetAssert hasRowCount(long expected) {
    assertThat(dataset.count()).as("row count").isEqualTo(expected);
    return this;
  }

  public DatasetAssert isEmpty() {
    return hasRowCount(0);
  }

  /** Has exactly these columns (names, in order). */
  public DatasetAssert hasColumns(String... names) {
    assertThat(dataset.columns()).containsExactly(names);
    return this;
  }

  /** Has at least these columns. */
  public DatasetAssert hasColumnsIncluding(String... names) {
    assertThat(dataset.columns()).contains(names);
    return this;
  }

  private List<List<?>> rowsAsLists() {
    List<List<?>> out = new ArrayList<>();
    for (Row row : dataset.collectAsList()) {
      List<Object> values = new ArrayList<>(row.length());
      for (int i = 0; i < row.length(); i++) {
        Object v = row.get(i);
        if (v instanceof scala.collection.Seq<?> seq) {
          v = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(seq));
        }
        values.add(v);
      }
      out.add(values);
    }
    return out;
  }
}
