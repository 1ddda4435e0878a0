package org.storerecon.common.contract;

/** Names of the columns storerecon adds to canonical tables and of its bookkeeping tables. */
public final class Columns {
  /** Path of the file a canonical row was read from. */
  /** Shop key, first part: the platform code. */
  public static final String PLATFORM = "platform";
  /** Shop key, second part: the platform's shop id. */
  public static final String SHOP_ID = "shop_id";
  /** The shop key of every shop-level table. */
  public static final java.util.List<String> SHOP_KEY = java.util.List.of(PLATFORM, SHOP_ID);

  public static final String SOURCE_FILE = "source_file";
  /** Id of the run that wrote a row. */
  public static final String RUN_ID = "run_id";
  /** Business date of the run ({@code --run-date}). */
  public static final String RUN_DATE = "run_date";
  /** Ordinal of a record within its input, in file order. */
  public static final String ROW = "row";

  /** Quarantine: which input ({@code shops}, {@code entities}, {@code brands}). */
  public static final String SOURCE = "source";
  /** Quarantine: reason codes, see {@link ReasonCode}. */
  public static final String REASONS = "reasons";
  /** Quarantine: the record as read, for a person to inspect. */
  public static final String RAW_RECORD = "raw_record";
  /** Quarantine: which columns failed and why, readable by a person. */
  public static final String DETAIL = "detail";

  private Columns() {}
}
