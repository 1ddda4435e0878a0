package org.storerecon.jobs.generate;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Typed, range-checked reads from the {@code storerecon.generate} block. Every error names the full
 * key ({@code storerecon.generate.shops.name-only-rate}) and the origin of the offending value.
 */
final class SettingsReader {

  /** Full path of the block the reader reads, prefixed to every key in error messages. */
  static final String BLOCK = "storerecon.generate";

  /** Tolerance when checking that shares sum to 1. */
  private static final double SUM_TOLERANCE = 1e-9;

  private final Config config;
  private final String prefix;

  SettingsReader(Config config) {
    this(config, BLOCK);
  }

  private SettingsReader(Config config, String prefix) {
    this.config = config;
    this.prefix = prefix;
  }

  /** A reader of a nested block. */
  SettingsReader block(String path) {
    return new SettingsReader(config.getConfig(path), key(path));
  }

  String key(String path) {
    return prefix + "." + path;
  }

  /** A probability in [0, 1]. */
  double rate(String path) {
    double value = config.getDouble(path);
    if (!(value >= 0.0 && value <= 1.0)) {
      throw bad(path, "must be between 0 and 1");
    }
    return value;
  }

  /** A count of at least {@code min}. */
  int count(String path, int min) {
    int value = config.getInt(path);
    if (value < min) {
      throw bad(path, "must be at least " + min);
    }
    return value;
  }

  /** A count in [min, max]. */
  int count(String path, int min, int max) {
    int value = count(path, min);
    if (value > max) {
      throw bad(path, "must be between " + min + " and " + max);
    }
    return value;
  }

  boolean flag(String path) {
    return config.getBoolean(path);
  }

  String text(String path) {
    String value = config.getString(path);
    if (value.isBlank()) {
      throw bad(path, "must not be empty");
    }
    return value;
  }

  List<String> texts(String path) {
    List<String> values = config.getStringList(path);
    if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
      throw bad(path, "must be a non-empty list of non-empty strings");
    }
    return List.copyOf(values);
  }

  LocalDate date(String path) {
    try {
      return LocalDate.parse(config.getString(path));
    } catch (DateTimeParseException e) {
      throw new ConfigException.BadValue(config.getValue(path).origin(), key(path), "must be a yyyy-MM-dd date", e);
    }
  }

  /** A named-share object such as {@code { taobao = 0.35, tmall = 0.65 }}: rates summing to 1, sorted by name. */
  List<GeneratorSettings.Share> shares(String path) {
    Config shares = config.getConfig(path);
    Map<String, Double> sorted = new TreeMap<>();
    for (Map.Entry<String, ConfigValue> e : shares.root().entrySet()) {
      sorted.put(e.getKey(), block(path).rate(ConfigUtil.joinPath(e.getKey())));
    }
    List<GeneratorSettings.Share> out = new ArrayList<>();
    sorted.forEach((name, share) -> out.add(new GeneratorSettings.Share(name, share)));
    requireSumOne(path, out.stream().mapToDouble(GeneratorSettings.Share::share).sum());
    return List.copyOf(out);
  }

  void requireSumOne(String path, double sum) {
    if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
      throw bad(path, "shares must sum to 1 (they sum to " + sum + ")");
    }
  }

  /** Fails unless the rates at these paths sum to at most 1. */
  void requireSumAtMostOne(String what, String... paths) {
    double sum = 0;
    for (String p : paths) {
      sum += config.getDouble(p);
    }
    if (sum > 1.0 + SUM_TOLERANCE) {
      throw new ConfigException.BadValue(config.origin(), key(paths[0]),
          what + ": " + String.join(" + ", paths) + " must not exceed 1 (it is " + sum + ")");
    }
  }

  ConfigException.BadValue bad(String path, String message) {
    return new ConfigException.BadValue(config.getValue(path).origin(), key(path), message);
  }

  Config config() {
    return config;
  }
}
