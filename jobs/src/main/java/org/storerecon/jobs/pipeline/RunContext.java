package org.storerecon.jobs.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of one run.
 *
 * @param runId unique id, {@code <run date>T<start time>Z-<random>}, sortable by start time
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

  /** A new run for a business date, started now. */
  public static RunContext start(LocalDate runDate) {
    Instant now = Instant.now();
    String id = runDate + "T" + TIME.format(now) + "Z-" + UUID.randomUUID().toString().substring(0, 8);
    return new RunContext(id, runDate, now);
  }
}
