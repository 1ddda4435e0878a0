package org.storerecon.common.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacyRegNoTest {

  @Test
  void realNumberValidates() {
    assertThat(LegacyRegNo.isValid("110108000000016")).isTrue();
    assertThat(LegacyRegNo.checkDigit("11010800000001")).isEqualTo('6');
  }

  @Test
  void everySingleDigitChangeIsDetected() {
    String code = "110108000000016";
    for (int i = 0; i < code.length(); i++) {
      for (char d = '0'; d <= '9'; d++) {
        if (d == code.charAt(i)) {
          continue;
        }
        String wrong = code.substring(0, i) + d + code.substring(i + 1);
        assertThat(LegacyRegNo.isValid(wrong)).as(wrong).isFalse();
      }
    }
  }

  @Test
  void partsGiveDivisionAndEntityKind() {
    CodeParts company = LegacyRegNo.parts("110108000000016");
    assertThat(company.divisionCode()).isEqualTo("110108");
    assertThat(company.entityKind()).isEqualTo(EntityKind.COMPANY);
    assertThat(company.organisationCode()).isNull();
    assertThat(LegacyRegNo.parts("330106600123456").entityKind()).isEqualTo(EntityKind.INDIVIDUAL);
  }

  @Test
  void rejectsWrongShapes() {
    assertThat(LegacyRegNo.isValid(null)).isFalse();
    assertThat(LegacyRegNo.isValid("11010800000001")).isFalse();
    assertThat(LegacyRegNo.isValid("11010800000001A")).isFalse();
  }
}
