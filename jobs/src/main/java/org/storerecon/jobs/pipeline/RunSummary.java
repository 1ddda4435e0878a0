package org.storerecon.jobs.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storerecon.jobs.error.StoreReconException;

/**
 * The outcome of one run: what the CLI prints, writes with {@code --summary-json}, and records in
 * {@code run_audit}.
 *
 * @param run identity of the run
 * @param command CLI command ({@code run}, {@code ingest}, {@code demo})
 * @param outcome succeeded or failed
 * @param finishedAt end time
 * @param stages reports of the stages that ran, in order
 * @param failure the error of a failed run
 * @param warehouse warehouse root the tables were written to
 * @param codeVersion storerecon version
 * @param configDigest SHA-256 of the effective configuration
 */
public record RunSummary(
    RunContext run,
    String command,
    StageReport.Outcome outcome,
    Instant finishedAt,
    List<StageReport> stages,
    Optional<StoreReconException> failure,
    String warehouse,
    String codeVersion,
    String configDigest) {

  public RunSummary {
    Objects.requireNonNull(run, "run");
    stages = List.copyOf(stages);
  }

  /** A run that failed before its first stage, for example on a contract error. */
  public static RunSummary failedBeforeStart(RunContext run, String command, StoreReconException failure, String warehouse,
      String configDigest) {
    return new RunSummary(run, command, StageReport.Outcome.FAILED, java.time.Instant.now(), List.of(), Optional.of(failure),
        warehouse, CodeVersion.current(), configDigest);
  }

  /** The one-line error of a failed run. */
  public Optional<String> error() {
    return failure.map(StoreReconException::getMessage);
  }

  public boolean succeeded() {
    return outcome == StageReport.Outcome.SUCCEEDED;
  }

  public long durationMs() {
    return finishedAt.toEpochMilli() - run.startedAt().toEpochMilli();
  }
}
