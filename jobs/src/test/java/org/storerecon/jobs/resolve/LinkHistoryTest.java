package org.storerecon.jobs.resolve;

import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.jobs.pipeline.ShopJoin;
import org.storerecon.testing.DatasetBuilder;
import org.storerecon.testing.SparkTest;

/**
 * shop_entity_link_history over nights and reruns: periods open and close, a rerun replaces or
 * deletes what it opened itself, and the incremental form (one replaceWhere of the changed shops'
 * rows) keeps the same table as one MERGE.
 */
@SparkTest
class LinkHistoryTest {

  private static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate NIGHT_2 = LocalDate.of(2026, 11, 2);
  private static final String[] COLUMNS = {"shop_id", "uscc", "decision", "valid_from", "valid_to", "is_current"};

  private static Dataset<Row> links(SparkSession spark, String... shopUscc) {
    DatasetBuilder b = DatasetBuilder.of(spark).columns("platform", "shop_id", "uscc", "decision", "method");
    for (int i = 0; i < shopUscc.length; i += 2) {
      b.row("tmall", shopUscc[i], shopUscc[i + 1], shopUscc[i + 1] == null ? "unlinked" : "linked", "code");
    }
    return b.build();
  }

  private static Dataset<Row> scope(SparkSession spark, String... shops) {
    DatasetBuilder b = DatasetBuilder.of(spark).columns("platform", "shop_id");
    for (String s : shops) {
      b.row("tmall", s);
    }
    return b.build();
  }

  private static List<Object> period(String shop, String uscc, LocalDate from, LocalDate to) {
    return Arrays.asList(shop, uscc, uscc == null ? "unlinked" : "linked", Date.valueOf(from), to == null ? null : Date.valueOf(to), to == null);
  }

  /** Night 1, night 2, then two reruns of night 2 with other results; the table after each step. */
  private static List<Dataset<Row>> nights(SparkSession spark, String location, ShopJoin join) {
    LinkHistory history = new LinkHistory(spark);
    history.merge(location, links(spark, "a", "U1", "b", "U2", "c", "U3"), scope(spark, "a", "b", "c"), NIGHT_1, "r1", join);
    Dataset<Row> first = spark.read().format("delta").load(location).localCheckpoint();
    // a changes, b stays, c is gone, d is new.
    history.merge(location, links(spark, "a", "U9", "b", "U2", "d", null), scope(spark, "a", "b", "c", "d"), NIGHT_2, "r2", join);
    Dataset<Row> second = spark.read().format("delta").load(location).localCheckpoint();
    // The rerun resolves a otherwise (replaces the period it opened) and no longer sees d (deletes it).
    history.merge(location, links(spark, "a", "U8", "b", "U2"), scope(spark, "a", "b", "c", "d"), NIGHT_2, "r2", join);
    Dataset<Row> rerun = spark.read().format("delta").load(location).localCheckpoint();
    return List.of(first, second, rerun);
  }

  @Test
  void periodsOpenCloseAndReruns(SparkSession spark, @TempDir Path dir) {
    List<Dataset<Row>> shuffled = nights(spark, dir.resolve("one").toString(), ShopJoin.SHUFFLE);
    List<Dataset<Row>> broadcast = nights(spark, dir.resolve("two").toString(), ShopJoin.BROADCAST);

    List<List<Object>[]> expected = List.of(
        new List[] {period("a", "U1", NIGHT_1, null), period("b", "U2", NIGHT_1, null), period("c", "U3", NIGHT_1, null)},
        new List[] {period("a", "U1", NIGHT_1, NIGHT_2), period("a", "U9", NIGHT_2, null), period("b", "U2", NIGHT_1, null),
            period("c", "U3", NIGHT_1, NIGHT_2), period("d", null, NIGHT_2, null)},
        new List[] {period("a", "U1", NIGHT_1, NIGHT_2), period("a", "U8", NIGHT_2, null), period("b", "U2", NIGHT_1, null),
            period("c", "U3", NIGHT_1, NIGHT_2)});
    for (int i = 0; i < expected.size(); i++) {
      assertThatDataset(shuffled.get(i)).columns(COLUMNS).containsExactlyInAnyOrder(expected.get(i));
      assertThatDataset(broadcast.get(i)).columns(COLUMNS).containsExactlyInAnyOrder(expected.get(i));
    }
  }
}
