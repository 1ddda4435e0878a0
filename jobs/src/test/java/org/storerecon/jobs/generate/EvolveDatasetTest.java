package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.common.code.Uscc;
import org.storerecon.testing.SparkTest;

@SparkTest
class EvolveDatasetTest {

  private static final String[] FILES = {"shops.csv", "entities.csv", "brands.csv", "labels.csv", "brand_labels.csv",
      "changes.csv", "manifest.json"};
  private static final String[] SHOP_KEY = {"platform", "shop_id"};
  private static final String[] LABEL_KEY = {"platform", "shop_id"};
  private static final String[] BRAND_LABEL_KEY = {"platform", "shop_id", "brand_id"};
  private static final String[] ENTITY_KEY = {"uscc", "reg_no"};

  @Test
  void countsPerKindMatchTheManifestAndChangesCsv(SparkSession spark) throws IOException {
    Path day2 = EvolveFixture.day2(spark);
    JsonNode manifest = new ObjectMapper().readTree(day2.resolve("manifest.json").toFile());

    Map<String, Long> perKind = TestData.read(day2.resolve("changes.csv")).stream()
        .collect(Collectors.groupingBy(c -> c.get("kind"), Collectors.counting()));
    for (ChangeKind kind : ChangeKind.values()) {
      assertThat(manifest.get("counts").get(kind.code()).asLong()).as(kind.code())
          .isEqualTo(perKind.getOrDefault(kind.code(), 0L)).isPositive();
    }
    for (String file : List.of("shops.csv", "entities.csv", "brands.csv", "labels.csv", "brand_labels.csv", "changes.csv")) {
      assertThat(manifest.get("records").get(file).asLong()).as(file).isEqualTo(TestData.read(day2.resolve(file)).size());
    }
    assertThat(manifest.get("day").asInt()).isEqualTo(2);
    assertThat(manifest.get("rates").get("changed_shops").asDouble()).isEqualTo(0.05);
    assertThat(manifest.get("counts").get("shop_new").asLong()).isEqualTo(Math.round(0.02 * EvolveFixture.SHOPS));
    assertThat(manifest.get("counts").get("entity_new").asLong()).isEqualTo(Math.round(0.01 * EvolveFixture.ENTITIES));
    assertThat(manifest.get("generator").get("next_shop_index").asLong()).isEqualTo(EvolveFixture.SHOPS + 40);
  }

  @Test
  void rowsNotChangedAreIdentical(SparkSession spark) {
    Path day1 = EvolveFixture.day1(spark);
    Path day2 = EvolveFixture.day2(spark);
    Set<String> touchedShops = new HashSet<>();
    for (ChangeKind kind : List.of(ChangeKind.SHOP_CHANGED, ChangeKind.SHOP_CLOSED, ChangeKind.SHOP_REMOVED)) {
      touchedShops.addAll(EvolveFixture.shopKeys(day2, kind));
    }
    Set<String> changedEntities = EvolveFixture.changes(day2, ChangeKind.ENTITY_CHANGED).stream()
        .map(c -> c.get("entity_code")).collect(Collectors.toSet());

    Map<String, Map<String, String>> shops2 = EvolveFixture.byKey(day2, "shops.csv", SHOP_KEY);
    long unchangedShops = 0;
    for (Map.Entry<String, Map<String, String>> e : EvolveFixture.byKey(day1, "shops.csv", SHOP_KEY).entrySet()) {
      if (!touchedShops.contains(e.getKey())) {
        assertThat(shops2.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        unchangedShops++;
      }
    }
    Map<String, Map<String, String>> entities2 = EvolveFixture.byKey(day2, "entities.csv", ENTITY_KEY);
    long unchangedEntities = 0;
    for (Map<String, String> e : TestData.read(day1.resolve("entities.csv"))) {
      if (!changedEntities.contains(e.get("uscc").isEmpty() ? e.get("reg_no") : e.get("uscc"))) {
        assertThat(entities2.get(EvolveFixture.key(e, ENTITY_KEY))).isEqualTo(e);
        unchangedEntities++;
      }
    }

    assertThat(unchangedShops).isGreaterThan(EvolveFixture.SHOPS * 8 / 10);
    assertThat(unchangedEntities).isGreaterThan(EvolveFixture.ENTITIES * 9 / 10);
    assertThat(Files.exists(day2.resolve("brands.csv"))).isTrue();
    assertThat(TestData.text(day2.resolve("brands.csv"))).isEqualTo(TestData.text(day1.resolve("brands.csv")));
  }

  @Test
  void removedShopsAreGoneWithTheirLabels(SparkSession spark) {
    Path day1 = EvolveFixture.day1(spark);
    Path day2 = EvolveFixture.day2(spark);
    List<String> removed = EvolveFixture.shopKeys(day2, ChangeKind.SHOP_REMOVED);
    Map<String, Map<String, String>> labels1 = EvolveFixture.byKey(day1, "labels.csv", LABEL_KEY);

    assertThat(removed).isNotEmpty().allSatisfy(k -> assertThat(labels1).containsKey(k));
    assertThat(EvolveFixture.byKey(day2, "shops.csv", SHOP_KEY)).doesNotContainKeys(removed.toArray(String[]::new));
    assertThat(EvolveFixture.byKey(day2, "labels.csv", LABEL_KEY)).doesNotContainKeys(removed.toArray(String[]::new));
    Set<String> brandLabelled = TestData.read(day2.resolve("brand_labels.csv")).stream()
        .map(b -> EvolveFixture.key(b, LABEL_KEY)).collect(Collectors.toSet());
    assertThat(brandLabelled).doesNotContainAnyElementsOf(removed);
    long keptBrandLabels = TestData.read(day1.resolve("brand_labels.csv")).stream()
        .filter(b -> !removed.contains(EvolveFixture.key(b, LABEL_KEY))).count();
    long newBrandLabels = TestData.read(day2.resolve("brand_labels.csv")).stream()
        .filter(b -> !labels1.containsKey(EvolveFixture.key(b, LABEL_KEY))).count();
    assertThat(TestData.read(day2.resolve("brand_labels.csv"))).hasSize((int) (keptBrandLabels + newBrandLabels));
  }

  @Test
  void changedAndClosedShopsKeepTheirTruth(SparkSession spark) {
    Path day1 = EvolveFixture.day1(spark);
    Path day2 = EvolveFixture.day2(spark);
    Map<String, Map<String, String>> shops1 = EvolveFixture.byKey(day1, "shops.csv", SHOP_KEY);
    Map<String, Map<String, String>> shops2 = EvolveFixture.byKey(day2, "shops.csv", SHOP_KEY);
    Map<String, Map<String, String>> labels1 = EvolveFixture.byKey(day1, "labels.csv", LABEL_KEY);
    Map<String, Map<String, String>> labels2 = EvolveFixture.byKey(day2, "labels.csv", LABEL_KEY);
    Map<String, Map<String, String>> brandLabels1 = EvolveFixture.byKey(day1, "brand_labels.csv", BRAND_LABEL_KEY);
    Map<String, Map<String, String>> brandLabels2 = EvolveFixture.byKey(day2, "brand_labels.csv", BRAND_LABEL_KEY);
    List<String> truth = List.of("platform", "shop_id", "shop_name", "shop_type", "main_category", "license_code", "legal_rep",
        "opened_on", "status");

    for (Map<String, String> c : EvolveFixture.changes(day2, ChangeKind.SHOP_CHANGED)) {
      String key = EvolveFixture.key(c, SHOP_KEY);
      Map<String, String> before = shops1.get(key);
      Map<String, String> after = shops2.get(key);
      assertThat(after).as(key).isNotEqualTo(before);
      truth.forEach(column -> assertThat(after.get(column)).as(key + " " + column).isEqualTo(before.get(column)));
      assertThat(c.get("detail")).matches("(phone|address|license_name \\((width|bracket|org_form|traditional)\\)): .+ -> .+");
      assertThat(c.get("entity_code")).isEqualTo(labels1.get(key).get("uscc"));
    }
    for (Map<String, String> c : EvolveFixture.changes(day2, ChangeKind.SHOP_CLOSED)) {
      String key = EvolveFixture.key(c, SHOP_KEY);
      assertThat(shops1.get(key).get("status")).isEqualTo("open");
      assertThat(shops2.get(key).get("status")).isEqualTo("closed");
      assertThat(c.get("detail")).isEqualTo("status: open -> closed");
    }
    labels1.forEach((key, label) -> {
      if (shops2.containsKey(key)) {
        assertThat(labels2.get(key)).as(key).isEqualTo(label);
      }
    });
    brandLabels1.forEach((key, label) -> {
      if (shops2.containsKey(EvolveFixture.key(label, LABEL_KEY))) {
        assertThat(brandLabels2.get(key)).as(key).isEqualTo(label);
      }
    });
  }

  @Test
  void newShopsAreTheTailOfALargerGenerationWithTheirLabels(SparkSession spark) {
    Path day2 = EvolveFixture.day2(spark);
    List<Map<String, String>> added = EvolveFixture.changes(day2, ChangeKind.SHOP_NEW);
    Path larger = EvolveFixture.generate(spark, EvolveFixture.SHOPS + added.size(), "larger");

    List<Map<String, String>> shops2 = TestData.read(day2.resolve("shops.csv"));
    List<Map<String, String>> tail = TestData.read(larger.resolve("shops.csv")).subList((int) EvolveFixture.SHOPS,
        (int) EvolveFixture.SHOPS + added.size());
    assertThat(shops2.subList(shops2.size() - added.size(), shops2.size())).isEqualTo(tail);
    Map<String, Map<String, String>> labels2 = EvolveFixture.byKey(day2, "labels.csv", LABEL_KEY);
    Map<String, Map<String, String>> largerLabels = EvolveFixture.byKey(larger, "labels.csv", LABEL_KEY);
    Map<String, Map<String, String>> brandLabels2 = EvolveFixture.byKey(day2, "brand_labels.csv", BRAND_LABEL_KEY);
    Map<String, Map<String, String>> largerBrandLabels = EvolveFixture.byKey(larger, "brand_labels.csv", BRAND_LABEL_KEY);
    for (Map<String, String> c : added) {
      String key = EvolveFixture.key(c, SHOP_KEY);
      assertThat(labels2.get(key)).as(key).isEqualTo(largerLabels.get(key));
      assertThat(c.get("entity_code")).isEqualTo(largerLabels.get(key).get("uscc"));
    }
    largerBrandLabels.forEach((key, label) -> {
      if (added.stream().anyMatch(c -> EvolveFixture.key(c, SHOP_KEY).equals(EvolveFixture.key(label, LABEL_KEY)))) {
        assertThat(brandLabels2.get(key)).as(key).isEqualTo(label);
      }
    });
  }

  @Test
  void changedEntitiesKeepTheirCodes(SparkSession spark) {
    Path day1 = EvolveFixture.day1(spark);
    Path day2 = EvolveFixture.day2(spark);
    Map<String, Map<String, String>> before = EvolveFixture.byKey(day1, "entities.csv", ENTITY_KEY);
    Map<String, Map<String, String>> after = EvolveFixture.byKey(day2, "entities.csv", ENTITY_KEY);
    List<Map<String, String>> changed = EvolveFixture.changes(day2, ChangeKind.ENTITY_CHANGED);

    assertThat(changed).extracting(c -> c.get("detail").substring(0, c.get("detail").indexOf(':')))
        .contains("status", "address", "legal_rep", "phone", "name");
    for (Map<String, String> c : changed) {
      Map<String, String> old = before.values().stream().filter(e -> c.get("entity_code").equals(
          e.get("uscc").isEmpty() ? e.get("reg_no") : e.get("uscc"))).findFirst().orElseThrow();
      Map<String, String> now = after.get(EvolveFixture.key(old, ENTITY_KEY));
      assertThat(now).as(c.get("entity_code")).isNotNull().isNotEqualTo(old);
      if (c.get("detail").startsWith("name:")) {
        assertThat(now.get("former_names")).startsWith(old.get("name"));
        assertThat(now.get("name")).isNotEqualTo(old.get("name"));
      }
      if (c.get("detail").startsWith("status:")) {
        assertThat(now.get("status")).isIn("deregistered", "revoked");
      }
    }
  }

  @Test
  void newEntitiesHaveFreshValidCodes(SparkSession spark) {
    Path day1 = EvolveFixture.day1(spark);
    Path day2 = EvolveFixture.day2(spark);
    Set<String> taken = new HashSet<>();
    TestData.read(day1.resolve("entities.csv")).forEach(e -> {
      taken.add(e.get("uscc"));
      taken.add(e.get("reg_no"));
    });
    TestData.read(day1.resolve("shops.csv")).forEach(s -> taken.add(s.get("license_code")));
    Map<String, Map<String, String>> entities2 = EvolveFixture.byKey(day2, "entities.csv", ENTITY_KEY);
    List<Map<String, String>> added = EvolveFixture.changes(day2, ChangeKind.ENTITY_NEW);

    assertThat(added).isNotEmpty().allSatisfy(c -> {
      String code = c.get("entity_code");
      assertThat(Uscc.isValid(code)).as(code).isTrue();
      assertThat(taken).doesNotContain(code);
      Map<String, String> e = entities2.get(code + "/");
      assertThat(e.get("status")).isEqualTo("active");
      assertThat(e.get("established_on")).isEqualTo("2025-07-01");
      assertThat(e.get("name")).isEqualTo(c.get("detail"));
    });
    assertThat(added.stream().map(c -> c.get("entity_code")).distinct()).hasSize(added.size());
  }

  @Test
  void sameSeedGivesTheSameFilesAndAnotherSeedOtherChanges(SparkSession spark) throws IOException {
    Path day1 = EvolveFixture.day1(spark);
    Path day2 = EvolveFixture.day2(spark);
    Path again = EvolveFixture.evolve(spark, day1, "again");
    Path otherSeed = new SparkEvolveDataset(spark).from(day1).rates(EvolveFixture.RATES).seed(99)
        .outputDir(TestData.tempDir("other")).execute().outputDir();

    for (String file : FILES) {
      assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(day2.resolve(file)));
    }
    assertThat(EvolveFixture.shopKeys(otherSeed, ChangeKind.SHOP_CHANGED))
        .isNotEqualTo(EvolveFixture.shopKeys(day2, ChangeKind.SHOP_CHANGED));
  }

  @Test
  void evolvingTheNextDayContinuesTheLineage(SparkSession spark) throws IOException {
    Path day2 = EvolveFixture.day2(spark);
    Path day3 = EvolveFixture.day3(spark);
    JsonNode manifest2 = new ObjectMapper().readTree(day2.resolve("manifest.json").toFile());
    JsonNode manifest3 = new ObjectMapper().readTree(day3.resolve("manifest.json").toFile());
    long shops2 = TestData.read(day2.resolve("shops.csv")).size();

    assertThat(manifest3.get("day").asInt()).isEqualTo(3);
    assertThat(manifest3.get("generator").get("next_shop_index").asLong())
        .isEqualTo(manifest2.get("generator").get("next_shop_index").asLong() + Math.round(0.02 * shops2));
    assertThat(manifest3.get("generator").get("new_entities").asLong())
        .isEqualTo(manifest2.get("generator").get("new_entities").asLong() + manifest3.get("counts").get("entity_new").asLong());
    assertThat(EvolveFixture.byKey(day2, "shops.csv", SHOP_KEY))
        .doesNotContainKeys(EvolveFixture.shopKeys(day3, ChangeKind.SHOP_NEW).toArray(String[]::new));
    List<String> changed3 = EvolveFixture.shopKeys(day3, ChangeKind.SHOP_CHANGED);
    long again = changed3.stream().filter(EvolveFixture.shopKeys(day2, ChangeKind.SHOP_CHANGED)::contains).count();
    assertThat(again).as("shops changed on both days (independent draws: about 5 %)").isLessThan(changed3.size() / 4);
    assertThat(TestData.read(day3.resolve("shops.csv"))).hasSize((int) (shops2 - manifest3.get("counts").get("shop_removed").asLong()
        + manifest3.get("counts").get("shop_new").asLong()));
    Set<String> codes2 = EvolveFixture.byKey(day2, "entities.csv", ENTITY_KEY).keySet();
    assertThat(EvolveFixture.changes(day3, ChangeKind.ENTITY_NEW))
        .allSatisfy(c -> assertThat(codes2).doesNotContain(c.get("entity_code") + "/"));
    assertThat(SourceDataset.read(day2).generator().settings()).isEqualTo(TestData.settings());
  }
}
