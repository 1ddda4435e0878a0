package org.storerecon.jobs.mark;

import java.util.List;
import org.storerecon.common.contract.Tables;

/** Tables the mark stage writes. */
public final class MarkTables {
  /** One row per shop and brand it mentions; overwritten by each run. */
  public static final String MARKS = Tables.BRAND_MARK;
  /** Leads across nights, kept by MERGE. */
  public static final String LEADS = Tables.ENFORCEMENT_LEAD;
  /** Open leads whose entity is registered in another province than the shop's address names; overwritten. */
  public static final String CROSS_REGION = "lead_cross_region";
  /** All of them, for catalog registration. */
  public static final List<String> ALL = List.of(MARKS, LEADS, CROSS_REGION);

  private MarkTables() {}
}
