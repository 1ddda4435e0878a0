package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.common.code.LegacyRegNo;
import org.storerecon.common.code.Uscc;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.division.Divisions;
import org.storerecon.testing.SparkTest;

@SparkTest
class EntitiesFileTest {

  @Test
  void everyCodeIsValidUniqueAndMatchesTheDivision(SparkSession spark) {
    List<Map<String, String>> entities = entities(spark);
    Set<String> keys = new HashSet<>();

    for (Map<String, String> e : entities) {
      String uscc = e.get("uscc");
      String regNo = e.get("reg_no");
      assertThat(uscc.isEmpty() && regNo.isEmpty()).as("one of uscc, reg_no").isFalse();
      if (!uscc.isEmpty()) {
        assertThat(Uscc.isValid(uscc)).as(uscc).isTrue();
        assertThat(uscc.substring(2, 8)).isEqualTo(e.get("division_code"));
        assertThat(uscc.charAt(0)).isEqualTo('9');
        assertThat(keys.add(uscc)).as("unique " + uscc).isTrue();
      }
      if (!regNo.isEmpty()) {
        assertThat(LegacyRegNo.isValid(regNo)).as(regNo).isTrue();
        assertThat(keys.add(regNo)).isTrue();
      }
      assertThat(Divisions.bundled().find(e.get("division_code"))).as(e.get("division_code")).isPresent();
    }
  }

  @Test
  void valuesFollowTheContract(SparkSession spark) {
    for (Map<String, String> e : entities(spark)) {
      assertThat(Contract.ENTITY_TYPES).containsKey(e.get("entity_type"));
      assertThat(Contract.ENTITY_STATUSES).containsKey(e.get("status"));
      assertThat(e.get("established_on")).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(e.get("name")).isNotBlank();
      assertThat(e.get("phone")).matches("|1\\d{10}|0\\d{2,3}-\\d{8}");
    }
  }

  @Test
  void namesLookLikeRegisteredNames(SparkSession spark) {
    List<Map<String, String>> entities = entities(spark);

    assertThat(ofType(entities, "company")).allSatisfy(n -> assertThat(n).endsWith("公司"));
    assertThat(ofType(entities, "branch")).allSatisfy(n -> assertThat(n).containsPattern("公司.+(分公司|营业部)$"));
    assertThat(ofType(entities, "cooperative")).allSatisfy(n -> assertThat(n).endsWith("合作社"));
    assertThat(entities.stream().filter(e -> e.get("entity_type").equals("individual")))
        .allSatisfy(e -> assertThat(e.get("name"))
            .contains(Divisions.bundled().find(e.get("division_code")).orElseThrow().name()));
    assertThat(entities).anySatisfy(e -> assertThat(e.get("former_names")).contains("|"));
    assertThat(entities).anySatisfy(e -> assertThat(e.get("address")).containsPattern("省.+市.+(区|县|市).+号$"));
  }

  @Test
  void confusersShareTradeNamesAcrossCities(SparkSession spark) {
    GenerateDataset.Result r = TestData.clean(spark);

    assertThat(r.manifest().count("entities.confuser.other_city")).isPositive();
    assertThat(r.manifest().count("entities.confuser.one_char")).isPositive();
    assertThat(r.manifest().count("entities.legacy_reg_no_only")).isPositive();
    assertThat(r.manifest().count("entities.type.individual")).isPositive();
    long legacy = entities(spark).stream().filter(e -> e.get("uscc").isEmpty()).count();
    assertThat(legacy).isEqualTo(r.manifest().count("entities.legacy_reg_no_only"));
  }

  private static List<String> ofType(List<Map<String, String>> entities, String type) {
    return entities.stream().filter(e -> e.get("entity_type").equals(type)).map(e -> e.get("name")).toList();
  }

  private static List<Map<String, String>> entities(SparkSession spark) {
    return TestData.read(TestData.clean(spark).outputDir().resolve("entities.csv"));
  }
}
