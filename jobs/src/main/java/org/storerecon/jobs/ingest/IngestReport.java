package org.storerecon.jobs.ingest;

import java.util.Map;
import java.util.Objects;

/**
 * What ingestion did with one input. {@code rowsIn == rowsWritten + rowsQuarantined} always holds
 * for a report that exists: ingestion fails otherwise.
 *
 * @param source input name
 * @param location configured path
 * @param files number of data files read
 * @param bytes size of the data files
 * @param rowsIn records read
 * @param rowsWritten rows in the canonical table after the write (tonight's good records)
 * @param rowsQuarantined rows written to {@code quarantine} for this input and run date (from the Delta commit's metrics)
 * @param reasons quarantined rows per reason code (a row may have several)
 * @param durationMs wall time of the input's ingestion
 * @param tableVersion Delta version of the canonical table written
 * @param changes records inserted, updated and deleted in the canonical table
 * @param mode {@code incremental} when only lines unlike the stored records' were parsed, else
 *     {@code full: } and the reason
 * @param rowsParsed records parsed and checked tonight; the other {@code rowsIn - rowsParsed} matched
 *     a stored record line for line
 */
public record IngestReport(
    String source,
    String location,
    int files,
    long bytes,
    long rowsIn,
    long rowsWritten,
    long rowsQuarantined,
    Map<String, Long> reasons,
    long durationMs,
    long tableVersion,
    CanonicalTable.Changes changes,
    String mode,
    long rowsParsed) {

  public IngestReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mode, "mode");
    reasons = Map.copyOf(reasons);
  }
}
