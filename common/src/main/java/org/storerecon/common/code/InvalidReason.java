package org.storerecon.common.code;

import java.util.Locale;

/** Why a code is {@link CodeStatus#INVALID}; the first failing check, in this order. */
public enum InvalidReason {
  /** Neither 18 (USCC) nor 15 (legacy registration number) characters after folding. */
  LENGTH,
  /** A character outside the code's alphabet. */
  CHARSET,
  /** The embedded organisation code (USCC positions 9–17) fails its GB 11714 check. */
  ORGANISATION_CHECK,
  /** The overall check character fails (USCC: mod 31; legacy: ISO 7064 MOD 11,10). */
  OVERALL_CHECK,
  /** The province part of the division (positions 3–4 of a USCC, 1–2 of a legacy number) is unknown. */
  DIVISION;

  /** Lower-case label, e.g. {@code organisation_check}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
