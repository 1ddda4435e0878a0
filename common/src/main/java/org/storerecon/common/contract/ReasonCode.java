package org.storerecon.common.contract;

/** Why an input row went to {@code quarantine} instead of its canonical table. */
public enum ReasonCode {
  /** A required value (or every column of a one-of group) is empty. */
  MISSING_REQUIRED,
  /** The record could not be parsed: wrong number of columns or broken quoting. */
  MALFORMED_ROW,
  /** A date column is not a valid {@code yyyy-MM-dd} date. */
  BAD_DATE,
  /** The record contains bytes that are not valid UTF-8. */
  BAD_ENCODING,
  /** A value is longer than the configured maximum for its column. */
  FIELD_TOO_LONG,
  /** Another row with the same key won (most filled columns, then first in file order). */
  DUPLICATE_KEY,
  /** A value is not one of the values the contract allows for its column. */
  BAD_ENUM,
  /** A value has the wrong form for its column (for example a platform code that is not lower-case ASCII). */
  BAD_VALUE
}
