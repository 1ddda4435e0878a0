package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.jobs.config.ResolveConfig;

/**
 * Trains the {@link MatchModel}: u-probabilities from random shop × entity pairs (a bounded cross
 * join of two small random samples: {@code u-sample-shops × u-sample-entities} pairs), then
 * m-probabilities and lambda by {@link ExpectationMaximisation} over the level patterns of the
 * candidate pairs. Spark work: two top-k samples (a scan each, no full shuffle), one aggregation of
 * the random pairs and one of the candidate pairs by level pattern; only the pattern counts (at most
 * a few thousand rows) reach the driver.
 */
public final class ModelEstimation {

  private static final String COUNT = "count";

  private final ResolveConfig config;

  public ModelEstimation(ResolveConfig config) {
    this.config = config;
  }

  /**
   * Trains the model. EM runs over the level patterns of the candidate pairs together with those of
   * the random pairs: candidate pairs alone are mostly matches, and with u-probabilities this small
   * EM would drive lambda to 1 and explain every candidate as a match; the random pairs anchor the
   * non-match side. The returned model's lambda is the prior for one random shop × entity pair:
   * the expected number of matches among the candidates (the sum of their posteriors) divided by
   * {@code shops × entities}. Scored against that prior, a candidate's probability accounts for
   * the size of the registry it was drawn from.
   *
   * @param compared candidate pairs with level columns ({@link PairComparisons})
   * @param shops {@link ResolveInputs#shops} rows being matched (sampled and counted)
   * @param entities {@link ResolveInputs#entities} rows (sampled)
   * @param registrySize number of entities
   */
  public MatchModel estimate(Dataset<Row> compared, Dataset<Row> shops, Dataset<Row> entities, long registrySize) {
    List<ExpectationMaximisation.Pattern> random = randomPatterns(shops, entities);
    Map<Comparison, double[]> u = marginals(random);
    List<ExpectationMaximisation.Pattern> candidates = patterns(compared);
    List<ExpectationMaximisation.Pattern> training = new ArrayList<>(candidates);
    training.addAll(random);
    MatchModel trained = new ExpectationMaximisation(config.emIterations(), config.emTolerance(), config.probabilityFloor())
        .train(training, u, config.initialMatchShare());
    double expectedMatches = 0;
    for (ExpectationMaximisation.Pattern p : candidates) {
      expectedMatches += p.count() * MatchModel.probability(trained.totalWeight(p.levels()));
    }
    double pairs = (double) Math.max(1L, shops.count()) * Math.max(1L, registrySize);
    double prior = Math.min(1 - config.probabilityFloor(), Math.max(Double.MIN_NORMAL, expectedMatches / pairs));
    return new MatchModel(prior, trained.m(), trained.u());
  }

  /** Level patterns of random shop × entity pairs. */
  List<ExpectationMaximisation.Pattern> randomPatterns(Dataset<Row> shops, Dataset<Row> entities) {
    Dataset<Row> shopSample = shops.orderBy(rand(config.seed())).limit(config.uSampleShops());
    Dataset<Row> entitySample = ResolveInputs.prefixed(entities.orderBy(rand(config.seed() + 1)).limit(config.uSampleEntities()));
    // Deliberately a cross join: both sides are bounded samples, u-sample-shops × u-sample-entities rows.
    Dataset<Row> random = new PairComparisons(config).levels(shopSample.crossJoin(entitySample));
    return patterns(random);
  }

  /** Level patterns and their counts. */
  static List<ExpectationMaximisation.Pattern> patterns(Dataset<Row> compared) {
    List<ExpectationMaximisation.Pattern> out = new ArrayList<>();
    for (Row r : compared.groupBy(PairComparisons.levelColumns()).count().collectAsList()) {
      int[] levels = new int[Comparison.values().length];
      for (int i = 0; i < levels.length; i++) {
        levels[i] = r.getInt(i);
      }
      out.add(new ExpectationMaximisation.Pattern(levels, r.getLong(r.fieldIndex(COUNT))));
    }
    return out;
  }

  /** Share of each level among the pairs where the comparison is not missing, floored. */
  Map<Comparison, double[]> marginals(List<ExpectationMaximisation.Pattern> patterns) {
    Map<Comparison, double[]> u = new EnumMap<>(Comparison.class);
    for (Comparison c : Comparison.values()) {
      double[] counts = new double[c.levels().size()];
      double total = 0;
      for (ExpectationMaximisation.Pattern p : patterns) {
        int level = p.levels()[c.ordinal()];
        if (level >= 0) {
          counts[level] += p.count();
          total += p.count();
        }
      }
      double[] probabilities = new double[counts.length];
      for (int i = 0; i < counts.length; i++) {
        probabilities[i] = total == 0 ? 1.0 / counts.length : Math.max(config.probabilityFloor(), counts[i] / total);
      }
      u.put(c, probabilities);
    }
    return u;
  }
}
