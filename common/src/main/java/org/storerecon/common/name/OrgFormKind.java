package org.storerecon.common.name;

import java.util.Locale;

/** The kind of entity an organisation form denotes. */
public enum OrgFormKind {
  /** 有限公司, 股份有限公司, 集团有限公司, 公司. */
  COMPANY,
  /** 合伙企业, （普通合伙）, （有限合伙）. */
  PARTNERSHIP,
  /** 专业合作社, 合作社. */
  COOPERATIVE,
  /** Sole-trader style names: 个人独资企业 and the endings 店, 厂, 商行, 经营部, 工作室, .... */
  SOLE_TRADER;

  /** Lower-case label, e.g. {@code sole_trader}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static OrgFormKind ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
