package org.storerecon.jobs.resolve;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates m-probabilities and lambda by expectation maximisation without labels, with the
 * u-probabilities held fixed (estimated from random pairs), as Splink does. Works on the counts of
 * level patterns of the candidate pairs, which are few (at most the product of the level counts),
 * so it runs on the driver in milliseconds whatever the number of pairs.
 */
public final class ExpectationMaximisation {

  /**
   * A level pattern and how many candidate pairs have it.
   *
   * @param levels one level per {@link Comparison}, in declaration order ({@link Comparison#MISSING} allowed)
   * @param count pairs with this pattern
   */
  public record Pattern(int[] levels, long count) {}

  private final int maxIterations;
  private final double tolerance;
  private final double floor;

  /**
   * @param maxIterations most iterations
   * @param tolerance stop when no parameter moves by more than this
   * @param floor smallest probability, so that no level weighs infinitely
   */
  public ExpectationMaximisation(int maxIterations, double tolerance, double floor) {
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
    this.floor = floor;
  }

  /** Runs EM from {@link #initialM} and lambda {@code initialLambda}; u stays as given. */
  public MatchModel train(List<Pattern> patterns, Map<Comparison, double[]> u, double initialLambda) {
    MatchModel model = new MatchModel(initialLambda, initialM(), u);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      MatchModel next = step(patterns, model);
      double moved = distance(model, next);
      model = next;
      if (moved <= tolerance) {
        break;
      }
    }
    return model;
  }

  /** One E step and one M step. */
  MatchModel step(List<Pattern> patterns, MatchModel model) {
    Map<Comparison, double[]> mass = new EnumMap<>(Comparison.class);
    for (Comparison c : Comparison.values()) {
      mass.put(c, new double[c.levels().size()]);
    }
    double matches = 0;
    double total = 0;
    for (Pattern p : patterns) {
      double posterior = MatchModel.probability(model.totalWeight(p.levels()));
      double weighted = posterior * p.count();
      matches += weighted;
      total += p.count();
      for (Comparison c : Comparison.values()) {
        int level = p.levels()[c.ordinal()];
        if (level >= 0) {
          mass.get(c)[level] += weighted;
        }
      }
    }
    Map<Comparison, double[]> m = new EnumMap<>(Comparison.class);
    for (Comparison c : Comparison.values()) {
      m.put(c, normalise(mass.get(c)));
    }
    double lambda = total == 0 ? model.lambda() : clamp(matches / total);
    return new MatchModel(lambda, m, model.u());
  }

  /** Starting m: agreement likely among matches, halving with each weaker level. */
  static Map<Comparison, double[]> initialM() {
    Map<Comparison, double[]> m = new EnumMap<>(Comparison.class);
    for (Comparison c : Comparison.values()) {
      double[] p = new double[c.levels().size()];
      double share = 1.0;
      for (int i = 0; i < p.length; i++) {
        share /= 2;
        p[i] = share;
      }
      double sum = 0;
      for (double v : p) {
        sum += v;
      }
      for (int i = 0; i < p.length; i++) {
        p[i] /= sum;
      }
      m.put(c, p);
    }
    return m;
  }

  private double[] normalise(double[] mass) {
    double sum = 0;
    for (double v : mass) {
      sum += v;
    }
    double[] p = new double[mass.length];
    for (int i = 0; i < mass.length; i++) {
      p[i] = sum == 0 ? 1.0 / mass.length : Math.max(floor, mass[i] / sum);
    }
    return p;
  }

  private double clamp(double x) {
    return Math.min(1 - floor, Math.max(floor, x));
  }

  private static double distance(MatchModel a, MatchModel b) {
    double d = Math.abs(a.lambda() - b.lambda());
    for (Comparison c : Comparison.values()) {
      double[] x = a.m().get(c);
      double[] y = b.m().get(c);
      for (int i = 0; i < x.length; i++) {
        d = Math.max(d, Math.abs(x[i] - y[i]));
      }
    }
    return d;
  }
}
