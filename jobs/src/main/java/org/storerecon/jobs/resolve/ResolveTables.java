package org.storerecon.jobs.resolve;

import java.util.List;
import org.storerecon.common.contract.Tables;

/** Tables the resolve stage writes. */
public final class ResolveTables {
  /** The contract table: one row per shop. */
  public static final String LINKS = Tables.SHOP_ENTITY_LINK;
  /** Every scored candidate pair of the latest run, for explanation and blocking recall. */
  public static final String CANDIDATES = "shop_entity_candidate";
  /** Per-run statistics: pairs per rule, capped keys, largest blocks, decisions, the model. Appended. */
  public static final String REPORT = "resolve_report";
  /** All of them, for catalog registration. */
  public static final List<String> ALL = List.of(LINKS, CANDIDATES, REPORT);

  private ResolveTables() {}
}
