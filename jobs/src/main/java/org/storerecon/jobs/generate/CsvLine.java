package org.storerecon.jobs.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one CSV record written on one line, the inverse of {@link CsvRecords#line}: fields
 * separated by commas; a field that starts with a quote runs to the next quote not doubled, with
 * doubled quotes read as one. A record whose quote stays open at the end of the line (a field with
 * a line break: a record spanning lines) is rejected.
 */
final class CsvLine {

  private static final char QUOTE = '"';
  private static final char SEPARATOR = ',';
  /** Characters of a rejected line quoted in the error. */
  private static final int QUOTED_LENGTH = 120;

  private CsvLine() {}

  /**
   * The fields of {@code line} (without its line terminator).
   *
   * @throws IllegalArgumentException when a quoted field is not closed on the line
   */
  static String[] parse(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      if (i < n && line.charAt(i) == QUOTE) {
        i = quoted(line, i + 1, field);
      }
      while (i < n && line.charAt(i) != SEPARATOR) {
        field.append(line.charAt(i++));
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return fields.toArray(String[]::new);
      }
      i++;
    }
  }

  /** Reads a quoted field's content from {@code i} into {@code field}; returns the index after its closing quote. */
  private static int quoted(String line, int i, StringBuilder field) {
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == QUOTE) {
        if (i + 1 < n && line.charAt(i + 1) == QUOTE) {
          field.append(QUOTE);
          i += 2;
          continue;
        }
        return i + 1;
      }
      field.append(c);
      i++;
    }
    throw new IllegalArgumentException("A quoted field is not closed on its line (a record spanning lines, which evolve does "
        + "not read): " + abbreviate(line));
  }

  private static String abbreviate(String line) {
    return line.length() <= QUOTED_LENGTH ? line : line.substring(0, QUOTED_LENGTH) + "…";
  }
}
