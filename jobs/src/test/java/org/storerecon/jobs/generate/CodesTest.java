package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.storerecon.common.code.LegacyRegNo;
import org.storerecon.common.code.Uscc;

class CodesTest {

  private final Codes codes = new Codes(42);

  @Test
  void usccsAreValidUniqueAndCarryTheDivision() {
    Set<String> seen = new HashSet<>();
    for (long i = 0; i < 50_000; i++) {
      String uscc = codes.uscc('1', "330106", i);
      assertThat(Uscc.isValid(uscc)).as(uscc).isTrue();
      assertThat(uscc).startsWith("91330106");
      assertThat(seen.add(uscc)).as("unique " + uscc).isTrue();
    }
  }

  @Test
  void regNosAreValidAndUnique() {
    Set<String> seen = new HashSet<>();
    for (long i = 0; i < 50_000; i++) {
      String regNo = codes.regNo("330106", i);
      assertThat(regNo).hasSize(15).startsWith("330106");
      assertThat(LegacyRegNo.isValid(regNo)).as(regNo).isTrue();
      assertThat(seen.add(regNo)).isTrue();
    }
  }

  @Test
  void mistypedCodesFailTheirCheckAndDifferByOneEdit() {
    SplittableRandom r = new SplittableRandom(1);
    for (long i = 0; i < 2_000; i++) {
      String uscc = codes.uscc('2', "110105", i);
      String typo = Codes.mistype(uscc, r);
      assertThat(Uscc.isValid(typo)).as(typo).isFalse();
      assertThat(differingPositions(uscc, typo)).isBetween(1, 2);
      String regNo = codes.regNo("110105", i);
      assertThat(LegacyRegNo.isValid(Codes.mistype(regNo, r))).isFalse();
    }
  }

  @Test
  void legacyCheckDigitDetectsEverySingleDigitChange() {
    String regNo = codes.regNo("440305", 7);
    for (int p = 0; p < 15; p++) {
      for (char d = '0'; d <= '9'; d++) {
        if (d != regNo.charAt(p)) {
          String changed = regNo.substring(0, p) + d + regNo.substring(p + 1);
          assertThat(LegacyRegNo.isValid(changed)).as(changed).isFalse();
        }
      }
    }
  }

  @Test
  void shopIdsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (long i = 0; i < 50_000; i++) {
      assertThat(seen.add(codes.shopId(i))).isTrue();
    }
  }

  private static int differingPositions(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        n++;
      }
    }
    return n;
  }
}
