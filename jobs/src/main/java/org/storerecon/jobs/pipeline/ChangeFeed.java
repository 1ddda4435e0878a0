package org.storerecon.jobs.pipeline;

import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.Warehouse;

/**
 * The rows of a table that changed between two versions, from its Delta change data feed
 * ({@code readChangeFeed}): inserted rows, deleted rows and both images of updated rows, with
 * Delta's {@code _change_type}, {@code _commit_version} and {@code _commit_timestamp} columns.
 * Reads only the commits' change files, not the table.
 */
public final class ChangeFeed {

  /** Delta's change type column. */
  public static final String CHANGE_TYPE = "_change_type";

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
}
