package org.storerecon.jobs.config;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of nightly operation ({@code storerecon.nightly}).
 *
 * @param lockHeartbeat how often a run touches the warehouse's run lock
 * @param lockTimeout how long an untouched lock of a run on another host counts as held; after that it is stale
 * @param incrementalMaxShare share of tonight's shops above which {@code resolve} and {@code mark}
 *     recompute every shop instead of the changed ones (same result; cheaper when most shops changed)
 * @param incrementalSpark Spark SQL settings a stage sets while it recomputes only a night's changes
 *     ({@code storerecon.nightly.incremental-spark}), taken back when the stage is done
 */
public record NightlyConfig(Duration lockHeartbeat, Duration lockTimeout, double incrementalMaxShare,
    Map<String, String> incrementalSpark) {

  /** Configuration key of {@link #incrementalSpark}, for messages. */
  public static final String INCREMENTAL_SPARK_KEY = "storerecon.nightly.incremental-spark";

  public NightlyConfig {
    Objects.requireNonNull(lockHeartbeat, "lockHeartbeat");
    Objects.requireNonNull(lockTimeout, "lockTimeout");
    incrementalSpark = Map.copyOf(incrementalSpark);
  }
}
