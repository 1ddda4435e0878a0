package org.storerecon.common.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

  @ParameterizedTest
  @ValueSource(strings = {"91310110666007217T", "91110000600037341L", "91350100M000100Y43"})
  void realCodesPassBothChecks(String code) {
    assertThat(Uscc.isValid(code)).isTrue();
    assertThat(Uscc.organisationCheckPasses(code)).isTrue();
    assertThat(Uscc.overallCheckPasses(code)).isTrue();
    assertThat(Uscc.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    assertThat(Uscc.organisationCheckCharacter(code.substring(8, 16))).isEqualTo(code.charAt(16));
  }

  @Test
  void organisationCheckMapsTenToXAndElevenToZero() {
    // 12345678: 1*3+2*7+3*9+4*10+5*5+6*8+7*4+8*2 = 201, 201 mod 11 = 3, check 8
    assertThat(Uscc.organisationCheckCharacter("12345678")).isEqualTo('8');
    assertThat(Uscc.organisationCheckCharacter("00000000")).isEqualTo('0'); // 11 → 0
    assertThat(Uscc.organisationCheckCharacter("00000006")).isEqualTo('X'); // sum 12, 11-1 = 10 → X
  }

  @Test
  void letterValuesInOrganisationCodeRunFromTenToThirtyFive() {
    // A=10 at weight 3 → 30, 30 mod 11 = 8, check 3; Z=35 → 105 mod 11 = 6, check 5
    assertThat(Uscc.organisationCheckCharacter("A0000000")).isEqualTo('3');
    assertThat(Uscc.organisationCheckCharacter("Z0000000")).isEqualTo('5');
  }

  @Test
  void partsOfAMarketEntityCode() {
    CodeParts parts = Uscc.parts("91310110666007217T");
    assertThat(parts.authority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
    assertThat(parts.entityKind()).isEqualTo(EntityKind.COMPANY);
    assertThat(parts.divisionCode()).isEqualTo("310110");
    assertThat(parts.provinceCode()).isEqualTo("310000");
    assertThat(parts.organisationCode()).isEqualTo("666007217");
  }

  @Test
  void entityKindOnlyUnderMarketRegulation() {
    assertThat(Uscc.parts("92330106MA2XXXXX00").entityKind()).isEqualTo(EntityKind.INDIVIDUAL);
    assertThat(Uscc.parts("93330106MA2XXXXX00").entityKind()).isEqualTo(EntityKind.COOPERATIVE);
    assertThat(Uscc.parts("52330106MA2XXXXX00").entityKind()).isEqualTo(EntityKind.OTHER);
    assertThat(Uscc.parts("52330106MA2XXXXX00").authority()).isEqualTo(RegistrationAuthority.CIVIL_AFFAIRS);
  }

  @Test
  void rejectsCharactersOutsideTheAlphabet() {
    assertThat(Uscc.inAlphabet("91310110666OO7217T")).isFalse();
    assertThat(Uscc.isValid("91310110666OO7217T")).isFalse();
    assertThatThrownBy(() -> Uscc.checkCharacter("9131011066600721I")).isInstanceOf(IllegalArgumentException.class);
  }
}
