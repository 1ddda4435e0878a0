package org.storerecon.jobs.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Settings of the mark stage ({@code storerecon.mark}), validated by {@link ConfigLoader}.
 *
 * @param categoryClasses Nice classes of each main category (brand scope)
 * @param unknownCategoryInScope whether a shop without a known category is in scope of every brand
 * @param crossClassTiers tiers protected across all classes
 * @param strongTiers tiers whose unrelated in-scope use is a lead without claim words
 * @param leadRelations relations whose in-scope use can be a lead
 * @param leadClaims claim kinds that make an unrelated in-scope use a lead
 * @param ownTradeNameLeads whether a brand that is the shop's own licence 字号 can be a lead
 * @param verifiedStoreTypes shop types a platform grants only on proof of the mark; an unknown operator of such a shop is no lead
 * @param shortLatinLength Latin keys of at most this length need extra evidence
 * @param shortChineseLength Chinese keys of at most this length need extra evidence
 * @param genericNames brand spellings that are everyday words and need extra evidence
 * @param weakEvidence kinds of evidence that let a short or generic mention count
 * @param tierWeights risk weight per tier
 * @param claimWeights risk weight per claim kind
 * @param relationWeights risk weight per relation that can be a lead
 * @param inScopeWeight risk weight of being in scope
 * @param signalLeads resolution signals that are leads, with their risk score
 */
public record MarkConfig(
    Map<String, List<Integer>> categoryClasses,
    boolean unknownCategoryInScope,
    List<String> crossClassTiers,
    List<String> strongTiers,
    List<String> leadRelations,
    List<String> leadClaims,
    boolean ownTradeNameLeads,
    List<String> verifiedStoreTypes,
    int shortLatinLength,
    int shortChineseLength,
    List<String> genericNames,
    List<String> weakEvidence,
    Map<String, Double> tierWeights,
    Map<String, Double> claimWeights,
    Map<String, Double> relationWeights,
    double inScopeWeight,
    Map<String, Double> signalLeads) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Relations of a shop's operator to a brand ({@code brand_mark.relation}). */
  public static final String OWNER = "owner";
  public static final String LICENSEE = "licensee";
  public static final String UNRELATED = "unrelated";
  public static final String UNKNOWN = "unknown";

  /** Claim kinds ({@code brand_mark.claim}). */
  public static final String CLAIM = "claim";
  public static final String DESCRIPTIVE = "descriptive";
  public static final String NONE = "none";
  public static final List<String> CLAIMS = List.of(CLAIM, DESCRIPTIVE, NONE);

  /** Evidence kinds for short or generic mentions. */
  public static final String EVIDENCE_CATEGORY = "category";
  public static final List<String> EVIDENCE = List.of(CLAIM, DESCRIPTIVE, EVIDENCE_CATEGORY);

  public MarkConfig {
    categoryClasses = Map.copyOf(categoryClasses);
    crossClassTiers = List.copyOf(crossClassTiers);
    strongTiers = List.copyOf(strongTiers);
    leadRelations = List.copyOf(leadRelations);
    leadClaims = List.copyOf(leadClaims);
    verifiedStoreTypes = List.copyOf(verifiedStoreTypes);
    genericNames = List.copyOf(genericNames);
    weakEvidence = List.copyOf(weakEvidence);
    tierWeights = Map.copyOf(tierWeights);
    claimWeights = Map.copyOf(claimWeights);
    relationWeights = Map.copyOf(relationWeights);
    signalLeads = Map.copyOf(signalLeads);
  }

  /** The defaults of {@code conf/application.conf}, for tests. */
  public static MarkConfig defaults() {
    return ConfigLoader.defaults().load().mark();
  }
}
