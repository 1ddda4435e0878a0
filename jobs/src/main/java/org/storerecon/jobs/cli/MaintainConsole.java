package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.storerecon.jobs.maintain.TableMaintenance;
import org.storerecon.jobs.pipeline.RunSummary;
import org.storerecon.jobs.pipeline.StageReport;

/**
 * Prints a maintain run for a person: one line per table with its data files and bytes before and
 * after OPTIMIZE, the files VACUUM deleted, the time and the table's version after.
 */
final class MaintainConsole {

  private MaintainConsole() {}

  static void print(RunSummary s, PrintWriter out) {
    out.printf("storerecon %s: %s in %.1f s (run id %s)%n", s.command(), s.outcome().label(), s.durationMs() / 1000.0,
        s.run().runId());
    for (StageReport r : s.stages()) {
      String table = r.source().orElse("");
      if (r.outcome() == StageReport.Outcome.FAILED) {
        out.printf("  %-24s FAILED: %s%n", table, r.message().orElse(""));
        continue;
      }
      Map<String, Long> m = r.metrics();
      out.printf("  %-24s files %,7d -> %,7d  bytes %,15d -> %,15d  vacuumed %s  %6.1f s  version %d%n", table,
          m.get(TableMaintenance.FILES_BEFORE), m.get(TableMaintenance.FILES_AFTER), m.get(TableMaintenance.BYTES_BEFORE),
          m.get(TableMaintenance.BYTES_AFTER), vacuumed(m.get(TableMaintenance.FILES_VACUUMED)), r.durationMs() / 1000.0,
          r.tableVersion());
    }
    out.println("  tables: " + s.warehouse());
    out.flush();
  }

  private static String vacuumed(long files) {
    return files < 0 ? "? files (VACUUM not logged)" : String.format("%,7d files", files);
  }
}
