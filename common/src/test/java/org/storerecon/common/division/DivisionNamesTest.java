package org.storerecon.common.division;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionNamesTest {

  private final DivisionNames names = DivisionNames.bundled();

  @Test
  void shortFormsOfProvincesAndCities() {
    assertThat(names.readings("浙江")).extracting(r -> r.division().code()).containsExactly("330000");
    assertThat(names.readings("杭州")).extracting(r -> r.division().code()).containsExactly("330100");
    assertThat(names.readings("广西")).extracting(r -> r.division().code()).containsExactly("450000");
    assertThat(names.readings("内蒙古")).extracting(r -> r.division().code()).containsExactly("150000");
    assertThat(names.readings("延边")).extracting(r -> r.division().code()).containsExactly("222400");
    assertThat(names.readings("义乌")).extracting(r -> r.division().code()).containsExactly("330782");
    assertThat(names.readings("吉林")).extracting(r -> r.division().code()).containsExactlyInAnyOrder("220000", "220200");
  }

  @Test
  void districtsHaveNoShortForm() {
    assertThat(names.readings("西湖区")).isNotEmpty();
    assertThat(names.readings("西湖")).isEmpty();
    assertThat(names.readings("阿里")).as("地区 keeps its full name only").isEmpty();
  }

  @Test
  void formerNamesReadAsTheCurrentDivision() {
    assertThat(names.readings("江干区")).singleElement().satisfies(r -> {
      assertThat(r.division().code()).isEqualTo("330102");
      assertThat(r.form()).isEqualTo(DivisionNames.Form.FORMER);
    });
    assertThat(names.former("330103")).hasValueSatisfying(f -> assertThat(f.currentCode()).isEqualTo("330105"));
  }

  @Test
  void everyFormerDivisionPointsAtACurrentCounty() {
    for (String code : new String[] {"110103", "310108", "320503", "330104", "440116"}) {
      FormerDivision f = names.former(code).orElseThrow();
      assertThat(Divisions.bundled().find(f.currentCode())).hasValueSatisfying(
          d -> assertThat(d.level()).isEqualTo(Division.Level.COUNTY));
      assertThat(Divisions.bundled().find(f.code())).as("retired code " + code + " is not current").isEmpty();
    }
  }
}
