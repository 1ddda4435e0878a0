package org.storerecon.jobs.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.spark.sql.SparkSession;

/**
 * A stage's write to one table, run on a second thread beside the stage's other writes to other
 * tables. On an incremental night a write is mostly driver-side work with the two cores idle
 * (planning, Delta log reads, the commit) between short jobs; two writes that neither read the
 * other's table overlap that work with each other's jobs. Spark runs jobs submitted from several
 * threads of one session side by side; Delta commits to different tables do not conflict.
 *
 * <p>Use with try-with-resources: {@link #close} waits for the write and rethrows its failure, so
 * the stage ends only when both writes have ended; when the stage's own code failed, that failure
 * stays the one thrown and this one is attached as suppressed. Each write is one of the stage's
 * idempotent steps, so a run stopped while both were running is completed by its rerun.
 */
public final class BackgroundWrite implements AutoCloseable {

  private final FutureTask<Void> task;

  private BackgroundWrite(FutureTask<Void> task) {
    this.task = task;
  }

  /**
   * Starts {@code write} on a new thread with {@code spark} as its active session.
   *
   * @param table the table written, for the thread's name
   */
  public static BackgroundWrite start(SparkSession spark, String table, Runnable write) {
    FutureTask<Void> task = new FutureTask<>(() -> {
      SparkSession.setActiveSession(spark);
      write.run();
      return null;
    });
    Thread thread = new Thread(task, "storerecon-write-" + table);
    thread.setDaemon(true);
    thread.start();
    return new BackgroundWrite(task);
  }

  /** Waits for the write; rethrows what it threw, as it was thrown. */
  @Override
  public void close() {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a table write", e);
    } catch (ExecutionException e) {
      throw BackgroundWrite.<RuntimeException>sneaky(e.getCause());
    }
  }

  /** Rethrows a checked exception undeclared: Delta's Scala code throws them (DeltaIOException) undeclared too. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
