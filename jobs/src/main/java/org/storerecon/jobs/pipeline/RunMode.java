package org.storerecon.jobs.pipeline;

/** How much of the warehouse a night recomputes. */
public enum RunMode {
  /**
   * Only what changed since each stage's last successful run: the default. A stage recomputes in
   * full when it has no such run, when the {@code resolve} or {@code mark} configuration changed
   * since, or when the change data feed cannot tell what changed; its report says why.
   */
  INCREMENTAL,
  /** Every shop, with the stored resolution model ({@code run --full}). */
  FULL,
  /** Every shop, with a resolution model trained again on tonight's data ({@code run --retrain}). */
  RETRAIN
}
