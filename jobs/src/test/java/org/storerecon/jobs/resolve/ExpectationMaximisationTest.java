package org.storerecon.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {

  /** u: agreement rare among non-matches. */
  private static Map<Comparison, double[]> u() {
    Map<Comparison, double[]> u = new EnumMap<>(Comparison.class);
    for (Comparison c : Comparison.values()) {
      double[] p = new double[c.levels().size()];
      Arrays.fill(p, 0.01);
      p[p.length - 1] = 1 - 0.01 * (p.length - 1);
      u.put(c, p);
    }
    return u;
  }

  private static int[] levels(int agree, int other) {
    int[] l = new int[Comparison.values().length];
    for (Comparison c : Comparison.values()) {
      l[c.ordinal()] = c == Comparison.PHONE ? agree : other;
      if (c == Comparison.NAME) {
        l[c.ordinal()] = agree == 0 ? 0 : Comparison.NAME.levels().size() - 1;
      }
    }
    return l;
  }

  @Test
  void recoversMatchShareAndAgreementAmongMatches() {
    List<ExpectationMaximisation.Pattern> patterns = new ArrayList<>();
    // 300 matches: name and phone agree, other comparisons missing; 700 non-matches: both differ.
    patterns.add(new ExpectationMaximisation.Pattern(levels(0, Comparison.MISSING), 300));
    patterns.add(new ExpectationMaximisation.Pattern(levels(1, Comparison.MISSING), 700));

    MatchModel model = new ExpectationMaximisation(50, 1e-6, 1e-6).train(patterns, u(), 0.5);

    assertThat(model.lambda()).isCloseTo(0.3, within(0.01));
    assertThat(model.m().get(Comparison.PHONE)[0]).isCloseTo(1.0, within(0.01));
    assertThat(model.weight(Comparison.PHONE, 0)).isGreaterThan(6);
    assertThat(model.weight(Comparison.PHONE, 1)).isLessThan(-3);
    assertThat(model.weight(Comparison.ADDRESS, Comparison.MISSING)).isZero();
  }

  @Test
  void probabilityOfAWeightIsLogistic() {
    assertThat(MatchModel.probability(0)).isEqualTo(0.5);
    assertThat(MatchModel.probability(Math.log(99) / Math.log(2))).isCloseTo(0.99, within(1e-9));
  }
}
