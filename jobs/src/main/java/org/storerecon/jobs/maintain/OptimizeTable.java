package org.storerecon.jobs.maintain;

import io.delta.tables.DeltaOptimizeBuilder;
import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * OPTIMIZE of one Delta table: bin-packs its files into few large ones and, given cluster columns,
 * Z-orders the rows across the new files ({@code ZORDER BY}), so that a filter on those columns skips
 * most files by their min/max statistics. Without cluster columns it only compacts.
 *
 * <p>The rows do not change: Delta commits the rewrite with {@code dataChange = false}. The files it
 * replaced stay until a VACUUM after the retention. Z-order keeps no state in the table, so it works on
 * any Delta table and no pipeline write (an overwrite with a new schema, a MERGE) can undo or break it:
 * an overwrite writes new, unordered files, which the next maintain orders again. Delta rewrites every
 * file of the table on each Z-order (it is not incremental).
 */
public final class OptimizeTable {

  private final SparkSession spark;
  private final String location;
  private final List<String> clusterColumns;

  /** OPTIMIZE of the table at {@code location}, Z-ordered by {@code clusterColumns} (empty: compaction only). */
  public OptimizeTable(SparkSession spark, String location, List<String> clusterColumns) {
    this.spark = Objects.requireNonNull(spark, "spark");
    this.location = Objects.requireNonNull(location, "location");
    this.clusterColumns = List.copyOf(clusterColumns);
  }

  /** Runs the OPTIMIZE (one commit, none when there is nothing to rewrite) and returns the table's size before and after. */
  public Result execute() {
    TableSize before = TableSize.of(spark, location);
    DeltaOptimizeBuilder optimize = DeltaTable.forPath(spark, location).optimize();
    if (clusterColumns.isEmpty()) {
      optimize.executeCompaction();
    } else {
      optimize.executeZOrderBy(clusterColumns.toArray(String[]::new));
    }
    return new Result(before, TableSize.of(spark, location));
  }

  /**
   * What the OPTIMIZE did.
   *
   * @param before the table's size before
   * @param after its size after (the same rows in fewer, ordered files)
   */
  public record Result(TableSize before, TableSize after) {}
}
