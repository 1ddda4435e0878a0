package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.xxhash64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.testing.SparkTest;

@SparkTest
class LookupKeysTest {

  private static final String HUADA = ResolveFixtures.uscc("330106", "HUADA012");
  private static final String HUADA_SUZHOU = ResolveFixtures.uscc("320505", "HUADA777");
  private static final String HUAMEI = ResolveFixtures.uscc("320505", "HUAME345");
  private static final String PENGCHENG = ResolveFixtures.uscc("440305", "PENGC888");
  private static final String LAOWANG = ResolveFixtures.regNo("330106", "00001234");

  private static Dataset<Row> reached(ResolveFixtures f) {
    return LookupKeys.reached(ResolveInputs.shops(f.shops()), f.entities());
  }

  private static ResolveFixtures registry(SparkSession spark) {
    return new ResolveFixtures(spark)
        .company(HUADA, "杭州华达服饰有限公司", "330106", "张伟")
        .company(HUADA_SUZHOU, "苏州华达服饰有限公司", "320505", "陈静")
        .company(HUAMEI, "苏州华美电器有限公司", "320505", "李娜")
        .company(PENGCHENG, "深圳鹏程科技有限公司", "440305", "黄磊")
        .entity(null, LAOWANG, "西湖区老王五金店", null, "individual", "王强", null, "330106", "active", null);
  }

  /** The registry, and a shop that reaches entities by each kind of key: name key, code repair, legacy code. */
  private static ResolveFixtures shopsOfEveryKey(SparkSession spark) {
    return registry(spark)
        // Same 字号, industry and form as both 华达 entities (the region-free name key), and Hangzhou's by name too.
        .shop("by-name", "enterprise", "杭州华达服饰有限公司", null, null, null, null)
        // A mistyped code whose one registered repair is 华美's; the name shares nothing with it.
        .shop("by-repair", "enterprise", "宁波海天塑料有限公司", CodeLinksTest.swapped(HUAMEI, 9), null, null, null)
        .shop("by-legacy-code", "individual", null, LAOWANG, null, null, null);
  }

  @Test
  void keepsTheEntitiesAShopSharesANameKeyACodeOrARepairWith(SparkSession spark) {
    ResolveFixtures f = shopsOfEveryKey(spark);

    assertThatDataset(reached(f)).columns(LinkColumns.ENTITY_KEY)
        .containsExactlyInAnyOrder(List.of(HUADA), List.of(HUADA_SUZHOU), List.of(HUAMEI), List.of(LAOWANG));
  }

  @Test
  void storedHashesReachTheSameEntitiesAsKeysComputedFromTheColumns(SparkSession spark) {
    ResolveFixtures f = shopsOfEveryKey(spark).shop("bare", "individual", null, null, null, null, null);
    Dataset<Row> stored = LookupKeys.withEntityHashes(f.entities());

    assertThat(stored.columns()).contains(LookupKeys.HASHES);
    Dataset<Row> fromStored = LookupKeys.reached(ResolveInputs.shops(f.shops()), stored);
    assertThatDataset(fromStored).hasSameRowsAs(reached(f));
  }

  @Test
  void storedHashesAreTheHashesOfEveryKey(SparkSession spark) {
    ResolveFixtures f = shopsOfEveryKey(spark);
    String[] shop = {LinkColumns.PLATFORM, LinkColumns.SHOP_ID};
    Dataset<Row> keys = LookupKeys.shops(ResolveInputs.shops(f.shops()));
    Dataset<Row> expected = keys.select(col(shop[0]), col(shop[1]), xxhash64(col(Blocking.RULE), col(Blocking.KEY)).as(LookupKeys.HASH))
        .distinct();
    Dataset<Row> stored = LookupKeys.shopHashes(LookupKeys.withShopHashes(f.shops()));

    assertThat(keys.count()).isGreaterThan(6);
    assertThatDataset(stored).hasSameRowsAs(expected);
    // Every canonical column stays as it was, beside the new one.
    assertThat(LookupKeys.withShopHashes(f.shops()).drop(LookupKeys.HASHES).exceptAll(f.shops()).count()).isZero();
  }

  @Test
  void hashesOfAnotherDefinitionAreNotRead(SparkSession spark) {
    Dataset<Row> stored = LookupKeys.withEntityHashes(registry(spark).entities());

    assertThat(LookupKeys.current(stored, Optional.of(LookupKeys.definition())).columns()).contains(LookupKeys.HASHES);
    assertThat(LookupKeys.current(stored, Optional.of("an older definition")).columns()).doesNotContain(LookupKeys.HASHES);
    assertThat(LookupKeys.current(stored, Optional.empty()).columns()).doesNotContain(LookupKeys.HASHES);
    // The definition is the text of the key expressions, the same in every JVM: no object identities.
    assertThat(LookupKeys.Definition.TEXT).contains("name_norm", "code_norm", "xxhash64")
        .doesNotContainPattern("@[0-9a-f]{4,}|\\$\\$Lambda|0x[0-9a-f]{6,}|x_[0-9]+");
  }

  @Test
  void aShopSharingNoKeyReachesNoEntity(SparkSession spark) {
    ResolveFixtures f = registry(spark).shop("bare", "individual", null, null, null, null, null);

    assertThatDataset(reached(f)).isEmpty();
  }
}
