package org.storerecon.jobs.config;

import java.util.Locale;
import java.util.Optional;

/** File format of an input. {@link #AUTO} picks one from the file or folder extension. */
public enum InputFormat {
  AUTO,
  CSV,
  PARQUET,
  JSON;

  /** The config spelling: {@code auto}, {@code csv}, {@code parquet}, {@code json}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a path's extension names, if any ({@code .jsonl} and {@code .ndjson} are JSON Lines). */
  public static Optional<InputFormat> fromExtension(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.endsWith(".gz")) {
      p = p.substring(0, p.length() - 3);
    }
    if (p.endsWith(".csv") || p.endsWith(".txt")) {
      return Optional.of(CSV);
    }
    if (p.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (p.endsWith(".json") || p.endsWith(".jsonl") || p.endsWith(".ndjson")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
