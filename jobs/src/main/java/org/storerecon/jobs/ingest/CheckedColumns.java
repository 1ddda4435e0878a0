package org.storerecon.jobs.ingest;

/** Working columns of ingestion, dropped before anything is written. */
final class CheckedColumns {
  /** Key of a row for duplicate detection; null when a key column is missing. */
  static final String KEY = "_key";
  /** Number of filled contract columns; the duplicate with the most wins. */
  static final String FILLED = "_filled";

  private CheckedColumns() {}
}
