package org.storerecon.jobs.maintain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storerecon.jobs.pipeline.StageReport;

/**
 * What maintain did to one table.
 *
 * @param table the table
 * @param location its Delta location
 * @param optimize the OPTIMIZE: the table's size before and after
 * @param vacuum the VACUUM: files deleted
 * @param retentionHours the VACUUM retention
 * @param version the table's Delta version after maintenance
 * @param durationMs wall time of both
 */
public record TableMaintenance(String table, String location, OptimizeTable.Result optimize, VacuumTable.Result vacuum,
    long retentionHours, long version, long durationMs) {

  /** The stage of maintain's rows in {@code run_audit} and the summary JSON. */
  public static final String STAGE = "maintain";

  /** Metric: data files before OPTIMIZE. */
  public static final String FILES_BEFORE = "files_before";
  /** Metric: data files after OPTIMIZE. */
  public static final String FILES_AFTER = "files_after";
  /** Metric: bytes of the data files before OPTIMIZE. */
  public static final String BYTES_BEFORE = "bytes_before";
  /** Metric: bytes of the data files after OPTIMIZE. */
  public static final String BYTES_AFTER = "bytes_after";
  /** Metric: files VACUUM deleted, -1 when Delta did not log the VACUUM. */
  public static final String FILES_VACUUMED = "files_vacuumed";
  /** Metric: the VACUUM retention in hours. */
  public static final String RETENTION_HOURS = "retention_hours";

  public TableMaintenance {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(optimize, "optimize");
    Objects.requireNonNull(vacuum, "vacuum");
  }

  /**
   * The table's row of {@code run_audit} and the summary JSON: source = the table, input_path = its
   * location, input_bytes = its bytes before, rows_in and rows_out = its rows before and after (equal:
   * maintenance changes no row), table_version = its version after; files and bytes in the metrics.
   */
  public StageReport toStageReport() {
    Map<String, Long> metrics = Map.of(FILES_BEFORE, optimize.before().files(), FILES_AFTER, optimize.after().files(),
        BYTES_BEFORE, optimize.before().bytes(), BYTES_AFTER, optimize.after().bytes(), FILES_VACUUMED, vacuum.deletedFiles(),
        RETENTION_HOURS, retentionHours);
    return new StageReport(STAGE, Optional.of(table), Optional.of(location), optimize.before().bytes(), optimize.before().rows(),
        optimize.after().rows(), 0, Map.of(), durationMs, version, StageReport.Outcome.SUCCEEDED, Optional.empty(), metrics);
  }
}
