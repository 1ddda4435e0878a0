package org.storerecon.jobs.pipeline;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A write to a table (or a whole step that writes one), run on a second thread beside the caller's
 * writes to other tables. On an incremental night a write is mostly driver-side work with the two
 * cores idle (planning, Delta log reads, the commit) between short jobs; two writes that neither
 * read the other's table overlap that work with each other's jobs. Spark runs jobs submitted from
 * several threads of one application side by side; Delta commits to different tables do not
 * conflict.
 *
 * <p>Use with try-with-resources: {@link #close} waits for the write and rethrows its failure, so
 * the caller's step ends only when both writes have ended; when the caller's own code failed, that
 * failure stays the one thrown and this one is attached as suppressed. Each write is one of the
 * run's idempotent steps, so a run stopped while both were running is completed by its rerun.
 *
 * @param <T> what the write returns ({@link Void} for none), read by {@link #result}
 */
public final class BackgroundWrite<T> implements AutoCloseable {

  private final FutureTask<T> task;
  private boolean waited;

  private BackgroundWrite(FutureTask<T> task) {
    this.task = task;
  }

  /**
   * Starts {@code write} on a new thread with {@code spark} as its active session.
   *
   * @param table the table written, for the thread's name
   */
  public static BackgroundWrite<Void> start(SparkSession spark, String table, Runnable write) {
    return begin(spark, table, () -> {
      write.run();
      return null;
    });
  }

  /**
   * Starts {@code write} on a new thread, in a session of its own: a new session of the same
   * application (Spark's {@code newSession}: same context, cache and Delta log cache) with the SQL
   * settings {@code spark} has now. Settings the write changes for itself ({@link SessionSettings})
   * are not seen by the caller's session, nor the caller's by it.
   *
   * @param name what is written, for the thread's name
   */
  public static <T> BackgroundWrite<T> inOwnSession(SparkSession spark, String name, Function<SparkSession, T> write) {
    SparkSession own = spark.newSession();
    RuntimeConfig conf = own.conf();
    for (Map.Entry<String, String> e : CollectionConverters.asJava(spark.conf().getAll()).entrySet()) {
      if (conf.isModifiable(e.getKey())) {
        conf.set(e.getKey(), e.getValue());
      }
    }
    return begin(own, name, () -> write.apply(own));
  }

  private static <T> BackgroundWrite<T> begin(SparkSession spark, String name, java.util.concurrent.Callable<T> write) {
    FutureTask<T> task = new FutureTask<>(() -> {
      SparkSession.setActiveSession(spark);
      return write.call();
    });
    Thread thread = new Thread(task, "storerecon-write-" + name);
    thread.setDaemon(true);
    thread.start();
    return new BackgroundWrite<>(task);
  }

  /** Waits for the write and returns its result; rethrows what it threw, as it was thrown. {@link #close} then does nothing. */
  public T result() {
    waited = true;
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a table write", e);
    } catch (ExecutionException e) {
      throw BackgroundWrite.<RuntimeException>sneaky(e.getCause());
    }
  }

  /**
   * Waits for the write; rethrows what it threw, as it was thrown, unless {@link #result} already
   * did (try-with-resources would otherwise attach the failure to itself).
   */
  @Override
  public void close() {
    if (!waited) {
      result();
    }
  }

  /** Rethrows a checked exception undeclared: Delta's Scala code throws them (DeltaIOException) undeclared too. */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }
}
