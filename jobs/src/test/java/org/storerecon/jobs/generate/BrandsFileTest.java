package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.common.contract.Contract;
import org.storerecon.testing.SparkTest;

@SparkTest
class BrandsFileTest {

  @Test
  void ownersAndLicenseesAreRegistryEntities(SparkSession spark) {
    Path dir = TestData.clean(spark).outputDir();
    Set<String> registry = ShopsFileTest.registryKeys(dir);
    List<Map<String, String>> brands = TestData.read(dir.resolve("brands.csv"));

    assertThat(brands).hasSize(TestData.settings().brands().count());
    for (Map<String, String> b : brands) {
      assertThat(Contract.BRAND_TIERS).containsKey(b.get("tier"));
      assertThat(registry).contains(b.get("owner_code"));
      for (String licensee : b.get("licensee_codes").split("\\|")) {
        assertThat(licensee.isEmpty() || registry.contains(licensee)).isTrue();
      }
      assertThat(b.get("nice_classes")).matches("\\d{1,2}(\\|\\d{1,2})*");
    }
    assertThat(brands).extracting(b -> b.get("brand_name")).contains("张小泉", "全聚德", "同仁堂", "LV", "ONE")
        .doesNotHaveDuplicates();
    Map<String, String> zhang = brands.stream().filter(b -> b.get("brand_name").equals("张小泉")).findFirst().orElseThrow();
    assertThat(zhang.get("owner_name")).contains("张小泉");
    assertThat(zhang.get("tier")).isEqualTo("time_honored");
  }

  @Test
  void brandLabelsFollowTheLeadRule(SparkSession spark) {
    GenerateDataset.Result r = TestData.clean(spark);
    Path dir = r.outputDir();
    Map<String, Map<String, String>> brands = TestData.read(dir.resolve("brands.csv")).stream()
        .collect(Collectors.toMap(b -> b.get("brand_id"), b -> b));
    Map<String, Map<String, String>> shops = new HashMap<>();
    TestData.read(dir.resolve("shops.csv")).forEach(s -> shops.put(s.get("shop_id"), s));
    Map<String, String> labels = new HashMap<>();
    TestData.read(dir.resolve("labels.csv")).forEach(l -> labels.put(l.get("shop_id"), l.get("uscc")));
    List<Map<String, String>> brandLabels = TestData.read(dir.resolve("brand_labels.csv"));

    assertThat(brandLabels).isNotEmpty();
    long leads = 0;
    for (Map<String, String> bl : brandLabels) {
      Map<String, String> brand = brands.get(bl.get("brand_id"));
      assertThat(brand).isNotNull();
      String operator = labels.get(bl.get("shop_id"));
      boolean legitimate = !operator.isEmpty() && (operator.equals(brand.get("owner_code"))
          || List.of(brand.get("licensee_codes").split("\\|")).contains(operator));
      if (legitimate) {
        assertThat(bl.get("lead")).isEqualTo("false");
      }
      if (bl.get("lead").equals("true")) {
        leads++;
      }
      assertThat(shops.get(bl.get("shop_id"))).isNotNull();
    }
    assertThat(leads).isEqualTo(r.manifest().count("brand_labels.lead_true"));
    assertThat(r.manifest().count("brands.usage.owner")).isPositive();
    assertThat(r.manifest().count("brands.usage.licensee")).isPositive();
    assertThat(r.manifest().count("brands.usage.unrelated_claim")).isPositive();
    assertThat(r.manifest().count("brands.usage.substring_trap")).isPositive();
  }

  @Test
  void ownersRunFlagshipsUnderTheirBrand(SparkSession spark) {
    Path dir = TestData.clean(spark).outputDir();
    Map<String, Map<String, String>> brands = TestData.read(dir.resolve("brands.csv")).stream()
        .collect(Collectors.toMap(b -> b.get("brand_id"), b -> b));
    Map<String, String> labels = new HashMap<>();
    TestData.read(dir.resolve("labels.csv")).forEach(l -> labels.put(l.get("shop_id"), l.get("uscc")));
    Map<String, String> names = new HashMap<>();
    TestData.read(dir.resolve("shops.csv")).forEach(s -> names.put(s.get("shop_id"), s.get("shop_name")));

    List<Map<String, String>> ownerLabels = TestData.read(dir.resolve("brand_labels.csv")).stream()
        .filter(bl -> labels.get(bl.get("shop_id")).equals(brands.get(bl.get("brand_id")).get("owner_code"))).toList();
    assertThat(ownerLabels).isNotEmpty().allSatisfy(bl ->
        assertThat(names.get(bl.get("shop_id"))).startsWith(brands.get(bl.get("brand_id")).get("brand_name")));
  }
}
