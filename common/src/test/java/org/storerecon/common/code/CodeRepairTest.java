package org.storerecon.common.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodeRepairTest {

  private static final List<String> VALID_USCC = List.of("91310110666007217T", "91110000600037341L", "91350100M000100Y43");
  private static final String VALID_LEGACY = "110108000000016";

  /** Every single-character substitution of every valid code, with the original. */
  static Stream<Arguments> substitutions() {
    List<Arguments> out = new ArrayList<>();
    for (String code : VALID_USCC) {
      for (int i = 0; i < code.length(); i++) {
        for (char c : Uscc.ALPHABET.toCharArray()) {
          if (c != code.charAt(i)) {
            out.add(Arguments.of(code.substring(0, i) + c + code.substring(i + 1), code, i + 1));
          }
        }
      }
    }
    for (int i = 0; i < VALID_LEGACY.length(); i++) {
      for (char c = '0'; c <= '9'; c++) {
        if (c != VALID_LEGACY.charAt(i)) {
          out.add(Arguments.of(VALID_LEGACY.substring(0, i) + c + VALID_LEGACY.substring(i + 1), VALID_LEGACY, i + 1));
        }
      }
    }
    return out.stream();
  }

  /** Every adjacent transposition of distinct characters of every valid code. */
  static Stream<Arguments> transpositions() {
    List<Arguments> out = new ArrayList<>();
    List<String> all = new ArrayList<>(VALID_USCC);
    all.add(VALID_LEGACY);
    for (String code : all) {
      for (int i = 0; i + 1 < code.length(); i++) {
        if (code.charAt(i) != code.charAt(i + 1)) {
          String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
          out.add(Arguments.of(swapped, code, i + 1));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} (error at {2})")
  @MethodSource("substitutions")
  void everySubstitutionIsDetectedAndRepairedToTheOriginal(String wrong, String original, int position) {
    CodeCheck check = IdentityCodes.check(wrong);
    assertThat(check.status()).isNotEqualTo(CodeStatus.VALID);
    if (original.length() == Uscc.LENGTH && position >= 9 && position <= 17) {
      // inside the organisation code: caught by its own check, or (for a change by 11) by the overall check
      assertThat(check.status()).isIn(CodeStatus.INVALID, CodeStatus.LEGACY_PILOT);
    }
    assertThat(CodeRepair.candidates(wrong)).contains(original).doesNotContain(wrong);
  }

  @ParameterizedTest(name = "{0} (swap at {2})")
  @MethodSource("transpositions")
  void everyTranspositionIsDetectedAndRepairedToTheOriginal(String wrong, String original, int position) {
    assertThat(IdentityCodes.check(wrong).status()).isNotEqualTo(CodeStatus.VALID);
    assertThat(CodeRepair.candidates(wrong)).contains(original);
  }

  @Test
  void errorsInTheOrganisationCodeAreInvalidNotPilot() {
    CodeCheck check = IdentityCodes.check("91310110666007317T");
    assertThat(check.status()).isEqualTo(CodeStatus.INVALID);
    assertThat(check.reason()).isEqualTo(InvalidReason.ORGANISATION_CHECK);
  }

  @Test
  void everyCandidatePassesBothChecks() {
    assertThat(CodeRepair.candidates("91310110666007218T")).isNotEmpty().allMatch(Uscc::isValid);
    assertThat(CodeRepair.candidates("110108000000017")).isNotEmpty().allMatch(LegacyRegNo::isValid);
  }

  @Test
  void foldsBeforeRepairingAndIgnoresOtherLengths() {
    assertThat(CodeRepair.candidates("9131 0110 6660 0721 8t")).contains("91310110666007217T");
    assertThat(CodeRepair.candidates("12345")).isEmpty();
  }
}
