package org.storerecon.common.spark;

import java.util.Map;

/**
 * Spark settings every storerecon session needs: the Delta SQL extension and catalog. Callers
 * layer their own settings (master, shuffle partitions, user {@code spark {}} block) on top.
 */
public final class DeltaSessionSettings {

  /** Settings that make a session read and write Delta tables and resolve them by name. */
  public static final Map<String, String> REQUIRED = Map.of(
      "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension",
      "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");

  private DeltaSessionSettings() {}
}
