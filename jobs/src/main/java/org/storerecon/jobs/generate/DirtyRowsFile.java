package org.storerecon.jobs.generate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.storerecon.common.contract.ReasonCode;

/**
 * Writes dirty_rows.csv: {@code fault,expected_reason,needle}, one row per faulty record of
 * shops.csv in plan order (file-level faults are listed in the manifest only).
 */
final class DirtyRowsFile {

  private DirtyRowsFile() {}

  static void write(DirtyPlan plan, Codes codes, Path target) {
    StringBuilder sb = new StringBuilder(CsvRecords.line(OutputFiles.DIRTY_ROWS_HEADER, CsvRecords.LF));
    for (DirtyPlan.Planned p : plan.planned()) {
      String reason = p.fault().expectedReason().map(ReasonCode::name).orElse("");
      sb.append(CsvRecords.line(List.of(p.fault().key(), reason, DirtyRecords.needle(p, codes)), CsvRecords.LF));
    }
    PartConcatenator.writeSmall(target, sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
