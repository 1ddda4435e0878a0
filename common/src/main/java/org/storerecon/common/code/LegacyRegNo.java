package org.storerecon.common.code;

/**
 * Check digit of the legacy 15-digit business registration number (工商注册号, GB/T 17710,
 * ISO 7064 MOD 11,10): 6-digit division code, 8-digit serial, 1 check digit.
 */
public final class LegacyRegNo {

  /** Length of a legacy registration number. */
  public static final int LENGTH = 15;

  private LegacyRegNo() {}

  /**
   * The check digit for the first 14 digits of a registration number.
   *
   * @throws IllegalArgumentException if one of the first 14 characters is not an ASCII digit
   */
  public static char checkDigit(CharSequence first14) {
    int p = 10;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = first14.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("Not a digit: '" + c + "' at position " + (i + 1));
      }
      int s = (p + (c - '0')) % 10;
      p = (s == 0 ? 10 : s) * 2 % 11;
    }
    return (char) ('0' + (11 - p) % 10);
  }

  /** Whether a 15-digit number carries the right check digit. */
  public static boolean isValid(CharSequence regNo) {
    if (regNo == null || regNo.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (regNo.charAt(i) < '0' || regNo.charAt(i) > '9') {
        return false;
      }
    }
    return checkDigit(regNo) == regNo.charAt(LENGTH - 1);
  }
}
