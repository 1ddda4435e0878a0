package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark pass over a CSV file of the source data set: one task per split of the file, over the
 * split's records in file order (the header line and empty lines left out), summing the counts the
 * tasks return. The file is read as text, one record per line (files written by {@code generate}
 * and {@code evolve} hold no quoted line breaks), so that a task can copy a record it keeps with
 * its bytes. A task writes its part files under its split number, and splits number the file's
 * byte ranges in order, so joining the parts in split order keeps the file order.
 */
final class CsvPass {

  /** What one task does with the records of its split. */
  interface SplitTask extends Serializable {
    /** Processes the records (lines without terminator) of split {@code split}; returns its counts. */
    Counters process(int split, Iterator<String> records);
  }

  private CsvPass() {}

  /**
   * Runs {@code task} over {@code file}.
   *
   * @param header the file's header line, left out of the records
   * @param description the Spark job description
   */
  static Counters run(SparkSession spark, Path file, String header, String description, SplitTask task) {
    FilterFunction<String> isRecord = line -> !line.isEmpty() && !line.equals(header);
    MapPartitionsFunction<String, String> perSplit =
        records -> List.of(task.process(TaskContext.getPartitionId(), records).encode()).iterator();
    spark.sparkContext().setJobDescription(description);
    try {
      Counters total = new Counters();
      for (String c : spark.read().textFile(file.toAbsolutePath().toString()).filter(isRecord)
          .mapPartitions(perSplit, Encoders.STRING()).collectAsList()) {
        total.merge(Counters.decode(c));
      }
      return total;
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
  }

  /**
   * The fields of one record of {@code file}.
   *
   * @throws IllegalArgumentException when it does not have {@code columns} fields or spans lines
   */
  static String[] fields(String record, int columns, String file) {
    String[] f = CsvLine.parse(record);
    if (f.length != columns) {
      throw new IllegalArgumentException("A record of " + file + " has " + f.length + " fields, " + columns
          + " expected: " + record);
    }
    return f;
  }
}
