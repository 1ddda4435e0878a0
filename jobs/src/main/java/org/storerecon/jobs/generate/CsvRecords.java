package org.storerecon.jobs.generate;

import java.util.List;

/**
 * RFC 4180 records: fields separated by commas; a field holding a comma, a quote or a line break
 * is quoted, with quotes doubled. Empty strings are written as empty fields.
 */
final class CsvRecords {

  static final String LF = "\n";
  static final String CRLF = "\r\n";
  private static final char QUOTE = '"';
  private static final char SEPARATOR = ',';

  private CsvRecords() {}

  /** The record followed by {@code terminator}. */
  static String line(List<String> fields, String terminator) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(SEPARATOR);
      }
      appendField(sb, fields.get(i));
    }
    return sb.append(terminator).toString();
  }

  static void appendField(StringBuilder sb, String value) {
    if (needsQuotes(value)) {
      sb.append(QUOTE);
      for (int k = 0; k < value.length(); k++) {
        char c = value.charAt(k);
        if (c == QUOTE) {
          sb.append(QUOTE);
        }
        sb.append(c);
      }
      sb.append(QUOTE);
    } else {
      sb.append(value);
    }
  }

  private static boolean needsQuotes(String value) {
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      if (c == SEPARATOR || c == QUOTE || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
