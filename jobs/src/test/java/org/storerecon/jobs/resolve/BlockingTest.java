package org.storerecon.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.testing.SparkTest;

@SparkTest
class BlockingTest {

  private static final String PHONE = "13800000001";

  private static ResolveConfig withCap(int cap) {
    ResolveConfig d = ResolveConfig.defaults();
    return new ResolveConfig(d.autoThreshold(), d.reviewThreshold(), d.minGapBits(), cap, d.reportedBlocks(), d.emIterations(),
        d.emTolerance(), d.initialMatchShare(), d.uSampleShops(), d.uSampleEntities(), d.probabilityFloor(), d.nameSimilarityHigh(),
        d.nameSimilarityLow(), d.coreSimilarity(), d.repairNameSimilarity(), d.tfMinCount(), d.seed());
  }

  private static Blocking.Result block(SparkSession spark, ResolveFixtures f, int cap) {
    return new Blocking(withCap(cap)).apply(ResolveInputs.shops(f.shops()), ResolveInputs.entities(f.entities()));
  }

  @Test
  void rulesAreUnionedAndPairsDeduplicated(SparkSession spark) {
    String huada = ResolveFixtures.uscc("330106", "HUADA012");
    ResolveFixtures f = new ResolveFixtures(spark)
        .entity(huada, null, "杭州华达服饰有限公司", List.of("杭州华达制衣有限公司"), "company", "张伟", null, "330106", "active", PHONE)
        .shop("s1", "enterprise", "杭州华达服饰有限公司", null, "张伟", PHONE, null)
        .shop("s2", "enterprise", "杭州华达制衣有限公司", null, null, null, null);

    Blocking.Result result = block(spark, f, 10);

    List<Row> pairs = result.pairs().orderBy("shop_id").collectAsList();
    assertThat(pairs).hasSize(2);
    assertThat(pairs.get(0).<String>getList(pairs.get(0).fieldIndex(Blocking.RULES)))
        .containsExactlyInAnyOrder("name", "core_city", "name_key", "phone", "legal_rep_city");
    assertThat(pairs.get(1).<String>getList(pairs.get(1).fieldIndex(Blocking.RULES))).contains("former_name").doesNotContain("name");
    assertThatDataset(result.pairsPerRule()).columns(Blocking.RULE, Blocking.PAIRS).contains(List.of("phone", 1L));
  }

  @Test
  void skewedBlockIsCappedAndReported(SparkSession spark) {
    ResolveFixtures f = new ResolveFixtures(spark);
    for (int i = 0; i < 5; i++) {
      String core = "ABCDE".charAt(i) + "盛" + "ABCDE".charAt(i);
      f.entity(ResolveFixtures.uscc("330106", "KEW0000" + i), null, "杭州" + core + "贸易有限公司", null, "company", null, null,
          "330106", "active", PHONE);
    }
    f.shop("s1", "enterprise", null, null, null, PHONE, null);

    Blocking.Result result = block(spark, f, 3);

    assertThat(result.pairs().collectAsList()).isEmpty();
    assertThatDataset(result.cappedKeys(10)).columns(Blocking.RULE, Blocking.KEY, Blocking.BLOCK_SIZE)
        .containsExactlyInAnyOrder(List.of("phone", PHONE, 5L));
  }

  @Test
  void shopWithoutIdentityDataHasNoCandidates(SparkSession spark) {
    ResolveFixtures f = new ResolveFixtures(spark)
        .company(ResolveFixtures.uscc("330106", "HUADA012"), "杭州华达服饰有限公司", "330106", "张伟")
        .shop("bare", "individual", null, null, null, null, null);

    assertThat(block(spark, f, 10).pairs().collectAsList()).isEmpty();
  }
}
