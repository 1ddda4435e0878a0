package org.storerecon.jobs.config;

import java.util.Map;
import java.util.Objects;
import org.storerecon.jobs.generate.GeneratorSettings;

/**
 * The effective configuration of one invocation, loaded once by {@link ConfigLoader} and
 * validated before anything runs.
 *
 * @param warehouse root folder or URI of the Delta tables
 * @param database catalog database the tables are registered in
 * @param inputs input locations by input name ({@code shops}, {@code entities}, {@code brands})
 * @param ingest ingestion limits
 * @param demo demo data set settings
 * @param generate generator knobs
 * @param evolve change rates of {@code storerecon evolve}
 * @param resolve resolve stage settings
 * @param mark mark stage settings
 * @param nightly nightly operation settings (run lock)
 * @param maintain {@code storerecon maintain} settings
 * @param spark Spark settings passed through to the session
 * @param digest SHA-256 of the effective configuration, recorded in {@code run_audit}
 * @param rulesDigest digest of the {@code resolve} and {@code mark} blocks: when it differs from the
 *     last run's, results of unchanged shops may differ too, so the night recomputes every shop
 * @param rendered the effective configuration as HOCON, for {@code --verbose} and the audit
 */
public record StoreReconConfig(
    String warehouse,
    String database,
    Map<String, InputConfig> inputs,
    IngestConfig ingest,
    DemoConfig demo,
    GeneratorSettings generate,
    EvolveConfig evolve,
    ResolveConfig resolve,
    MarkConfig mark,
    NightlyConfig nightly,
    MaintainConfig maintain,
    Map<String, String> spark,
    String digest,
    String rulesDigest,
    String rendered) {

  public StoreReconConfig {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(maintain, "maintain");
    inputs = Map.copyOf(inputs);
    spark = Map.copyOf(spark);
  }

  /** The location of one input. */
  public InputConfig input(String name) {
    InputConfig input = inputs.get(name);
    if (input == null) {
      throw new IllegalArgumentException("No such input: " + name);
    }
    return input;
  }
}
