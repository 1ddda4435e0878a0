package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.common.code.LegacyRegNo;
import org.storerecon.common.code.Uscc;
import org.storerecon.common.contract.Contract;
import org.storerecon.testing.SparkTest;

@SparkTest
class ShopsFileTest {

  @Test
  void shopKeysAreUniqueAndValuesFollowTheContract(SparkSession spark) {
    Set<String> keys = new HashSet<>();
    for (Map<String, String> s : shops(spark)) {
      assertThat(keys.add(s.get("platform") + "/" + s.get("shop_id"))).isTrue();
      assertThat(s.get("platform")).matches("[a-z0-9_]+");
      assertThat(s.get("shop_name")).isNotBlank();
      assertThat(s.get("shop_type").isEmpty() || Contract.SHOP_TYPES.containsKey(s.get("shop_type"))).isTrue();
      assertThat(Contract.SHOP_STATUSES).containsKey(s.get("status"));
      assertThat(s.get("opened_on")).matches("\\d{4}-\\d{2}-\\d{2}");
    }
  }

  @Test
  void labelsReferenceExistingEntitiesOrAreEmpty(SparkSession spark) {
    Path dir = TestData.clean(spark).outputDir();
    Set<String> registry = registryKeys(dir);
    List<Map<String, String>> labels = TestData.read(dir.resolve("labels.csv"));

    assertThat(labels).hasSize((int) TestData.SHOPS);
    long empty = labels.stream().filter(l -> l.get("uscc").isEmpty()).count();
    assertThat(labels).allSatisfy(l -> assertThat(l.get("uscc").isEmpty() || registry.contains(l.get("uscc"))).isTrue());
    assertThat(empty).isEqualTo(TestData.clean(spark).manifest().count("labels.not_registered"));
  }

  @Test
  void mistypedCodesFailTheirCheckAndShownCodesAreTheOperators(SparkSession spark) {
    GenerateDataset.Result r = TestData.clean(spark);
    Set<String> registry = registryKeys(r.outputDir());
    Map<String, String> labelByShop = new HashMap<>();
    TestData.read(r.outputDir().resolve("labels.csv")).forEach(l -> labelByShop.put(l.get("shop_id"), l.get("uscc")));

    long invalid = 0;
    long shownOwnCode = 0;
    for (Map<String, String> s : shops(spark)) {
      String code = s.get("license_code");
      if (code.isEmpty()) {
        continue;
      }
      boolean valid = code.length() == Uscc.LENGTH ? Uscc.isValid(code) : LegacyRegNo.isValid(code);
      if (!valid) {
        invalid++;
      } else if (code.equals(labelByShop.get(s.get("shop_id")))) {
        shownOwnCode++;
        assertThat(registry).contains(code);
      }
    }
    assertThat(invalid).isEqualTo(r.manifest().count("shops.code_mistyped") + r.manifest().count("shops.unregistered.code_mistyped"));
    assertThat(shownOwnCode).isEqualTo(r.manifest().count("shops.code_shown") + r.manifest().count("shops.code_shown.reg_no"));
  }

  @Test
  void unregisteredOperatorsShowCodesTheRegistryLacks(SparkSession spark) {
    GenerateDataset.Result r = TestData.clean(spark);
    Set<String> registry = registryKeys(r.outputDir());
    Map<String, String> labelByShop = new HashMap<>();
    TestData.read(r.outputDir().resolve("labels.csv")).forEach(l -> labelByShop.put(l.get("shop_id"), l.get("uscc")));

    List<String> unregisteredCodes = shops(spark).stream()
        .filter(s -> labelByShop.get(s.get("shop_id")).isEmpty() && Uscc.isValid(s.get("license_code")))
        .map(s -> s.get("license_code")).toList();
    assertThat(unregisteredCodes).isNotEmpty().noneMatch(registry::contains);
  }

  @Test
  void phenomenaAreCounted(SparkSession spark) {
    GenerationManifest m = TestData.clean(spark).manifest();

    for (String key : List.of("shops.code_shown", "shops.code_mistyped", "shops.name_only", "shops.no_licence",
        "shops.individual_no_licence", "shops.operator.unregistered", "shops.name_only.dropped_region",
        "shops.name_only.org_form", "shops.name_only.traditional", "shops.name_only.bracket",
        "shops.status.closed", "labels.reg_no_key")) {
      assertThat(m.count(key)).as(key).isPositive();
    }
    assertThat(m.count("shops.total")).isEqualTo(TestData.SHOPS);
    long individualShops = shops(spark).stream().filter(s -> s.get("license_name").isEmpty() && s.get("license_code").isEmpty()).count();
    assertThat(individualShops).isEqualTo(m.count("shops.individual_no_licence") + m.count("shops.no_licence")
        + m.count("shops.unregistered.no_licence"));
  }

  static Set<String> registryKeys(Path dir) {
    Set<String> keys = new HashSet<>();
    for (Map<String, String> e : TestData.read(dir.resolve("entities.csv"))) {
      keys.add(e.get("uscc").isEmpty() ? e.get("reg_no") : e.get("uscc"));
    }
    return keys;
  }

  private static List<Map<String, String>> shops(SparkSession spark) {
    return TestData.read(TestData.clean(spark).outputDir().resolve("shops.csv"));
  }
}
