package org.storerecon.common.contract;

/** Names of the Delta tables storerecon writes; analysts query them by these names. */
public final class Tables {
  public static final String SHOPS = "shops";
  public static final String ENTITIES = "entities";
  public static final String BRANDS = "brands";
  public static final String QUARANTINE = "quarantine";
  public static final String RUN_AUDIT = "run_audit";
  public static final String SHOP_ENTITY_LINK = "shop_entity_link";
  public static final String BRAND_MARK = "brand_mark";
  public static final String ENFORCEMENT_LEAD = "enforcement_lead";

  private Tables() {}
}
