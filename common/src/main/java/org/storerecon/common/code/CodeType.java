package org.storerecon.common.code;

import java.util.Locale;

/** Which kind of identity code a (folded) code is, judged by its length. */
public enum CodeType {
  /** 18-character unified social credit code (GB 32100-2015). */
  USCC,
  /** 15-digit registration number used before the USCC (工商注册号). */
  LEGACY_REG_NO,
  /** Neither length. */
  UNKNOWN;

  /** Lower-case label, e.g. {@code legacy_reg_no}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
