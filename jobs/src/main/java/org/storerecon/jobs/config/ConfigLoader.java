package org.storerecon.jobs.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.text.Sha256;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.generate.GeneratorSettings;
import org.storerecon.jobs.maintain.MaintainedTables;

/**
 * Loads the configuration once: the bundled {@code application.conf} (every key with its
 * default), then each file given with {@link #withFile}, then command-line overrides; later layers
 * win. Validates before returning: unknown keys, wrong types and out-of-range values are errors
 * that name the key.
 *
 * <p>Keys under {@code storerecon.spark} are free-form (passed to Spark as is), keys under
 * {@code storerecon.ingest.max-field-length-by-column} must be contract column names and keys under
 * {@code storerecon.maintain.cluster-by} storerecon table names.
 */
public final class ConfigLoader {

  static final String ROOT = "storerecon";
  private static final String SPARK = ROOT + ".spark";
  private static final String FIELD_LIMITS = ROOT + ".ingest.max-field-length-by-column";
  private static final String CLUSTER_BY = MaintainConfig.CLUSTER_BY_KEY;
  private static final String INCREMENTAL_SPARK = NightlyConfig.INCREMENTAL_SPARK_KEY;
  private static final List<String> OPEN_BLOCKS = List.of(SPARK, FIELD_LIMITS, CLUSTER_BY, INCREMENTAL_SPARK);

  private static final int MIN_NICE_CLASS = 1;
  private static final int MAX_NICE_CLASS = 45;
  /** Rounding slack when checking that rates sum to at most 1. */
  private static final double SUM_TOLERANCE = 1e-9;

  private final Config defaults;
  private final List<Config> layers = new ArrayList<>();
  private final Map<String, String> overrides = new LinkedHashMap<>();

  private ConfigLoader(Config defaults) {
    this.defaults = defaults;
  }

  /** A loader starting from the bundled defaults. */
  public static ConfigLoader defaults() {
    return new ConfigLoader(ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), "application.conf",
        ConfigParseOptions.defaults().setAllowMissing(false)));
  }

  /** Layers a HOCON file over what is loaded so far. */
  public ConfigLoader withFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw Errors.badConfigFile(file.toString(), "no such file", null);
    }
    try {
      layers.add(ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false)));
    } catch (ConfigException e) {
      throw Errors.badConfigFile(file.toString(), e.getMessage(), e);
    }
    return this;
  }

  /** Sets one key (full path, e.g. {@code storerecon.warehouse}) over every file layer. */
  public ConfigLoader withOverride(String key, String value) {
    overrides.put(key, value);
    return this;
  }

  /** Merges, validates and converts the configuration. */
  public StoreReconConfig load() {
    layers.forEach(this::rejectUnknownKeys);
    try {
      return convert(merged());
    } catch (ConfigException e) {
      throw Errors.invalidConfig(e.getMessage(), e);
    }
  }

  /** The merged configuration before conversion, for the blocks other modules convert. */
  public Config merged() {
    Config merged = defaults;
    for (Config layer : layers) {
      merged = layer.withFallback(merged);
    }
    if (!overrides.isEmpty()) {
      merged = ConfigFactory.parseMap(overrides, "command line").withFallback(merged);
    }
    return merged.resolve();
  }

  private void rejectUnknownKeys(Config layer) {
    for (Map.Entry<String, ConfigValue> entry : layer.entrySet()) {
      String key = String.join(".", ConfigUtil.splitPath(entry.getKey()));
      if (OPEN_BLOCKS.stream().anyMatch(block -> key.startsWith(block + "."))) {
        continue;
      }
      if (!defaults.hasPathOrNull(entry.getKey())) {
        throw Errors.unknownConfigKey(key, entry.getValue().origin().description());
      }
    }
  }

  private static StoreReconConfig convert(Config c) {
    String warehouse = nonBlank(c, ROOT + ".warehouse");
    String database = c.getString(ROOT + ".database");
    if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw Errors.badConfigValue(ROOT + ".database", "must be a SQL identifier (letters, digits, _), got '" + database + "'", null);
    }
    Map<String, InputConfig> inputs = new LinkedHashMap<>();
    for (InputSpec spec : Contract.PIPELINE_INPUTS) {
      String base = ROOT + ".inputs." + spec.name();
      String path = c.getString(base + ".path").trim();
      inputs.put(spec.name(), new InputConfig(path.isEmpty() ? Optional.empty() : Optional.of(path), format(c, base + ".format")));
    }
    return new StoreReconConfig(warehouse, database, inputs, ingest(c), demo(c), GeneratorSettings.from(c.getConfig(ROOT + ".generate")),
        evolve(c), resolve(c), mark(c), nightly(c), maintain(c),
        settings(c, SPARK), digest(c, ROOT), digest(c, ROOT + ".resolve") + digest(c, ROOT + ".mark").substring(0, 16), render(c));
  }

  private static IngestConfig ingest(Config c) {
    int max = positiveInt(c, ROOT + ".ingest.max-field-length");
    Map<String, Integer> byColumn = new TreeMap<>();
    Config limits = c.getConfig(FIELD_LIMITS);
    for (Map.Entry<String, ConfigValue> e : limits.entrySet()) {
      String column = String.join(".", ConfigUtil.splitPath(e.getKey()));
      boolean known = Contract.PIPELINE_INPUTS.stream().anyMatch(spec -> spec.field(column).isPresent());
      if (!known) {
        throw Errors.badConfigValue(FIELD_LIMITS + "." + column, "is not a contract column", null);
      }
      byColumn.put(column, positiveInt(c, FIELD_LIMITS + "." + e.getKey()));
    }
    return new IngestConfig(max, byColumn, csvMultiLine(c, ROOT + ".ingest.csv-multi-line"));
  }

  private static CsvMultiLine csvMultiLine(Config c, String key) {
    // getString also reads an unquoted true / false.
    return enumValue(c, key, CsvMultiLine.class);
  }

  private static DemoConfig demo(Config c) {
    String base = ROOT + ".demo";
    return new DemoConfig(nonBlank(c, base + ".data-dir"), positiveLong(c, base + ".shops"), positiveLong(c, base + ".entities"),
        c.getLong(base + ".seed"), c.getBoolean(base + ".dirty"));
  }

  private static EvolveConfig evolve(Config c) {
    String b = ROOT + ".evolve.";
    EvolveConfig e = new EvolveConfig(weight(c, b + "changed-shops"), weight(c, b + "new-shops"),
        weight(c, b + "removed-shops"), weight(c, b + "closed-shops"), weight(c, b + "changed-entities"),
        weight(c, b + "new-entities"));
    double shops = e.changedShops() + e.newShops() + e.removedShops() + e.closedShops();
    if (shops > 1 + SUM_TOLERANCE) {
      throw Errors.badConfigValue(ROOT + ".evolve", "changed-shops + new-shops + removed-shops + closed-shops must not exceed 1, "
          + "they sum to " + shops, null);
    }
    return e;
  }

  private static ResolveConfig resolve(Config c) {
    String b = ROOT + ".resolve.";
    double auto = share(c, b + "auto-threshold");
    double review = share(c, b + "review-threshold");
    if (review > auto) {
      throw Errors.badConfigValue(b + "review-threshold", "must not exceed auto-threshold (" + auto + "), got " + review, null);
    }
    double gap = c.getDouble(b + "min-gap-bits");
    if (gap < 0) {
      throw Errors.badConfigValue(b + "min-gap-bits", "must not be negative, got " + gap, null);
    }
    return new ResolveConfig(auto, review, gap, positiveInt(c, b + "block-cap"), positiveInt(c, b + "reported-blocks"),
        positiveInt(c, b + "em-iterations"), share(c, b + "em-tolerance"), share(c, b + "initial-match-share"),
        positiveInt(c, b + "u-sample-shops"), positiveInt(c, b + "u-sample-entities"), share(c, b + "probability-floor"),
        share(c, b + "name-similarity-high"), share(c, b + "name-similarity-low"), share(c, b + "core-similarity"),
        share(c, b + "repair-name-similarity"), positiveInt(c, b + "tf-min-count"), c.getLong(b + "seed"));
  }

  private static MarkConfig mark(Config c) {
    String b = ROOT + ".mark.";
    Map<String, List<Integer>> categories = new TreeMap<>();
    for (Config category : c.getConfigList(b + "categories")) {
      String name = category.getString("name").trim();
      List<Integer> classes = category.getIntList("nice-classes");
      if (name.isEmpty() || classes.stream().anyMatch(k -> k < MIN_NICE_CLASS || k > MAX_NICE_CLASS)) {
        throw Errors.badConfigValue(b + "categories", "each category needs a name and Nice classes " + MIN_NICE_CLASS + "–"
            + MAX_NICE_CLASS + ", got " + name + " " + classes, null);
      }
      if (categories.put(name, List.copyOf(classes)) != null) {
        throw Errors.badConfigValue(b + "categories", "category " + name + " is listed twice", null);
      }
    }
    List<String> tiers = List.copyOf(new java.util.TreeSet<>(Contract.BRAND_TIERS.values()));
    return new MarkConfig(categories, c.getBoolean(b + "unknown-category-in-scope"), codes(c, b + "cross-class-tiers", tiers), codes(c, b + "strong-tiers", tiers),
        codes(c, b + "lead-relations", List.of(MarkConfig.UNRELATED, MarkConfig.UNKNOWN)),
        codes(c, b + "lead-claims", MarkConfig.CLAIMS), c.getBoolean(b + "own-trade-name-leads"),
        codes(c, b + "verified-store-types", List.copyOf(new java.util.TreeSet<>(Contract.SHOP_TYPES.values()))), positiveInt(c, b + "short-latin-length"),
        positiveInt(c, b + "short-chinese-length"), c.getStringList(b + "generic-names"),
        codes(c, b + "weak-evidence", MarkConfig.EVIDENCE), weights(c, b + "tier-weights"), weights(c, b + "claim-weights"),
        weights(c, b + "relation-weights"), weight(c, b + "in-scope-weight"), weights(c, b + "signal-leads"));
  }

  private static MaintainConfig maintain(Config c) {
    String retentionKey = ROOT + ".maintain.vacuum-retention-hours";
    int hours = c.getInt(retentionKey);
    if (hours < MaintainConfig.MIN_RETENTION_HOURS) {
      throw Errors.retentionTooShort(retentionKey, hours, MaintainConfig.MIN_RETENTION_HOURS);
    }
    if (hours > MaintainConfig.MAX_RETENTION_HOURS) {
      throw Errors.badConfigValue(retentionKey, "must not exceed " + MaintainConfig.MAX_RETENTION_HOURS
          + " (Delta keeps no data file longer than its log, delta.logRetentionDuration = 30 days), got " + hours, null);
    }
    Map<String, List<String>> clusterBy = new TreeMap<>();
    for (String table : c.getConfig(CLUSTER_BY).root().keySet()) {
      String key = CLUSTER_BY + "." + ConfigUtil.joinPath(table);
      if (!MaintainedTables.contains(table)) {
        throw Errors.badConfigValue(key, "is not a storerecon table (tables: " + String.join(", ", MaintainedTables.ALL) + ")", null);
      }
      List<String> columns = c.getStringList(key).stream().map(String::trim).toList();
      if (columns.stream().anyMatch(String::isEmpty) || columns.stream().distinct().count() < columns.size()) {
        throw Errors.badConfigValue(key, "must list distinct, non-empty column names, got " + columns, null);
      }
      clusterBy.put(table, columns);
    }
    return new MaintainConfig(hours, clusterBy);
  }

  private static List<String> codes(Config c, String key, List<String> allowed) {
    List<String> values = c.getStringList(key);
    for (String v : values) {
      if (!allowed.contains(v)) {
        throw Errors.badConfigValue(key, "'" + v + "' is not one of " + String.join(", ", allowed), null);
      }
    }
    return values;
  }

  private static Map<String, Double> weights(Config c, String key) {
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, ConfigValue> e : c.getConfig(key).entrySet()) {
      out.put(String.join(".", ConfigUtil.splitPath(e.getKey())), weight(c, key + "." + e.getKey()));
    }
    return out;
  }

  /** A weight or score in [0, 1]. */
  private static double weight(Config c, String key) {
    double value = c.getDouble(key);
    if (!(value >= 0 && value <= 1)) {
      throw Errors.badConfigValue(key, "must be between 0 and 1, got " + value, null);
    }
    return value;
  }

  /** A probability-like value strictly between 0 and 1. */
  private static double share(Config c, String key) {
    double value = c.getDouble(key);
    if (!(value > 0 && value < 1)) {
      throw Errors.badConfigValue(key, "must be between 0 and 1 (exclusive), got " + value, null);
    }
    return value;
  }

  /** A block of Spark settings (free-form keys): a value must be a string, number or boolean. */
  private static Map<String, String> settings(Config c, String block) {
    Map<String, String> settings = new TreeMap<>();
    for (Map.Entry<String, ConfigValue> e : c.getConfig(block).entrySet()) {
      String key = String.join(".", ConfigUtil.splitPath(e.getKey()));
      Object value = e.getValue().unwrapped();
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        throw Errors.badConfigValue(block + "." + key, "must be a string, number or boolean", null);
      }
      settings.put(key, String.valueOf(value));
    }
    return settings;
  }

  private static InputFormat format(Config c, String key) {
    return enumValue(c, key, InputFormat.class);
  }

  /** A config string naming one of an enum's constants, case-insensitively; a usage error listing them otherwise. */
  private static <E extends Enum<E>> E enumValue(Config c, String key, Class<E> type) {
    String value = c.getString(key).trim().toUpperCase(Locale.ROOT);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(v -> v.name().toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.joining(", "));
      throw Errors.badConfigValue(key, "must be one of " + allowed + "; got '" + c.getString(key) + "'", e);
    }
  }

  private static String nonBlank(Config c, String key) {
    String value = c.getString(key).trim();
    if (value.isEmpty()) {
      throw Errors.badConfigValue(key, "must not be empty", null);
    }
    return value;
  }

  private static int positiveInt(Config c, String key) {
    int value = c.getInt(key);
    if (value <= 0) {
      throw Errors.badConfigValue(key, "must be positive, got " + value, null);
    }
    return value;
  }

  private static long positiveLong(Config c, String key) {
    long value = c.getLong(key);
    if (value <= 0) {
      throw Errors.badConfigValue(key, "must be positive, got " + value, null);
    }
    return value;
  }

  private static String render(Config c) {
    return c.getConfig(ROOT).root().render(ConfigRenderOptions.concise().setFormatted(true).setJson(false));
  }

  private static NightlyConfig nightly(Config c) {
    String b = ROOT + ".nightly.";
    Duration heartbeat = positiveDuration(c, b + "lock-heartbeat");
    Duration timeout = positiveDuration(c, b + "lock-timeout");
    if (timeout.compareTo(heartbeat.multipliedBy(2)) < 0) {
      throw Errors.badConfigValue(b + "lock-timeout", "must be at least twice lock-heartbeat (" + heartbeat + "), got " + timeout, null);
    }
    return new NightlyConfig(heartbeat, timeout, share(c, b + "incremental-max-share"), settings(c, INCREMENTAL_SPARK));
  }

  private static Duration positiveDuration(Config c, String key) {
    Duration value = c.getDuration(key);
    if (value.isNegative() || value.isZero()) {
      throw Errors.badConfigValue(key, "must be a positive duration, got " + value, null);
    }
    return value;
  }

  /** SHA-256 of one block of the configuration (the whole of it for {@link #ROOT}). */
  private static String digest(Config c, String path) {
    return Sha256.hex(c.getConfig(path).root().render(ConfigRenderOptions.concise()));
  }
}
