package org.storerecon.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.jobs.config.ConfigLoader;
import org.storerecon.testing.SparkTest;

@SparkTest
class ModelEstimationTest {

  private static final int EXACT = Comparison.NAME.levels().indexOf("exact");
  private static final int FORMER = Comparison.NAME.levels().indexOf("former");

  @Test
  void exactAndFormerNameAgreementAreCountedOverAllPairsNotSampled(SparkSession spark) {
    ResolveFixtures f = new ResolveFixtures(spark)
        .company(ResolveFixtures.uscc("330106", "HUADA012"), "杭州华达服饰有限公司", "330106", "张伟")
        .entity(ResolveFixtures.uscc("330106", "HUADA013"), null, "杭州华达贸易有限公司", java.util.List.of("杭州旧名商行"), "company",
            "李四", null, "330106", "active", null)
        .company(ResolveFixtures.uscc("320505", "QKNG0001"), "苏州青柠科技有限公司", "320505", "王五")
        .shop("a", "enterprise", "杭州华达服饰有限公司", null, null, null, null)
        .shop("b", "enterprise", "杭州旧名商行", null, null, null, null)
        .shop("c", "enterprise", null, null, null, null, null);
    Map<Comparison, double[]> sampled = new EnumMap<>(Comparison.class);
    for (Comparison c : Comparison.values()) {
      double[] u = new double[c.levels().size()];
      Arrays.fill(u, 1.0 / u.length);
      sampled.put(c, u);
    }
    ModelEstimation estimation = new ModelEstimation(ConfigLoader.defaults().load().resolve());

    Map<Comparison, double[]> u = estimation.withCountedNameAgreement(sampled, ResolveInputs.shops(f.shops()),
        ResolveInputs.entities(f.entities()));

    // Two shops show a name, three entities have one: 6 pairs; one agrees exactly, one on a former name.
    double[] name = u.get(Comparison.NAME);
    assertThat(name[EXACT]).isCloseTo(1 / 6.0, within(1e-9));
    assertThat(name[FORMER]).isCloseTo(1 / 6.0, within(1e-9));
    assertThat(Arrays.stream(name).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(name[2]).isCloseTo(name[6], within(1e-12));
    assertThat(u.get(Comparison.PHONE)).isEqualTo(sampled.get(Comparison.PHONE));
  }
}
