package org.storerecon.jobs.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;
import org.storerecon.common.text.Sha256;

/**
 * Identity of one run.
 *
 * @param runId {@code <run date>-<digest>} (see {@link #of}); {@code <run date>T<start time>Z-<random>} for one-off runs
 * @param runDate business date of the snapshot ({@code --run-date})
 * @param startedAt when the run started
 */
public record RunContext(String runId, LocalDate runDate, Instant startedAt) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

  public RunContext {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(startedAt, "startedAt");
  }

  /**
   * The run for a business date of a given computation, started now: its id is the run date and a
   * digest of {@code fingerprint} (command, configuration, input files), so a rerun of the same
   * computation has the same id.
   */
  public static RunContext of(LocalDate runDate, String fingerprint) {
    return new RunContext(runDate + "-" + Sha256.hex(runDate + "|" + fingerprint).substring(0, 12), runDate, Instant.now());
  }

  /** A new run for a business date, started now, with a random id (a run that is never repeated, such as a test's). */
  public static RunContext start(LocalDate runDate) {
    Instant now = Instant.now();
    String id = runDate + "T" + TIME.format(now) + "Z-" + UUID.randomUUID().toString().substring(0, 8);
    return new RunContext(id, runDate, now);
  }
}
