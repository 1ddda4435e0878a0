package org.storerecon.jobs.resolve;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * A Fellegi–Sunter model: for every {@link Comparison} level the probability of that level among
 * true matches (m) and among non-matches (u), and the prior share of matches among candidate
 * pairs (lambda). A level's match weight is {@code log2(m/u)}; a pair's total weight is the prior
 * weight {@code log2(lambda/(1-lambda))} plus the weights of its levels; a missing level weighs 0.
 *
 * @param lambda prior probability that a pair the model scores is a match, in (0, 1)
 * @param m m-probabilities per comparison, indexed by level
 * @param u u-probabilities per comparison, indexed by level
 */
public record MatchModel(double lambda, Map<Comparison, double[]> m, Map<Comparison, double[]> u) implements Serializable {

  private static final double LN2 = Math.log(2);

  public MatchModel {
    m = new EnumMap<>(m);
    u = new EnumMap<>(u);
    for (Comparison c : Comparison.values()) {
      if (m.get(c) == null || u.get(c) == null || m.get(c).length != c.levels().size() || u.get(c).length != c.levels().size()) {
        throw new IllegalArgumentException("m and u need one probability per level of " + c);
      }
    }
  }

  /** Match weight (bits) of one level; 0 for {@link Comparison#MISSING}. */
  public double weight(Comparison c, int level) {
    return level < 0 ? 0.0 : log2(m.get(c)[level] / u.get(c)[level]);
  }

  /** The prior weight {@code log2(lambda / (1 - lambda))}. */
  public double priorWeight() {
    return log2(lambda / (1 - lambda));
  }

  /** Total weight of a level vector (in {@link Comparison} order). */
  public double totalWeight(int[] levels) {
    double w = priorWeight();
    for (Comparison c : Comparison.values()) {
      w += weight(c, levels[c.ordinal()]);
    }
    return w;
  }

  /** The probability a weight stands for: {@code 1 / (1 + 2^-w)}. */
  public static double probability(double weight) {
    return 1.0 / (1.0 + Math.pow(2, -weight));
  }

  static double log2(double x) {
    return Math.log(x) / LN2;
  }

  /** The model as text, one comparison a line, for logs and the stage report. */
  public String describe() {
    StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "lambda=%.4f%n", lambda));
    for (Comparison c : Comparison.values()) {
      sb.append(c.label()).append(':');
      for (int i = 0; i < c.levels().size(); i++) {
        sb.append(String.format(java.util.Locale.ROOT, " %s(m=%.4f u=%.6f w=%+.1f)", c.levels().get(i), m.get(c)[i], u.get(c)[i],
            weight(c, i)));
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }
}
