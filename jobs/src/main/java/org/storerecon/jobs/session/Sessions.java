package org.storerecon.jobs.session;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.spark.DeltaSessionSettings;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.Errors;

/**
 * Starts the one SparkSession of a CLI invocation. The master is never chosen here: it comes
 * from spark-submit, or from {@code storerecon.spark."spark.master"} (conf/local.conf sets
 * {@code local[*]} for the embedded default).
 */
public final class Sessions {

  private Sessions() {}

  public static SparkSession start(StoreReconConfig config, String appName) {
    // spark-submit passes its settings as spark.* system properties; SparkConf(true) reads them.
    SparkConf submitted = new SparkConf(true);
    if (!submitted.contains("spark.master") && !config.spark().containsKey("spark.master")) {
      throw Errors.noSparkMaster();
    }
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    DeltaSessionSettings.REQUIRED.forEach(builder::config);
    builder.config("spark.sql.session.timeZone", "UTC");
    for (Map.Entry<String, String> e : config.spark().entrySet()) {
      if (!submitted.contains(e.getKey())) {
        builder.config(e.getKey(), e.getValue());
      }
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
