package org.storerecon.jobs.generate;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a generation task once per slice of rows, one Spark task per slice, and sums the counts
 * the tasks return (encoded {@link Counters}).
 */
final class SliceJobs {

  private SliceJobs() {}

  /**
   * Runs {@code task} for slices {@code 0 .. ceil(rows / rowsPerSlice) - 1}; nothing for no rows.
   *
   * @param description the Spark job description (shown in the Spark UI)
   */
  static Counters run(SparkSession spark, String description, long rows, int rowsPerSlice, MapFunction<Long, String> task) {
    Counters total = new Counters();
    if (rows == 0) {
      return total;
    }
    long slices = (rows + rowsPerSlice - 1) / rowsPerSlice;
    spark.sparkContext().setJobDescription(description);
    try {
      for (String c : spark.range(0, slices, 1, (int) slices).map(task, Encoders.STRING()).collectAsList()) {
        total.merge(Counters.decode(c));
      }
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
    return total;
  }
}
