package org.storerecon.common.code;

/**
 * Check characters of the unified social credit code (GB 32100-2015) and of the organisation
 * code embedded in it (GB 11714).
 *
 * <p>A USCC has 18 characters from {@link #ALPHABET}: registration authority (1), entity kind (1),
 * division (6), organisation code body (8) and its check character (1), and the overall check
 * character (1).
 */
public final class Uscc {

  /** The 31 characters a USCC may use; a character's value is its index. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Length of a unified social credit code. */
  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private Uscc() {}

  /**
   * The overall check character for the first 17 characters of a code.
   *
   * @throws IllegalArgumentException if a character is outside {@link #ALPHABET}
   */
  public static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("Not a USCC character: '" + first17.charAt(i) + "' at position " + (i + 1));
      }
      sum += v * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }

  /**
   * The organisation-code check character for an 8-character organisation code body
   * (digits as is, A–Z as 10–35): {@code 0-9} or {@code X}.
   *
   * @throws IllegalArgumentException if a character is not a digit or upper-case Latin letter
   */
  public static char organisationCheckCharacter(CharSequence body8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body8.charAt(i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        throw new IllegalArgumentException("Not an organisation-code character: '" + c + "' at position " + (i + 1));
      }
      sum += v * ORG_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    if (check == 10) {
      return 'X';
    }
    return check == 11 ? '0' : (char) ('0' + check);
  }

  /** Whether a canonical (upper-case, no separators) 18-character code passes both checks. */
  public static boolean isValid(CharSequence code) {
    if (code == null || code.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    CharSequence body = code.subSequence(8, 16);
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return organisationCheckCharacter(body) == code.charAt(16) && checkCharacter(code) == code.charAt(17);
  }
}
