package org.storerecon.jobs.config;

import java.util.Map;

/**
 * Ingestion limits.
 *
 * @param maxFieldLength longest accepted value (characters) of a column without its own limit
 * @param maxFieldLengthByColumn per-column limits, by contract column name
 * @param csvMultiLine whether CSV records may span lines ({@link CsvMultiLine})
 */
public record IngestConfig(int maxFieldLength, Map<String, Integer> maxFieldLengthByColumn, CsvMultiLine csvMultiLine) {

  public IngestConfig {
    maxFieldLengthByColumn = Map.copyOf(maxFieldLengthByColumn);
  }

  /** The limit for a column. */
  public int maxLength(String column) {
    return maxFieldLengthByColumn.getOrDefault(column, maxFieldLength);
  }
}
