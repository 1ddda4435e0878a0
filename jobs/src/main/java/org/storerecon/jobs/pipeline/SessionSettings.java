package org.storerecon.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import org.storerecon.jobs.error.Errors;

/**
 * Spark SQL settings that one part of a run sets on the session and takes back when it is done
 * ({@link #close}): each key gets the value it had before, or none again. Used for
 * {@code storerecon.nightly.incremental-spark}, the settings of a stage that recomputes only a
 * night's changes.
 *
 * <p>Not thread-safe, like the session's configuration it changes: what runs beside a stage and
 * sets its own settings (the brand list's ingestion) does so in a session of its own
 * ({@link BackgroundWrite#inOwnSession}).
 */
public final class SessionSettings implements AutoCloseable {

  private static final SessionSettings NONE = new SessionSettings(null, Map.of());

  private final RuntimeConfig conf;
  private final Map<String, Optional<String>> before;
  private boolean closed;

  private SessionSettings(RuntimeConfig conf, Map<String, Optional<String>> before) {
    this.conf = conf;
    this.before = before;
  }

  /** Settings that change nothing. */
  public static SessionSettings none() {
    return NONE;
  }

  /**
   * Sets {@code settings} on the session until {@link #close}.
   *
   * @param settings keys that Spark lets a running session change ({@link #check})
   */
  public static SessionSettings set(SparkSession spark, Map<String, String> settings) {
    RuntimeConfig conf = spark.conf();
    Map<String, Optional<String>> before = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : settings.entrySet()) {
      before.put(e.getKey(), conf.contains(e.getKey()) ? Optional.of(conf.get(e.getKey())) : Optional.empty());
      conf.set(e.getKey(), e.getValue());
    }
    return new SessionSettings(conf, before);
  }

  /**
   * A usage error when a key is not a setting Spark lets a running session change (such as
   * {@code spark.executor.memory}, fixed when the session starts): checked when a run starts, so
   * that a wrong key fails before anything is written.
   *
   * @param configKey the configuration block the settings come from, for the message
   */
  public static void check(SparkSession spark, Map<String, String> settings, String configKey) {
    // Delta registers its SQL settings when its settings object is first used, which in a fresh
    // session is after this check: registered here, so that its keys are known as changeable.
    org.apache.spark.sql.delta.sources.DeltaSQLConf.MERGE_MATERIALIZE_SOURCE();
    for (String key : settings.keySet()) {
      if (!spark.conf().isModifiable(key)) {
        throw Errors.badConfigValue(configKey + ".\"" + key + "\"",
            "is not a Spark SQL setting a running session can change (set it under storerecon.spark instead)", null);
      }
    }
  }

  /** Restores every key to its value before {@link #set}; a second call does nothing. */
  @Override
  public void close() {
    if (closed || conf == null) {
      return;
    }
    closed = true;
    before.forEach((key, value) -> value.ifPresentOrElse(v -> conf.set(key, v), () -> conf.unset(key)));
  }
}
