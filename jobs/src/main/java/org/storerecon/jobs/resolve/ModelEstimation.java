package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storerecon.jobs.config.ResolveConfig;
import org.storerecon.jobs.normalize.DomainColumns;

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
  /** Indices of the name comparison's exact and former levels. */
  private static final int EXACT = Comparison.NAME.levels().indexOf("exact");
  private static final int FORMER = Comparison.NAME.levels().indexOf("former");

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
    Map<Comparison, double[]> u = withCountedNameAgreement(marginals(random), shops, entities);
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

  /**
   * Replaces the sampled u of the name comparison's {@code exact} and {@code former} levels by the
   * share of all shop × entity pairs (both names present) that agree so, counted from the name
   * frequencies: {@code Σ n_shops(v) · n_entities(v) / (N_shops · N_entities)}. Registered names are
   * nearly unique, so a random sample of a million pairs holds no agreeing pair and the sampled u
   * would sit at {@code probability-floor}, far above the real one, and an exact name would weigh
   * several bits too little. The count includes the true matches, so it bounds the real u from
   * above (the weight stays conservative); its floor is one pair in all. The other levels keep
   * their sampled shares of the remaining probability. Spark work: both sides grouped by name
   * (a shuffle of the shops' and the entities' names, and of the entities' former names), joined
   * on the name, summed; three numbers reach the driver.
   */
  Map<Comparison, double[]> withCountedNameAgreement(Map<Comparison, double[]> sampled, Dataset<Row> shops, Dataset<Row> entities) {
    String name = DomainColumns.NAME_NORM;
    String value = "_name";
    Dataset<Row> shown = shops.filter(col(name).isNotNull()).groupBy(col(name).as(value)).agg(count(lit(1)).as("_shops"));
    Dataset<Row> registered = entities.filter(col(name).isNotNull()).groupBy(col(name).as(value)).agg(count(lit(1)).as("_entities"));
    Dataset<Row> former = entities.select(explode(col(DomainColumns.FORMER_NAMES_NORM)).as(value))
        .groupBy(value).agg(count(lit(1)).as("_entities"));
    double shopCount = shops.filter(col(name).isNotNull()).count();
    double entityCount = entities.filter(col(name).isNotNull()).count();
    if (shopCount == 0 || entityCount == 0) {
      return sampled;
    }
    double allPairs = shopCount * entityCount;
    double exact = Math.max(1, agreeingPairs(shown, registered, value)) / allPairs;
    double formerName = Math.max(1, agreeingPairs(shown, former, value)) / allPairs;
    double[] u = sampled.get(Comparison.NAME).clone();
    double rest = 1 - u[EXACT] - u[FORMER];
    double scale = rest <= 0 ? 0 : (1 - exact - formerName) / rest;
    for (int i = 0; i < u.length; i++) {
      u[i] = i == EXACT ? exact : i == FORMER ? formerName : u[i] * scale;
    }
    Map<Comparison, double[]> out = new EnumMap<>(sampled);
    out.put(Comparison.NAME, u);
    return out;
  }

  private static long agreeingPairs(Dataset<Row> shown, Dataset<Row> registered, String value) {
    Row r = shown.join(registered, value).agg(sum(col("_shops").multiply(col("_entities")))).first();
    return r.isNullAt(0) ? 0 : r.getLong(0);
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
