package org.storerecon.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.common.delta.CommitMetrics;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.testing.DatasetBuilder;
import org.storerecon.testing.SparkTest;

/**
 * {@link StageTables#merge}: the form of incremental nights (the changed rows compared first, then
 * replaced in one {@code replaceWhere} commit) ends where one MERGE does, also on a source applied in
 * part before, and with keys that need quoting.
 */
@SparkTest
class StageTablesMergeTest {

  private static final String TABLE = "t";
  private static final List<String> KEY = List.of("platform", "shop_id");
  private static final String UPDATE_WHEN = "NOT (t.v <=> s.v)";

  private static Dataset<Row> stored(SparkSession spark) {
    return DatasetBuilder.of(spark).columns("platform", "shop_id", "v")
        .row("tmall", "1", "old").row("tmall", "2", "same").row("tmall", "3", "gone").row("jd", "1", "other")
        .build();
  }

  /** An update, an unchanged row, a delete and an insert. */
  private static Dataset<Row> source(SparkSession spark) {
    return DatasetBuilder.of(spark).columns("platform", "shop_id", "v").column("_delete", DataTypes.BooleanType)
        .row("tmall", "1", "new", false).row("tmall", "2", "same", false).row("tmall", "3", null, true)
        .row("tmall", "4", "added", false)
        .build();
  }

  private static Map<String, String> assign() {
    Map<String, String> assign = new LinkedHashMap<>();
    for (String c : List.of("platform", "shop_id", "v")) {
      assign.put("`" + c + "`", "s.`" + c + "`");
    }
    return assign;
  }

  private static StageTables tables(SparkSession spark, Path dir, String name) {
    Warehouse warehouse = Warehouse.at(dir.resolve(name).toString(), "storerecon");
    StageTables tables = new StageTables(spark, warehouse);
    tables.overwrite(stored(spark), TABLE);
    return tables;
  }

  private static List<Object> row(String platform, String shop, String v) {
    return Arrays.asList(platform, shop, v);
  }

  @Test
  void broadcastFormEndsWhereOneMergeEnds(SparkSession spark, @TempDir Path dir) {
    StageTables one = tables(spark, dir, "one");
    StageTables two = tables(spark, dir, "two");

    StageTables.Merged byOne = one.merge(TABLE, source(spark), KEY, "_delete", UPDATE_WHEN, assign(), ShopJoin.SHUFFLE);
    StageTables.Merged byTwo = two.merge(TABLE, source(spark), KEY, "_delete", UPDATE_WHEN, assign(), ShopJoin.BROADCAST);

    assertThat(byTwo).isEqualTo(byOne).isEqualTo(new StageTables.Merged(1, 1, 1));
    List<Object>[] expected = new List[] {row("tmall", "1", "new"), row("tmall", "2", "same"), row("tmall", "4", "added"),
        row("jd", "1", "other")};
    assertThatDataset(one.read(TABLE)).columns("platform", "shop_id", "v").containsExactlyInAnyOrder(expected);
    assertThatDataset(two.read(TABLE)).columns("platform", "shop_id", "v").containsExactlyInAnyOrder(expected);
  }

  @Test
  void aSourceAppliedInPartBeforeWritesOnlyWhatIsLeft(SparkSession spark, @TempDir Path dir) {
    StageTables tables = tables(spark, dir, "stopped");
    // Updates and deletes applied, the insert not (as the two-commit form of earlier releases could leave it).
    tables.merge(TABLE, source(spark).filter("shop_id <> '4'"), KEY, "_delete", UPDATE_WHEN, assign(), ShopJoin.BROADCAST);

    StageTables.Merged rerun = tables.merge(TABLE, source(spark), KEY, "_delete", UPDATE_WHEN, assign(), ShopJoin.BROADCAST);

    assertThat(rerun).as("only the missing insert is left to do").isEqualTo(new StageTables.Merged(1, 0, 0));
    assertThatDataset(tables.read(TABLE)).columns("platform", "shop_id", "v").containsExactlyInAnyOrder(
        row("tmall", "1", "new"), row("tmall", "2", "same"), row("tmall", "4", "added"), row("jd", "1", "other"));
    assertThat(tables.merge(TABLE, source(spark), KEY, "_delete", UPDATE_WHEN, assign(), ShopJoin.BROADCAST))
        .as("a second rerun changes nothing").isEqualTo(new StageTables.Merged(0, 0, 0));
  }

  @Test
  void broadcastFormIsOneCommitWhoseFeedShowsAnUpdateAsDeleteAndInsert(SparkSession spark, @TempDir Path dir) {
    StageTables tables = tables(spark, dir, "feed");
    tables.enableChangeTracking(TABLE);
    String location = dir.resolve("feed").resolve(TABLE).toString();
    long before = CommitMetrics.currentVersion(spark, location);

    tables.merge(TABLE, source(spark), KEY, "_delete", UPDATE_WHEN, assign(), ShopJoin.BROADCAST);

    assertThat(CommitMetrics.currentVersion(spark, location)).isEqualTo(before + 1);
    Dataset<Row> feed = new ChangeFeed(spark, Warehouse.at(dir.resolve("feed").toString(), "storerecon"))
        .between(TABLE, before, before + 1).orElseThrow();
    assertThatDataset(feed).columns("shop_id", "v", ChangeFeed.CHANGE_TYPE).containsExactlyInAnyOrder(
        Arrays.asList("1", "old", "delete"), Arrays.asList("1", "new", "insert"), Arrays.asList("3", "gone", "delete"),
        Arrays.asList("4", "added", "insert"));
    assertThat(ChangeFeed.net(feed, KEY)).isEqualTo(new ChangeFeed.NetChanges(1, 1, 1));
  }

  @Test
  void keysThatNeedQuotingAreReplacedExactly(SparkSession spark, @TempDir Path dir) {
    StageTables tables = new StageTables(spark, Warehouse.at(dir.toString(), "storerecon"));
    // A separator alone would make ("a:", "1") and ("a", ":1") one key; quotes and backslashes must survive SQL.
    tables.overwrite(DatasetBuilder.of(spark).columns("platform", "shop_id", "v")
        .row("a:", "1", "x").row("a", ":1", "y").row("o'b\\", "店'\\n", "z").build(), TABLE);
    Dataset<Row> source = DatasetBuilder.of(spark).columns("platform", "shop_id", "v").column("_delete", DataTypes.BooleanType)
        .row("a", ":1", "y2", false).row("o'b\\", "店'\\n", "z2", false).build();

    assertThat(tables.merge(TABLE, source, KEY, "_delete", UPDATE_WHEN, assign(), ShopJoin.BROADCAST))
        .isEqualTo(new StageTables.Merged(0, 2, 0));
    assertThatDataset(tables.read(TABLE)).columns("platform", "shop_id", "v").containsExactlyInAnyOrder(
        row("a:", "1", "x"), row("a", ":1", "y2"), row("o'b\\", "店'\\n", "z2"));
  }

  @Test
  void replacingTheScopesShopsEndsTheSameEitherWay(SparkSession spark, @TempDir Path dir) {
    List<String> key = List.of("platform", "shop_id", "brand_id");
    // Shop tmall/1: one row changed, one unchanged, one gone, one new; tmall/9 gone from the
    // snapshot; tmall/5 new; jd/1 is not in scope: left alone, though tonight holds no row of it.
    Dataset<Row> stored = DatasetBuilder.of(spark).columns("platform", "shop_id", "brand_id", "v", "run_date")
        .row("tmall", "1", "a", "old", "d1").row("tmall", "1", "b", "same", "d1").row("tmall", "1", "c", "gone", "d1")
        .row("tmall", "9", "a", "closed", "d1").row("jd", "1", "a", "other", "d1")
        .build();
    Dataset<Row> tonight = DatasetBuilder.of(spark).columns("platform", "shop_id", "brand_id", "v", "run_date")
        .row("tmall", "1", "a", "new", "d2").row("tmall", "1", "b", "same", "d2").row("tmall", "1", "d", "added", "d2")
        .row("tmall", "5", "a", "first", "d2")
        .build();
    Dataset<Row> scope = DatasetBuilder.of(spark).columns("platform", "shop_id")
        .row("tmall", "1").row("tmall", "9").row("tmall", "5").build();
    for (ShopJoin join : ShopJoin.values()) {
      StageTables tables = new StageTables(spark, Warehouse.at(dir.resolve(join.name()).toString(), "storerecon"));
      tables.overwrite(stored, TABLE);
      tables.replaceShops(TABLE, tonight, scope, key, join);
      assertThatDataset(tables.read(TABLE)).columns("platform", "shop_id", "brand_id", "v", "run_date")
          .containsExactlyInAnyOrder(Arrays.asList("tmall", "1", "a", "new", "d2"), Arrays.asList("tmall", "1", "b", "same", "d1"),
              Arrays.asList("tmall", "1", "d", "added", "d2"), Arrays.asList("tmall", "5", "a", "first", "d2"),
              Arrays.asList("jd", "1", "a", "other", "d1"));
    }
  }
}
