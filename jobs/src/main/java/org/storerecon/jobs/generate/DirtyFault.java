package org.storerecon.jobs.generate;

import java.util.Locale;
import java.util.Optional;
import org.storerecon.common.contract.ReasonCode;

/**
 * CSV faults {@code --dirty} injects into shops.csv, with the quarantine reason ingestion must give
 * the faulty record (none for tolerated faults, which must parse to the right values).
 */
enum DirtyFault {
  /** A UTF-8 byte-order mark at the start of the file (tolerated). */
  BOM(null, true),
  /** CRLF line endings (tolerated). */
  CRLF(null, true),
  /** Quoted fields holding commas, doubled quotes and line breaks (tolerated). */
  QUOTED_FIELDS(null, false),
  EMPTY_KEY(ReasonCode.MISSING_REQUIRED, false),
  /** A later exact copy of an earlier record: the copy loses (tie, first in file order wins). */
  DUPLICATE_EXACT(ReasonCode.DUPLICATE_KEY, false),
  /** A later copy with one optional column blanked: the copy loses (fewer filled columns). */
  DUPLICATE_REDUCED(ReasonCode.DUPLICATE_KEY, false),
  EXTRA_COLUMNS(ReasonCode.MALFORMED_ROW, false),
  INVALID_UTF8(ReasonCode.BAD_ENCODING, false),
  BAD_DATE(ReasonCode.BAD_DATE, false),
  FIELD_TOO_LONG(ReasonCode.FIELD_TOO_LONG, false),
  BAD_ENUM(ReasonCode.BAD_ENUM, false),
  /** An opening quote that is never closed; always the last record (MALFORMED_ROW). */
  BROKEN_QUOTE(ReasonCode.MALFORMED_ROW, false);

  private final ReasonCode expected;
  private final boolean fileLevel;

  DirtyFault(ReasonCode expected, boolean fileLevel) {
    this.expected = expected;
    this.fileLevel = fileLevel;
  }

  /** The reason code ingestion must give the faulty record; empty for tolerated faults. */
  Optional<ReasonCode> expectedReason() {
    return Optional.ofNullable(expected);
  }

  /** Whether the fault concerns the whole file rather than records. */
  boolean fileLevel() {
    return fileLevel;
  }

  /** Name in the manifest and dirty_rows.csv. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How many times the settings inject this fault (file-level faults: 0 or 1). */
  int count(GeneratorSettings.Dirty d) {
    return switch (this) {
      case BOM -> d.bom() ? 1 : 0;
      case CRLF -> d.crlf() ? 1 : 0;
      case QUOTED_FIELDS -> d.quotedFields();
      case EMPTY_KEY -> d.emptyKey();
      case DUPLICATE_EXACT -> d.duplicateExact();
      case DUPLICATE_REDUCED -> d.duplicateReduced();
      case EXTRA_COLUMNS -> d.extraColumns();
      case INVALID_UTF8 -> d.invalidUtf8();
      case BAD_DATE -> d.badDate();
      case FIELD_TOO_LONG -> d.fieldTooLong();
      case BAD_ENUM -> d.badEnum();
      case BROKEN_QUOTE -> d.brokenQuote();
    };
  }

  boolean duplicate() {
    return this == DUPLICATE_EXACT || this == DUPLICATE_REDUCED;
  }
}
