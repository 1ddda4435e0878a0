package org.storerecon.common.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityCodesTest {

  @ParameterizedTest
  @ValueSource(strings = {"91310110666007217T", "91110000600037341L", "91350100M000100Y43", "110108000000016"})
  void realCodesAreValid(String code) {
    CodeCheck check = IdentityCodes.check(code);
    assertThat(check.status()).isEqualTo(CodeStatus.VALID);
    assertThat(check.reason()).isNull();
    assertThat(check.folds()).isEmpty();
    assertThat(check.isUsable()).isTrue();
  }

  @Test
  void typesAndParts() {
    CodeCheck uscc = IdentityCodes.check("91350100M000100Y43");
    assertThat(uscc.type()).isEqualTo(CodeType.USCC);
    assertThat(uscc.parts().divisionCode()).isEqualTo("350100");
    assertThat(uscc.parts().organisationCode()).isEqualTo("M000100Y4");
    CodeCheck legacy = IdentityCodes.check("110108000000016");
    assertThat(legacy.type()).isEqualTo(CodeType.LEGACY_REG_NO);
    assertThat(legacy.parts().divisionCode()).isEqualTo("110108");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", " - "})
  void emptyIsAbsent(String input) {
    assertThat(IdentityCodes.check(input).status()).isEqualTo(CodeStatus.ABSENT);
    assertThat(IdentityCodes.statusLabel(input)).isEqualTo("absent");
  }

  @ParameterizedTest
  @CsvSource({
      "9131011066600721, length",
      "91310110666007217TX, length",
      "9131011066600721VT, charset",
      "11010800000001A, charset",
      "91310110666007218T, organisation_check",
      "110108000000017, overall_check",
      "000108000000012, division",
  })
  void invalidCodesCarryTheirReason(String code, String reason) {
    CodeCheck check = IdentityCodes.check(code);
    assertThat(check.status()).isEqualTo(CodeStatus.INVALID);
    assertThat(check.reasonLabel()).isEqualTo(reason);
    assertThat(check.isUsable()).isFalse();
  }

  @Test
  void unknownProvinceIsInvalid() {
    String first17 = "91000000600037341";
    CodeCheck check = IdentityCodes.check(first17 + Uscc.checkCharacter(first17));
    assertThat(check.status()).isEqualTo(CodeStatus.INVALID);
    assertThat(check.reason()).isEqualTo(InvalidReason.DIVISION);
  }

  @Test
  void pilotEraCodeWithGoodOrganisationCodeIsTolerated() {
    // organisation code 600037341 is right, the overall check character is not
    CodeCheck check = IdentityCodes.check("91110000600037341A");
    assertThat(check.status()).isEqualTo(CodeStatus.LEGACY_PILOT);
    assertThat(check.status().label()).isEqualTo("legacy_pilot");
    assertThat(check.reason()).isNull();
    assertThat(check.isUsable()).isTrue();
  }

  @Test
  void cityLevelAndRetiredDivisionsAreNormal() {
    // 330104 (former 江干区) and 350100 (city level) are accepted: only the province is checked
    String first17 = "91330104MA2XXXXX" + Uscc.organisationCheckCharacter("MA2XXXXX");
    String code = first17 + Uscc.checkCharacter(first17);
    CodeCheck check = IdentityCodes.check(code);
    assertThat(check.status()).isEqualTo(CodeStatus.VALID);
    assertThat(check.parts().currentDivisionCode()).isEqualTo("330102");
    assertThat(IdentityCodes.check("91350100M000100Y43").parts().currentDivisionCode()).isEqualTo("350100");
  }

  @Test
  void foldsAreRecorded() {
    CodeCheck check = IdentityCodes.check("9131 0110 666O 0721 7t");
    assertThat(check.status()).isEqualTo(CodeStatus.VALID);
    assertThat(check.code()).isEqualTo("91310110666007217T");
    assertThat(check.foldLabels()).containsExactly("whitespace", "case", "look_alike");
  }

  @Test
  void labelsAreTheContractValues() {
    assertThat(CodeStatus.values()).extracting(CodeStatus::label)
        .containsExactly("valid", "legacy_pilot", "invalid", "absent");
  }
}
