package org.storerecon.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.pipeline.ShopJoin;
import org.storerecon.testing.SparkTest;

/** The whole stage on one small hand-made registry with confusers, misuse, a mistyped code and bare shops. */
@SparkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopEntityResolverTest {

  private static final String HUADA = ResolveFixtures.uscc("330106", "HUADA012");
  private static final String HUADA_SUZHOU = ResolveFixtures.uscc("320505", "HUADA777");
  private static final String HUAYUAN = ResolveFixtures.uscc("330106", "HUAYU456");
  private static final String HUAMEI = ResolveFixtures.uscc("320505", "HUAME345");
  private static final String PENGCHENG = ResolveFixtures.uscc("440305", "PENGC888");
  private static final String TAIFENG = ResolveFixtures.uscc("411302", "TFL00001");
  private static final String TAIFENG_YANTAI = ResolveFixtures.uscc("370602", "TFL00002");

  private final Map<String, Row> links = new HashMap<>();
  private ResolveFixtures fixtures;
  private ModelStore.Trained model;

  @BeforeAll
  void resolve(SparkSession spark) {
    fixtures = new ResolveFixtures(spark)
        .entity(HUADA, null, "杭州华达服饰有限公司", null, "company", "张伟", "浙江省杭州市西湖区文三路1号", "330106", "active", "13800000001")
        .entity(HUADA_SUZHOU, null, "苏州华达服饰有限公司", null, "company", "陈静", "江苏省苏州市虎丘区金山路2号", "320505", "active", null)
        .entity(HUAYUAN, null, "杭州华远服饰有限公司", null, "company", "刘洋", "浙江省杭州市西湖区文三路9号", "330106", "active", null)
        .company(HUAMEI, "苏州华美电器有限公司", "320505", "李娜")
        .entity(PENGCHENG, null, "深圳鹏程科技有限公司", null, "company", "黄磊", null, "440305", "deregistered", null)
        .company(TAIFENG, "南阳泰凤利化妆品有限公司", "411302", "周敏")
        .entity(TAIFENG_YANTAI, null, "南阳泰凤利化妆品有限公司烟台分公司", null, "branch", "吴刚", null, "370602", "active", null)
        .filler(24)
        .shop("name-a", "enterprise", "杭州华达服饰有限公司", null, "张伟", "13800000001", null)
        .shop("name-b", "enterprise", "杭州华远服饰有限公司", null, "刘洋", null, null)
        .shop("misuse", "enterprise", "苏州华美电器有限公司", HUADA, "李娜", null, null)
        .shop("mistyped", "enterprise", "杭州华达服饰有限公司", CodeLinksTest.swapped(HUADA, 9), null, null, null)
        .shop("bare", "individual", null, null, null, null, null)
        .shop("dereg", "enterprise", "深圳鹏程科技有限公司", PENGCHENG, null, null, null)
        .shop("ambiguous", "enterprise", "华达服饰有限公司", null, null, null, null)
        .shop("unregistered", "enterprise", "杭州青松茶叶有限公司", ResolveFixtures.uscc("330106", "QNGXN999"), null, null, null)
        .shop("branch", "enterprise", "南阳泰凤利化妆品有限公司烟台分公司", null, null, null, null)
        .shop("other-code", "enterprise", "杭州华远服饰有限公司", ResolveFixtures.uscc("330106", "HUAYU999"), "刘洋", null, null);
    ShopEntityResolver.Resolution resolution = new ShopEntityResolver(ResolveConfig.defaults())
        .resolve(fixtures.shops(), fixtures.entities(), LocalDate.of(2026, 11, 27), "test-model");
    for (Row r : resolution.links().collectAsList()) {
      links.put(r.getAs(LinkColumns.SHOP_ID), r);
    }
    model = resolution.model();
    resolution.release();
  }

  @Test
  void storedModelResolvesAsTrainingDidWhetherShopsAreBroadcastOrShuffled() {
    for (ShopJoin join : ShopJoin.values()) {
      ShopEntityResolver.Resolution again = new ShopEntityResolver(ResolveConfig.defaults())
          .resolve(fixtures.shops(), fixtures.entities(), LocalDate.of(2026, 11, 27), model, join);
      List<Row> rows = again.links().collectAsList();
      assertThat(rows).as(join.name()).hasSize(links.size());
      for (Row r : rows) {
        assertThat(r).as(join + " " + r.getAs(LinkColumns.SHOP_ID)).isEqualTo(links.get(r.<String>getAs(LinkColumns.SHOP_ID)));
      }
      again.release();
    }
  }

  private String field(String shop, String column) {
    Object value = links.get(shop).getAs(column);
    return value == null ? null : value.toString();
  }

  private List<String> signals(String shop) {
    return links.get(shop).getList(links.get(shop).fieldIndex(LinkColumns.SIGNALS));
  }

  @Test
  void everyShopGetsOneRow() {
    assertThat(links).hasSize(10 + 24);
    assertThat(links.get("name-a").schema().fieldNames()).startsWith(LinkColumns.PLATFORM, LinkColumns.SHOP_ID, LinkColumns.USCC,
        LinkColumns.DECISION, LinkColumns.METHOD, LinkColumns.MATCH_PROBABILITY, LinkColumns.EVIDENCE, LinkColumns.RUN_DATE);
  }

  @Test
  void nameLinksToTheRightEntityNotToTheSameTradeNameInAnotherCityNorOneCharacterApart() {
    assertThat(field("name-a", LinkColumns.DECISION)).as(field("name-a", LinkColumns.EVIDENCE)).isEqualTo(LinkColumns.LINKED);
    assertThat(field("name-a", LinkColumns.USCC)).isEqualTo(HUADA);
    assertThat(field("name-a", LinkColumns.METHOD)).isEqualTo(LinkColumns.METHOD_PROBABILISTIC);
    assertThat(field("name-a", LinkColumns.EVIDENCE)).contains("name=exact(+").contains("phone=agree(+").contains("→ p=");
    assertThat(field("name-b", LinkColumns.USCC)).isEqualTo(HUAYUAN);
  }

  @Test
  void branchNameLinksToTheBranchNotToItsParent() {
    assertThat(field("branch", LinkColumns.CANDIDATE_USCC)).as(field("branch", LinkColumns.EVIDENCE)).isEqualTo(TAIFENG_YANTAI);
    assertThat(field("branch", LinkColumns.EVIDENCE)).contains("name=exact(").contains("region=city(");
    assertThat(field("branch", LinkColumns.CANDIDATE_USCC_2)).isNotEqualTo(TAIFENG);
  }

  @Test
  void nameMatchAgainstAValidCodeTheRegistryLacksGoesToReview() {
    assertThat(field("other-code", LinkColumns.CANDIDATE_USCC)).isEqualTo(HUAYUAN);
    assertThat(field("other-code", LinkColumns.MATCH_PROBABILITY)).as(field("other-code", LinkColumns.EVIDENCE))
        .isEqualTo(field("name-b", LinkColumns.MATCH_PROBABILITY));
    assertThat(field("other-code", LinkColumns.DECISION)).isEqualTo(LinkColumns.REVIEW);
    assertThat(signals("other-code")).contains(Signals.CODE_NOT_IN_REGISTRY);
  }

  @Test
  void tradeNameWithoutRegionMatchingTwoCitiesIsNeverLinked() {
    assertThat(field("ambiguous", LinkColumns.DECISION)).isNotEqualTo(LinkColumns.LINKED);
    assertThat(field("ambiguous", LinkColumns.USCC)).isNull();
  }

  @Test
  void licenceMisuseLinksByNameAndIsSignalled() {
    assertThat(field("misuse", LinkColumns.DECISION)).as(field("misuse", LinkColumns.EVIDENCE)).isEqualTo(LinkColumns.LINKED);
    assertThat(field("misuse", LinkColumns.USCC)).isEqualTo(HUAMEI);
    assertThat(field("misuse", LinkColumns.METHOD)).isEqualTo(LinkColumns.METHOD_NAME_OVER_CODE);
    assertThat(signals("misuse")).contains(Signals.LICENCE_MISUSE);
  }

  @Test
  void mistypedCodeIsRepaired() {
    assertThat(field("mistyped", LinkColumns.USCC)).isEqualTo(HUADA);
    assertThat(field("mistyped", LinkColumns.METHOD)).isEqualTo(LinkColumns.METHOD_CODE_REPAIRED);
    assertThat(field("mistyped", LinkColumns.MATCH_PROBABILITY)).isEqualTo("1.0");
  }

  @Test
  void shopWithoutIdentityDataIsUnlinkedWithoutSignals() {
    assertThat(field("bare", LinkColumns.DECISION)).isEqualTo(LinkColumns.UNLINKED);
    assertThat(field("bare", LinkColumns.METHOD)).isEqualTo(LinkColumns.METHOD_NONE);
    assertThat(signals("bare")).isEmpty();
  }

  @Test
  void openShopOfDeregisteredEntityIsSignalled() {
    assertThat(field("dereg", LinkColumns.USCC)).isEqualTo(PENGCHENG);
    assertThat(signals("dereg")).containsExactly(Signals.INACTIVE_ENTITY);
  }

  @Test
  void shopShowingIdentityThatLandsNowhereIsSignalled() {
    assertThat(field("unregistered", LinkColumns.DECISION)).isEqualTo(LinkColumns.UNLINKED);
    assertThat(signals("unregistered")).containsExactlyInAnyOrder(Signals.UNRESOLVED_IDENTITY, Signals.CODE_NOT_IN_REGISTRY);
  }
}
