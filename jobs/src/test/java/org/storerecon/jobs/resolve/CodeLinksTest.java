package org.storerecon.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.common.code.IdentityCodes;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.testing.SparkTest;

@SparkTest
class CodeLinksTest {

  private static final String HUADA = ResolveFixtures.uscc("330106", "HUADA012");
  private static final String HUAMEI = ResolveFixtures.uscc("320505", "HUAME345");
  private static final String LAOWANG = ResolveFixtures.regNo("330106", "00001234");

  static String swapped(String code, int position) {
    char[] c = code.toCharArray();
    char t = c[position];
    c[position] = c[position + 1];
    c[position + 1] = t;
    return new String(c);
  }

  private Dataset<Row> hits(SparkSession spark, ResolveFixtures f) {
    return new CodeLinks(ResolveConfig.defaults()).apply(ResolveInputs.shops(f.shops()), ResolveInputs.entities(f.entities()));
  }

  private static ResolveFixtures registry(SparkSession spark) {
    return new ResolveFixtures(spark)
        .company(HUADA, "杭州华达服饰有限公司", "330106", "张伟")
        .company(HUAMEI, "苏州华美电器有限公司", "320505", "李娜")
        .entity(null, LAOWANG, "西湖区老王五金店", null, "individual", "王强", null, "330106", "active", null);
  }

  @Test
  void shownCodeInTheRegistryLinksDirectlyAndLegacyNumbersToo(SparkSession spark) {
    ResolveFixtures f = registry(spark)
        .shop("s1", "enterprise", "杭州华达服饰有限公司", HUADA, null, null, null)
        .shop("s2", "individual", null, LAOWANG, null, null, null);

    assertThatDataset(hits(spark, f)).columns("shop_id", CodeLinks.CODE_ENTITY, CodeLinks.CODE_METHOD, CodeLinks.NAME_AGREES)
        .containsExactlyInAnyOrder(List.of("s1", HUADA, "code", true), Arrays.asList("s2", LAOWANG, "code", null));
  }

  @Test
  void mistypedCodeIsRepairedWhenOneRepairIsRegisteredAndTheNameAgrees(SparkSession spark) {
    String mistyped = swapped(HUADA, 9);
    assertThat(IdentityCodes.check(mistyped).status().label()).isNotEqualTo("valid");
    ResolveFixtures f = registry(spark)
        .shop("agrees", "enterprise", "杭州华达服饰有限公司", mistyped, null, null, null)
        .shop("other-name", "enterprise", "宁波海天塑料有限公司", mistyped, null, null, null);

    assertThatDataset(hits(spark, f)).columns("shop_id", CodeLinks.CODE_ENTITY, CodeLinks.CODE_METHOD)
        .containsExactlyInAnyOrder(List.of("agrees", HUADA, "code_repaired"));
  }

  @Test
  void licenceMisuseKeepsTheHitWithTheNameDisagreeing(SparkSession spark) {
    ResolveFixtures f = registry(spark).shop("misuse", "enterprise", "苏州华美电器有限公司", HUADA, null, null, null);

    assertThatDataset(hits(spark, f)).columns("shop_id", CodeLinks.CODE_ENTITY, CodeLinks.NAME_AGREES)
        .containsExactlyInAnyOrder(List.of("misuse", HUADA, false));
  }

  @Test
  void codeNotInTheRegistryGivesNoHit(SparkSession spark) {
    ResolveFixtures f = registry(spark)
        .shop("absent", "enterprise", "杭州华达服饰有限公司", ResolveFixtures.uscc("330106", "YYYYY999"), null, null, null);

    assertThatDataset(hits(spark, f)).isEmpty();
  }
}
