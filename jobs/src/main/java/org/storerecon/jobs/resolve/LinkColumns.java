package org.storerecon.jobs.resolve;

/**
 * Column names and values of {@code shop_entity_link} (and the working frames of the resolve
 * stage). The first eight columns are the data contract; the rest are explanation for case
 * officers.
 */
public final class LinkColumns {
  public static final String PLATFORM = "platform";
  public static final String SHOP_ID = "shop_id";
  /** Registry key of the linked entity: its USCC, or its legacy reg_no when it has none; null unless linked. */
  public static final String USCC = "uscc";
  public static final String DECISION = "decision";
  public static final String METHOD = "method";
  public static final String MATCH_PROBABILITY = "match_probability";
  public static final String EVIDENCE = "evidence";
  public static final String RUN_DATE = "run_date";
  /** Best candidate, also for {@code review} (then {@link #USCC} is null). */
  public static final String CANDIDATE_USCC = "candidate_uscc";
  /** Second-best candidate and its probability, when there is one. */
  public static final String CANDIDATE_USCC_2 = "candidate_uscc_2";
  public static final String MATCH_PROBABILITY_2 = "match_probability_2";
  /** Total match weight (bits) of the best candidate. */
  public static final String MATCH_WEIGHT = "match_weight";
  /** Signal codes, see {@link Signals}. */
  public static final String SIGNALS = "signals";

  /** Working columns. */
  public static final String ENTITY_KEY = "entity_key";
  public static final String ENTITY_PREFIX = "e_";

  /** Decisions. */
  public static final String LINKED = "linked";
  public static final String REVIEW = "review";
  public static final String UNLINKED = "unlinked";

  /** Methods. */
  public static final String METHOD_CODE = "code";
  public static final String METHOD_CODE_REPAIRED = "code_repaired";
  public static final String METHOD_NAME_OVER_CODE = "name_over_code";
  public static final String METHOD_CODE_CONFLICT = "code_conflict";
  public static final String METHOD_PROBABILISTIC = "probabilistic";
  public static final String METHOD_NONE = "none";

  private LinkColumns() {}

  /** The entity-side name of a column in a shop × entity pair. */
  public static String e(String column) {
    return ENTITY_PREFIX + column;
  }
}
