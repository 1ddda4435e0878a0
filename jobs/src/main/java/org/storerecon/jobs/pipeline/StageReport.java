package org.storerecon.jobs.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one stage did in a run, for one input where the stage works per input. Recorded in
 * {@code run_audit} and the summary JSON.
 *
 * @param stage stage name ({@code ingest}, ...)
 * @param source input or table the report is about; empty for whole-run stages
 * @param inputPath path read, when the stage reads an input file
 * @param inputBytes bytes read from {@code inputPath}
 * @param rowsIn rows read
 * @param rowsOut rows written to the stage's output table
 * @param rowsQuarantined rows sent to quarantine
 * @param reasons quarantined rows per reason code
 * @param durationMs wall time
 * @param tableVersion Delta version written, or -1
 * @param outcome {@code succeeded} or {@code failed}
 * @param message error message of a failed stage
 * @param mode how much the stage recomputed: {@code incremental}, or {@code full} with the reason
 * @param inputVersions Delta versions of the tables the stage read (the baseline of its next incremental run)
 * @param tableVersions Delta versions of the tables the stage wrote, after its writes
 * @param changes what changed, by kind (records inserted, updated, deleted; shops recomputed, gone)
 * @param metrics further counts of the stage by name ({@code maintain}: files and bytes before and after),
 *     in the summary JSON; empty for most stages
 */
public record StageReport(
    String stage,
    Optional<String> source,
    Optional<String> inputPath,
    long inputBytes,
    long rowsIn,
    long rowsOut,
    long rowsQuarantined,
    Map<String, Long> reasons,
    long durationMs,
    long tableVersion,
    Outcome outcome,
    Optional<String> message,
    Optional<String> mode,
    Map<String, Long> inputVersions,
    Map<String, Long> tableVersions,
    Map<String, Long> changes,
    Map<String, Long> metrics) {

  public StageReport {
    Objects.requireNonNull(stage, "stage");
    reasons = Map.copyOf(reasons);
    inputVersions = Map.copyOf(inputVersions);
    tableVersions = Map.copyOf(tableVersions);
    changes = Map.copyOf(changes);
    metrics = Map.copyOf(metrics);
  }

  /** A report of a pipeline stage: without further metrics. */
  public StageReport(String stage, Optional<String> source, Optional<String> inputPath, long inputBytes, long rowsIn, long rowsOut,
      long rowsQuarantined, Map<String, Long> reasons, long durationMs, long tableVersion, Outcome outcome, Optional<String> message,
      Optional<String> mode, Map<String, Long> inputVersions, Map<String, Long> tableVersions, Map<String, Long> changes) {
    this(stage, source, inputPath, inputBytes, rowsIn, rowsOut, rowsQuarantined, reasons, durationMs, tableVersion, outcome, message,
        mode, inputVersions, tableVersions, changes, Map.of());
  }

  /** A report without mode, versions and changes, with further metrics. */
  public StageReport(String stage, Optional<String> source, Optional<String> inputPath, long inputBytes, long rowsIn,
      long rowsOut, long rowsQuarantined, Map<String, Long> reasons, long durationMs, long tableVersion, Outcome outcome,
      Optional<String> message, Map<String, Long> metrics) {
    this(stage, source, inputPath, inputBytes, rowsIn, rowsOut, rowsQuarantined, reasons, durationMs, tableVersion, outcome, message,
        Optional.empty(), Map.of(), Map.of(), Map.of(), metrics);
  }

  /** A report without mode, versions, changes and metrics. */
  public StageReport(String stage, Optional<String> source, Optional<String> inputPath, long inputBytes, long rowsIn, long rowsOut,
      long rowsQuarantined, Map<String, Long> reasons, long durationMs, long tableVersion, Outcome outcome, Optional<String> message) {
    this(stage, source, inputPath, inputBytes, rowsIn, rowsOut, rowsQuarantined, reasons, durationMs, tableVersion, outcome, message,
        Map.of());
  }

  /** How a stage or run ended. */
  public enum Outcome {
    SUCCEEDED,
    FAILED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A failed stage: what it was working on and why it failed. */
  public static StageReport failed(String stage, Optional<String> source, long durationMs, String message) {
    return new StageReport(stage, source, Optional.empty(), 0, 0, 0, 0, Map.of(), durationMs, -1, Outcome.FAILED,
        Optional.of(message));
  }
}
