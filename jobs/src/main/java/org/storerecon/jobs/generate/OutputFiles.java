package org.storerecon.jobs.generate;

import java.util.List;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;

/** Names and headers of the files the generator writes into its output folder. */
final class OutputFiles {

  static final String CSV = ".csv";
  static final String SHOPS = Contract.SHOPS.name() + CSV;
  static final String ENTITIES = Contract.ENTITIES.name() + CSV;
  static final String BRANDS = Contract.BRANDS.name() + CSV;
  static final String LABELS = Contract.LABELS.name() + CSV;
  static final String BRAND_LABELS = Contract.BRAND_LABELS.name() + CSV;
  static final String DIRTY_ROWS = "dirty_rows.csv";
  static final String MANIFEST = "manifest.json";
  /** The changes evolve made, one row each. */
  static final String CHANGES = "changes.csv";
  /** Header of dirty_rows.csv. */
  static final List<String> DIRTY_ROWS_HEADER = List.of("fault", "expected_reason", "needle");
  /** Counter key prefix of records written per file. */
  static final String RECORDS = "records.";

  private OutputFiles() {}

  static List<String> header(InputSpec spec) {
    return spec.columnNames();
  }

  /** Counter key of the records written to {@code file}. */
  static String records(String file) {
    return RECORDS + file;
  }
}
