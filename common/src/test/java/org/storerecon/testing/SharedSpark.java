package org.storerecon.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.spark.DeltaSessionSettings;

/**
 * One local SparkSession with Delta for the whole test JVM: creating a session costs seconds and
 * the first Delta write tens of seconds, so every test class shares it. UI off, two shuffle
 * partitions, small Delta snapshots; the catalog warehouse lives in a temporary folder.
 */
final class SharedSpark {

  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      Path warehouse;
      try {
        warehouse = Files.createTempDirectory("storerecon-test-warehouse");
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the test warehouse folder", e);
      }
      SparkSession.Builder builder = SparkSession.builder()
          .appName("storerecon-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.adaptive.enabled", "true")
          .config("spark.databricks.delta.snapshotPartitions", "2")
          .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
      DeltaSessionSettings.REQUIRED.forEach(builder::config);
      session = builder.getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-test-spark"));
    }
    return session;
  }
}
