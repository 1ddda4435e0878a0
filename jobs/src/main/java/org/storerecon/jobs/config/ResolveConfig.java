package org.storerecon.jobs.config;

/**
 * Settings of the resolve stage ({@code storerecon.resolve}), validated by {@link ConfigLoader}.
 *
 * @param autoThreshold match probability at or above which the best candidate is {@code linked}
 * @param reviewThreshold match probability at or above which a candidate goes to {@code review}
 * @param minGapBits smallest match-weight gap (bits) between the two best candidates for an automatic link
 * @param blockCap most registry entities one block key may hold; larger blocks are skipped and reported
 * @param reportedBlocks how many capped and largest block keys the stage reports
 * @param emIterations most EM iterations for the m-probabilities
 * @param emTolerance EM stops when no parameter moves by more than this
 * @param initialMatchShare starting share of candidate pairs that are matches (EM's lambda)
 * @param uSampleShops shops drawn for the random pairs that estimate u-probabilities
 * @param uSampleEntities entities drawn for those random pairs (pairs = shops × entities)
 * @param probabilityFloor smallest m or u probability, so that an unseen level never weighs infinitely
 * @param nameSimilarityHigh Jaro-Winkler similarity of names for the "similar" level
 * @param nameSimilarityLow Jaro-Winkler similarity of names for the "related" level
 * @param coreSimilarity Jaro-Winkler similarity of 字号 for the "close" level (one character apart)
 * @param repairNameSimilarity name similarity a repaired or directly matched code needs to count the name as agreeing
 * @param tfMinCount 字号 occurring fewer times in the registry than this count as this frequent (noise floor)
 * @param seed seed of the random samples
 */
public record ResolveConfig(
    double autoThreshold,
    double reviewThreshold,
    double minGapBits,
    int blockCap,
    int reportedBlocks,
    int emIterations,
    double emTolerance,
    double initialMatchShare,
    int uSampleShops,
    int uSampleEntities,
    double probabilityFloor,
    double nameSimilarityHigh,
    double nameSimilarityLow,
    double coreSimilarity,
    double repairNameSimilarity,
    int tfMinCount,
    long seed) {

  /** The defaults of {@code conf/application.conf}, for tests. */
  public static ResolveConfig defaults() {
    return ConfigLoader.defaults().load().resolve();
  }
}
