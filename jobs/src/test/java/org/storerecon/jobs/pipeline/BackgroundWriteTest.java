package org.storerecon.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.testing.SparkTest;

/**
 * {@link BackgroundWrite}: runs beside the caller, is waited for on close, and its failure is not lost;
 * in a session of its own, its settings are its own.
 */
@SparkTest
class BackgroundWriteTest {

  @TempDir
  Path dir;

  @Test
  void runsBesideTheCallerAndIsWaitedForOnClose(SparkSession spark) {
    CountDownLatch callerReached = new CountDownLatch(1);
    String table = dir.resolve("beside").toString();
    try (BackgroundWrite<Void> write = BackgroundWrite.start(spark, "beside", () -> {
      awaitQuietly(callerReached);
      spark.range(3).write().format("delta").save(table);
    })) {
      // The write waits for this line: it runs on another thread (run inline by start, it would wait in vain and fail).
      callerReached.countDown();
    }

    assertThat(spark.read().format("delta").load(table).count()).isEqualTo(3);
  }

  @Test
  void closeRethrowsTheWritesFailureAsItWasThrown(SparkSession spark) {
    UncheckedIOException failure = new UncheckedIOException(new IOException("disk full"));

    assertThatThrownBy(() -> {
      try (BackgroundWrite<Void> write = BackgroundWrite.start(spark, "failing", () -> {
        throw failure;
      })) {
        assertThat(write).isNotNull();
      }
    }).isSameAs(failure);
  }

  @Test
  void theCallersFailureWinsAndCarriesTheWritesFailure(SparkSession spark) {
    IllegalStateException background = new IllegalStateException("background write failed");
    IllegalArgumentException own = new IllegalArgumentException("own write failed");

    assertThatThrownBy(() -> {
      try (BackgroundWrite<Void> write = BackgroundWrite.start(spark, "both", () -> {
        throw background;
      })) {
        throw own;
      }
    }).isSameAs(own).satisfies(e -> assertThat(e.getSuppressed()).containsExactly(background));
  }

  @Test
  void ownSessionStartsWithTheCallersSettingsAndKeepsItsChangesToItself(SparkSession spark) {
    String key = "spark.sql.shuffle.partitions";
    String before = spark.conf().get(key);
    spark.conf().set(key, "5");
    try {
      String seen;
      try (BackgroundWrite<String> write = BackgroundWrite.inOwnSession(spark, "own", own -> {
        String inherited = own.conf().get(key);
        own.conf().set(key, "3");
        return inherited + "," + own.sql("SET " + key).collectAsList().get(0).getString(1) + "," + (own != spark);
      })) {
        seen = write.result();
      }

      assertThat(seen).isEqualTo("5,3,true");
      assertThat(spark.conf().get(key)).isEqualTo("5");
    } finally {
      spark.conf().set(key, before);
    }
  }

  @Test
  void resultRethrowsTheFailureOnceAndCloseThenDoesNothing(SparkSession spark) {
    IllegalStateException failure = new IllegalStateException("ingest failed");

    assertThatThrownBy(() -> {
      try (BackgroundWrite<String> write = BackgroundWrite.inOwnSession(spark, "failing", own -> {
        throw failure;
      })) {
        write.result();
      }
    }).isSameAs(failure).satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
