package org.storerecon.jobs.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.jobs.config.InputFormat;

/**
 * An input as read, before any check: every column of the file as a string, plus
 * {@link #CORRUPT_RECORD} (raw text of records the parser could not split, CSV and JSON only),
 * {@code source_file} and {@code row} (ordinal in file order).
 *
 * @param files where it was read from
 * @param columns the file's column names, in file order
 * @param rows the rows
 */
public record RawInput(InputFiles files, List<String> columns, Dataset<Row> rows) {

  /** Column holding the raw text of a record that could not be parsed. */
  public static final String CORRUPT_RECORD = "_corrupt_record";

  public RawInput {
    columns = List.copyOf(columns);
  }

  public InputFormat format() {
    return files.format();
  }
}
