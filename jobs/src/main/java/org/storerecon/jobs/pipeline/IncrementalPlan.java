package org.storerecon.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.CommitMetrics;
import org.storerecon.common.delta.Warehouse;

/**
 * Whether a stage can recompute incrementally tonight, and what changed in its input tables since
 * its last successful run (the baseline in {@code run_audit}). Pins the versions of the inputs it
 * plans with: the stage reads exactly those versions, and records them as the next baseline.
 *
 * @param fullReason why the stage recomputes in full; empty for an incremental night
 * @param versions the input tables' versions tonight, to read and record
 * @param changes each input's change data feed rows since the baseline (incremental nights only)
 */
public record IncrementalPlan(Optional<String> fullReason, Map<String, Long> versions, Map<String, Dataset<Row>> changes) {

  public IncrementalPlan {
    versions = Map.copyOf(versions);
    changes = Map.copyOf(changes);
  }

  public boolean full() {
    return fullReason.isPresent();
  }

  /** This plan, or a full one with the same versions when an incremental night would recompute a reason to be full. */
  public IncrementalPlan fullBecause(Optional<String> reason) {
    return full() || reason.isEmpty() ? this : new IncrementalPlan(reason, versions, Map.of());
  }

  /**
   * This plan, or a full one when the shops an incremental night would recompute are more than
   * {@code maxShare} of tonight's: past that share, the changed shops' path costs more than the full one.
   */
  public IncrementalPlan fullAbove(long inScope, long shops, double maxShare) {
    return fullBecause(inScope > maxShare * shops
        ? Optional.of(String.format(java.util.Locale.ROOT, "%,d of %,d shops changed, over incremental-max-share %.2f", inScope, shops, maxShare))
        : Optional.empty());
  }

  /** The mode as recorded: {@code incremental}, or {@code full: <reason>}. */
  public String mode() {
    return fullReason.map(r -> "full: " + r).orElse("incremental");
  }

  /**
   * Plans a stage.
   *
   * @param stage the stage label (its baseline is its own last successful run, other than {@code run})
   * @param inputs the tables the stage reads, which must exist
   * @param forced a reason to recompute in full that the stage knows of (for example no stored model)
   */
  public static IncrementalPlan of(SparkSession spark, Warehouse warehouse, String stage, RunContext run, RunMode mode,
      String rulesDigest, List<String> inputs, Optional<String> forced) {
    Map<String, Long> versions = new LinkedHashMap<>();
    for (String table : inputs) {
      versions.put(table, CommitMetrics.currentVersion(spark, warehouse.location(table)));
    }
    Optional<String> reason = switch (mode) {
      case FULL -> Optional.of("requested (--full)");
      case RETRAIN -> Optional.of("requested (--retrain)");
      case INCREMENTAL -> forced;
    };
    if (reason.isPresent()) {
      return new IncrementalPlan(reason, versions, Map.of());
    }
    Optional<RunAudit.Baseline> baseline = new RunAudit(spark, warehouse).lastSucceeded(stage, run.runId());
    if (baseline.isEmpty()) {
      return new IncrementalPlan(Optional.of("no earlier successful " + stage), versions, Map.of());
    }
    if (!baseline.get().rulesDigest().equals(rulesDigest)) {
      return new IncrementalPlan(Optional.of("storerecon.resolve or storerecon.mark changed since " + baseline.get().runId()), versions,
          Map.of());
    }
    ChangeFeed feed = new ChangeFeed(spark, warehouse);
    Map<String, Dataset<Row>> changes = new LinkedHashMap<>();
    for (String table : inputs) {
      Long before = baseline.get().inputVersions().get(table);
      if (before == null) {
        return new IncrementalPlan(Optional.of(table + " was not an input of " + baseline.get().runId()), versions, Map.of());
      }
      Optional<Dataset<Row>> changed = feed.between(table, before, versions.get(table));
      if (changed.isEmpty()) {
        return new IncrementalPlan(Optional.of("no change data feed of " + table + " since version " + before), versions, Map.of());
      }
      changes.put(table, changed.get());
    }
    return new IncrementalPlan(Optional.empty(), versions, changes);
  }
}
