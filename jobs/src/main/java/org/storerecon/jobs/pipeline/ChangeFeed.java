package org.storerecon.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.Warehouse;

/**
 * The rows of a table that changed between two versions, from its Delta change data feed
 * ({@code readChangeFeed}): inserted rows, deleted rows and both images of updated rows, with
 * Delta's {@code _change_type}, {@code _commit_version} and {@code _commit_timestamp} columns.
 * Reads the commits' change files, and, for rows a commit deleted with deletion vectors (an
 * incremental night's {@code replaceWhere}), the data files those rows are in.
 */
public final class ChangeFeed {

  /** Delta's change type column. */
  public static final String CHANGE_TYPE = "_change_type";
  /** Delta's column of the version that made a change. */
  public static final String COMMIT_VERSION = "_commit_version";

  /**
   * How many keys a range of commits inserted (absent before, present after), updated (present at
   * both ends, changed) and deleted (present before, absent after).
   */
  public record NetChanges(long inserted, long updated, long deleted) {}

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChangeFeed.class);

  private final SparkSession spark;
  private final Warehouse warehouse;

  public ChangeFeed(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /**
   * The changes after version {@code from} up to {@code to} (inclusive); no rows when they are the
   * same version. Empty when the feed cannot answer: it was not enabled for some of those commits,
   * or their files are gone (vacuumed, or the table was replaced); the caller then recomputes in
   * full.
   */
  public Optional<Dataset<Row>> between(String table, long from, long to) {
    if (from > to) {
      return Optional.empty();
    }
    String location = warehouse.location(table);
    if (from == to) {
      return Optional.of(spark.read().format("delta").option("readChangeFeed", "true").option("startingVersion", to)
          .option("endingVersion", to).load(location).limit(0));
    }
    Dataset<Row> changes = spark.read().format("delta").option("readChangeFeed", "true")
        .option("startingVersion", from + 1).option("endingVersion", to).load(location);
    try {
      // Planning the scan checks that every commit in the range recorded its changes; reads one file at most.
      changes.limit(1).collectAsList();
      return Optional.of(changes);
    } catch (Exception e) {
      // Exception, not RuntimeException: Delta throws checked exceptions undeclared. The answer is
      // "cannot tell what changed", which the caller turns into a full recompute and reports.
      LOG.warn("No change data feed for {} after version {}: {}", table, from, e.toString());
      return Optional.empty();
    }
  }

  /**
   * The net effect of change rows (from {@link #between}) on each key. A MERGE records an update as
   * {@code update_preimage} and {@code update_postimage}; an incremental night's replacement of
   * changed rows ({@code replaceWhere}) as {@code delete} and {@code insert} of the key in the same
   * version. Per key, the first change (by version, the old image before the new one) tells whether
   * it existed before the range, the last whether it exists after. One shuffle of the change rows by key.
   */
  public static NetChanges net(Dataset<Row> changes, List<String> keys) {
    Column oldImage = col(CHANGE_TYPE).isin("delete", "update_preimage");
    Column order = struct(col(COMMIT_VERSION), when(oldImage, lit(0)).otherwise(lit(1)));
    Dataset<Row> perKey = changes.groupBy(keys.stream().map(k -> col(k)).toArray(Column[]::new))
        .agg(min_by(oldImage, order).as("_before"), max_by(not(oldImage), order).as("_after"));
    Column before = col("_before");
    Column after = col("_after");
    Row r = perKey.agg(count(when(not(before).and(after), lit(1))), count(when(before.and(after), lit(1))),
        count(when(before.and(not(after)), lit(1)))).first();
    return new NetChanges(r.getLong(0), r.getLong(1), r.getLong(2));
  }
}
