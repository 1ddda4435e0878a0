package org.storerecon.common.code;

import java.util.Locale;

/** The registration authority, position 1 of a USCC (GB 32100-2015, table 1). */
public enum RegistrationAuthority {
  /** 1: 机构编制. */
  ESTABLISHMENT('1'),
  /** 2: 外交. */
  FOREIGN_AFFAIRS('2'),
  /** 3: 司法行政. */
  JUSTICE('3'),
  /** 4: 文化. */
  CULTURE('4'),
  /** 5: 民政. */
  CIVIL_AFFAIRS('5'),
  /** 6: 旅游. */
  TOURISM('6'),
  /** 7: 宗教. */
  RELIGION('7'),
  /** 8: 工会. */
  TRADE_UNION('8'),
  /** 9: 工商 / 市场监督管理, the market-entity registry. */
  MARKET_REGULATION('9'),
  /** A: 中央军委改革和编制办公室. */
  MILITARY('A'),
  /** N: 农业. */
  AGRICULTURE('N'),
  /** Y: 其他. */
  OTHER('Y'),
  /** A character the standard does not assign. */
  UNASSIGNED('?');

  private final char code;

  RegistrationAuthority(char code) {
    this.code = code;
  }

  /** The character that denotes this authority. */
  public char code() {
    return code;
  }

  /** Lower-case label, e.g. {@code market_regulation}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The authority a USCC's first character denotes. */
  public static RegistrationAuthority of(char c) {
    for (RegistrationAuthority a : values()) {
      if (a.code == c && a != UNASSIGNED) {
        return a;
      }
    }
    return UNASSIGNED;
  }
}
