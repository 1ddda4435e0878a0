package org.storerecon.common.code;

/**
 * The 15-digit registration number (工商注册号, GS15-2006) used before the USCC: registering
 * office's division code (6), sequence (8, the first of which gives the entity kind) and an
 * ISO 7064 MOD 11,10 check digit.
 */
public final class LegacyRegNo {

  /** Length of a legacy registration number. */
  public static final int LENGTH = 15;

  private LegacyRegNo() {}

  /**
   * The ISO 7064 MOD 11,10 check digit for the first 14 digits.
   *
   * @throws IllegalArgumentException if a character is not an ASCII digit
   */
  public static char checkDigit(CharSequence first14) {
    int p = 10;
    for (int i = 0; i < LENGTH - 1; i++) {
      int d = first14.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("Not a digit: '" + first14.charAt(i) + "' at position " + (i + 1));
      }
      int s = (p + d) % 10;
      if (s == 0) {
        s = 10;
      }
      p = (s * 2) % 11;
    }
    return (char) ('0' + (11 - p) % 10);
  }

  /** Whether every character is an ASCII digit. */
  public static boolean allDigits(CharSequence code) {
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether a 15-digit number's check digit is right. */
  public static boolean checkPasses(CharSequence code) {
    return checkDigit(code) == code.charAt(LENGTH - 1);
  }

  /** Whether a canonical code is a 15-digit number with the right check digit. */
  public static boolean isValid(CharSequence code) {
    return code != null && code.length() == LENGTH && allDigits(code) && checkPasses(code);
  }

  /**
   * The fields of a 15-digit number: the division of the registering office (positions 1–6)
   * and the entity kind from position 7 (0–5 enterprise, domestic 0–3 or foreign-invested 4–5;
   * 6–9 个体工商户).
   */
  public static CodeParts parts(String code) {
    EntityKind kind = code.charAt(6) >= '6' ? EntityKind.INDIVIDUAL : EntityKind.COMPANY;
    return new CodeParts(RegistrationAuthority.MARKET_REGULATION, kind, code.substring(0, 6), null);
  }
}
