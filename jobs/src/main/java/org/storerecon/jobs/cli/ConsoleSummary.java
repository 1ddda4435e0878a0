package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.storerecon.jobs.pipeline.RunSummary;
import org.storerecon.jobs.pipeline.StageReport;

/** Prints a run summary for a person: one line per stage and input. */
final class ConsoleSummary {

  private ConsoleSummary() {}

  static void print(RunSummary s, PrintWriter out) {
    out.printf("storerecon %s %s: %s in %.1f s (run id %s)%n", s.command(), s.run().runDate(), s.outcome().label(),
        s.durationMs() / 1000.0, s.run().runId());
    for (StageReport r : s.stages()) {
      out.printf("  %-8s %-9s in %,10d  written %,10d  quarantined %,8d  %6.1f s  %s%s%n", r.stage(), r.source().orElse(""),
          r.rowsIn(), r.rowsOut(), r.rowsQuarantined(), r.durationMs() / 1000.0, reasons(r), changes(r));
    }
    out.println("  tables: " + s.warehouse());
    out.flush();
  }

  /** What changed and how much was recomputed, e.g. {@code [incremental: shops_recomputed=412]}. */
  private static String changes(StageReport r) {
    String changed = r.changes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(" "));
    String mode = r.mode().orElse("");
    if (changed.isEmpty() && mode.isEmpty()) {
      return "";
    }
    return " [" + mode + (mode.isEmpty() || changed.isEmpty() ? "" : ": ") + changed + "]";
  }

  private static String reasons(StageReport r) {
    if (r.outcome() == StageReport.Outcome.FAILED) {
      return "FAILED: " + r.message().orElse("");
    }
    return r.reasons().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
  }
}
