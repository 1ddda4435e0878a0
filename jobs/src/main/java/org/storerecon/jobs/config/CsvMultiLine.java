package org.storerecon.jobs.config;

import java.util.Locale;

/**
 * Whether CSV records may span lines ({@code storerecon.ingest.csv-multi-line}).
 *
 * <p>Spark parses a multi-line CSV file in one task, a single-line one in splits across every
 * core. {@link #AUTO} scans the files first (in parallel, line by line) for a line with an odd
 * number of quote characters, the mark of a quoted field that holds a line break (or of a broken
 * quote): with one, the files are parsed multi-line; without, single-line, which gives the same
 * records.
 */
public enum CsvMultiLine {
  AUTO,
  TRUE,
  FALSE;

  /** The config spelling: {@code auto}, {@code true}, {@code false}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
