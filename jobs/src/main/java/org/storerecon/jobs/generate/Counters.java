package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Phenomenon counts of one slice, summed on the driver into the manifest. Not thread-safe. */
final class Counters implements Serializable {

  private static final long serialVersionUID = 1L;

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

  SortedMap<String, Long> sorted() {
    return new TreeMap<>(counts);
  }
}
