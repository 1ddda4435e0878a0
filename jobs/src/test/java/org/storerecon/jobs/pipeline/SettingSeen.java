package org.storerecon.jobs.pipeline;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;

/**
 * The values of one Spark SQL setting that the queries run while this listens were planned with,
 * from each SQL execution's start event ({@code modifiedConfigs}: the session's settings that
 * differ from the Spark context's). A query run under the context's value records nothing.
 */
final class SettingSeen extends SparkListener implements AutoCloseable {

  private final SparkSession spark;
  private final String key;
  private final Set<String> values = new TreeSet<>();

  private SettingSeen(SparkSession spark, String key) {
    this.spark = spark;
    this.key = key;
  }

  static SettingSeen listen(SparkSession spark, String key) {
    SettingSeen seen = new SettingSeen(spark, key);
    spark.sparkContext().addSparkListener(seen);
    return seen;
  }

  @Override
  public void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionStart start && start.modifiedConfigs().contains(key)) {
      synchronized (values) {
        values.add(start.modifiedConfigs().apply(key));
      }
    }
  }

  /** The values seen so far, after the listener bus delivered every event posted before this call. */
  Set<String> values() {
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } catch (TimeoutException e) {
      throw new IllegalStateException("Spark's listener bus did not drain", e);
    }
    synchronized (values) {
      return Set.copyOf(values);
    }
  }

  @Override
  public void close() {
    spark.sparkContext().removeSparkListener(this);
  }
}
