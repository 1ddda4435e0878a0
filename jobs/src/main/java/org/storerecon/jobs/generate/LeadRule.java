package org.storerecon.jobs.generate;

import java.util.List;

/**
 * Ground truth of brand leads: a shop's use of a brand is a lead when the operator is neither the
 * owner nor a licensee (or is not registered), the brand is in scope (its Nice classes meet the
 * shop category's, or it is well known) and the shop claims a relation (官方, 旗舰, 授权, 专卖, 直营,
 * 正品, 特许) or the brand is well known or time-honoured.
 */
final class LeadRule {

  /** How a shop's operator relates to a brand; codes as in {@code brand_mark.relation}. */
  enum Relation {
    OWNER,
    LICENSEE,
    UNRELATED
  }

  private LeadRule() {}

  static Relation relation(Brand brand, long operator) {
    if (operator == brand.owner()) {
      return Relation.OWNER;
    }
    return brand.licensees().contains(operator) ? Relation.LICENSEE : Relation.UNRELATED;
  }

  static boolean inScope(Brand brand, GeneratorSettings.Category category) {
    return Brand.WELL_KNOWN.equals(brand.tier()) || brand.niceClasses().stream().anyMatch(category.niceClasses()::contains);
  }

  static boolean claims(String shopName, List<String> claimWords) {
    return claimWords.stream().anyMatch(shopName::contains);
  }

  static boolean lead(Relation relation, Brand brand, GeneratorSettings.Category category, String shopName,
      List<String> claimWords) {
    boolean strongTier = Brand.WELL_KNOWN.equals(brand.tier()) || Brand.TIME_HONORED.equals(brand.tier());
    return relation == Relation.UNRELATED && inScope(brand, category) && (claims(shopName, claimWords) || strongTier);
  }
}
