package org.storerecon.common.code;

/** The kind of market entity a code denotes, with the contract's {@code entity_type} labels. */
public enum EntityKind {
  /** An enterprise (USCC 9-1; legacy seventh digit 0–5). */
  COMPANY("company"),
  /** 个体工商户 (USCC 9-2; legacy seventh digit 6–9). */
  INDIVIDUAL("individual"),
  /** 农民专业合作社 (USCC 9-3). */
  COOPERATIVE("cooperative"),
  /** Any other kind, including every entity outside the market-entity registry. */
  OTHER("other");

  private final String label;

  EntityKind(String label) {
    this.label = label;
  }

  /** The contract label: {@code company}, {@code individual}, {@code cooperative}, {@code other}. */
  public String label() {
    return label;
  }
}
