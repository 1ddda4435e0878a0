package org.storerecon.jobs.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV header line (RFC 4180 quoting) into trimmed column names. */
final class CsvHeader {

  private CsvHeader() {}

  static List<String> parse(String line) {
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        names.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    names.add(current.toString().trim());
    return names;
  }
}
