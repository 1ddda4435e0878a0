package org.storerecon.jobs.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@code storerecon maintain} does to each table: the Z-order columns of its OPTIMIZE and the
 * retention of its VACUUM. Validated by {@link ConfigLoader}: the retention lies in
 * [{@value #MIN_RETENTION_HOURS}, {@value #MAX_RETENTION_HOURS}] hours and every table named is a
 * storerecon table.
 *
 * @param vacuumRetentionHours hours a data file no longer in the current version is kept, declared
 *     on each table as {@code delta.deletedFileRetentionDuration} (VACUUM and time travel both use it)
 * @param clusterBy Z-order columns by table; an empty list, or a table not listed, means compaction only
 */
public record MaintainConfig(int vacuumRetentionHours, Map<String, List<String>> clusterBy) {

  /**
   * Shortest retention: incremental nights read the previous night's snapshot by Delta time travel,
   * which Delta refuses for a version older than the table's retention.
   */
  public static final int MIN_RETENTION_HOURS = 24;

  /** The block of the Z-order columns by table. */
  public static final String CLUSTER_BY_KEY = "storerecon.maintain.cluster-by";

  /** Longest retention: Delta refuses a file retention above {@code delta.logRetentionDuration} (30 days by default). */
  public static final int MAX_RETENTION_HOURS = 720;

  public MaintainConfig {
    clusterBy = Map.copyOf(clusterBy);
  }

  /** The VACUUM retention. */
  public Duration vacuumRetention() {
    return Duration.ofHours(vacuumRetentionHours);
  }

  /** The Z-order columns of a table, empty for compaction only. */
  public List<String> clusterColumns(String table) {
    return clusterBy.getOrDefault(table, List.of());
  }
}
