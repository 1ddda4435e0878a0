package org.storerecon.jobs.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.session.Sessions;
import picocli.CommandLine.Option;

/**
 * Options every subcommand takes. The configuration is layered: bundled defaults, then the base
 * file named by the {@code storerecon.base-conf} system property (bin/storerecon sets it to
 * conf/local.conf), then {@code --conf}, then {@code --warehouse} and the {@link InputOptions}.
 */
public final class CommonOptions {

  /** System property naming a HOCON file layered under {@code --conf} (set by bin/storerecon). */
  public static final String BASE_CONF_PROPERTY = "storerecon.base-conf";

  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file layered over the defaults (see conf/application.conf).")
  Path conf;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Root folder or URI of the Delta tables (storerecon.warehouse).")
  String warehouse;

  @Option(names = "--summary-json", paramLabel = "FILE", description = "Write a machine-readable run summary (outcome, run id, counts, durations) to FILE.")
  Path summaryJson;

  @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors and Spark's INFO log.")
  boolean verbose;

  /** A loader with every layer of this invocation. */
  ConfigLoader loader() {
    ConfigLoader loader = ConfigLoader.defaults();
    String base = System.getProperty(BASE_CONF_PROPERTY);
    if (base != null && !base.isBlank()) {
      loader.withFile(Path.of(base));
    }
    if (conf != null) {
      loader.withFile(conf);
    }
    override(loader, "storerecon.warehouse", warehouse);
    return loader;
  }

  StoreReconConfig load() {
    return loader().load();
  }

  /** Loads the configuration with the input paths of {@code inputs} layered on top. */
  StoreReconConfig load(InputOptions inputs) {
    ConfigLoader loader = loader();
    inputs.applyTo(loader);
    return loader.load();
  }

  /** Starts the session of this invocation; Spark's INFO log only with --verbose. */
  SparkSession startSession(StoreReconConfig config, String appName) {
    SparkSession spark = Sessions.start(config, appName);
    if (verbose) {
      spark.sparkContext().setLogLevel("INFO");
    }
    return spark;
  }

  Optional<Path> summaryJson() {
    return Optional.ofNullable(summaryJson);
  }

  boolean verbose() {
    return verbose;
  }

  static void override(ConfigLoader loader, String key, String value) {
    if (value != null) {
      loader.withOverride(key, value);
    }
  }
}
