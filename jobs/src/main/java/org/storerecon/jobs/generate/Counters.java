package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Phenomenon counts of one slice, summed on the driver into the manifest. Not thread-safe. */
final class Counters implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final char FIELD = '\t';
  private static final char LINE = '\n';

  private final Map<String, Long> counts = new HashMap<>();

  void add(String key) {
    add(key, 1);
  }

  void add(String key, long n) {
    counts.merge(key, n, Long::sum);
  }

  Counters merge(Counters other) {
    other.counts.forEach(this::add);
    return this;
  }

  long count(String key) {
    return counts.getOrDefault(key, 0L);
  }

  /** A text form ({@code key TAB count} lines) to ship counts from tasks to the driver. */
  String encode() {
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(k).append(FIELD).append(v).append(LINE));
    return sb.toString();
  }

  static Counters decode(String text) {
    Counters c = new Counters();
    for (String line : text.split(String.valueOf(LINE))) {
      if (!line.isEmpty()) {
        int tab = line.indexOf(FIELD);
        c.add(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
      }
    }
    return c;
  }

  SortedMap<String, Long> sorted() {
    return new TreeMap<>(counts);
  }
}
