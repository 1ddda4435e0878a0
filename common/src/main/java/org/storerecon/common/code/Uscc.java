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
  /** ASCII character → its value in {@link #ALPHABET}, or -1. */
  private static final int[] VALUES = new int[128];

  static {
    java.util.Arrays.fill(VALUES, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUES[ALPHABET.charAt(i)] = i;
    }
  }

  private Uscc() {}

  /**
   * The overall check character for the first 17 characters of a code.
   *
   * @throws IllegalArgumentException if a character is outside {@link #ALPHABET}
   */
  public static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = value(first17.charAt(i));
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
    return inAlphabet(code) && organisationCheckPasses(code) && overallCheckPasses(code);
  }

  /** The value of a character in {@link #ALPHABET}, or -1 when it is not in it. */
  public static int value(char c) {
    return c < 128 ? VALUES[c] : -1;
  }

  /** Whether every character of the code is in {@link #ALPHABET}. */
  public static boolean inAlphabet(CharSequence code) {
    for (int i = 0; i < code.length(); i++) {
      if (value(code.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the organisation code embedded in an 18-character code in {@link #ALPHABET}
   * (positions 9–16, check character at 17) passes its GB 11714 check.
   */
  public static boolean organisationCheckPasses(CharSequence code) {
    return organisationCheckCharacter(code.subSequence(8, 16)) == code.charAt(16);
  }

  /** Whether the overall check character (position 18) of a code in {@link #ALPHABET} is right. */
  public static boolean overallCheckPasses(CharSequence code) {
    return checkCharacter(code) == code.charAt(17);
  }

  /**
   * The fields of an 18-character code in {@link #ALPHABET}: authority (position 1), entity kind
   * (position 2; only authority 9 distinguishes enterprise 1, 个体工商户 2 and cooperative 3),
   * division (3–8) and organisation code (9–17).
   */
  public static CodeParts parts(String code) {
    RegistrationAuthority authority = RegistrationAuthority.of(code.charAt(0));
    EntityKind kind = EntityKind.OTHER;
    if (authority == RegistrationAuthority.MARKET_REGULATION) {
      switch (code.charAt(1)) {
        case '1':
          kind = EntityKind.COMPANY;
          break;
        case '2':
          kind = EntityKind.INDIVIDUAL;
          break;
        case '3':
          kind = EntityKind.COOPERATIVE;
          break;
        default:
          kind = EntityKind.OTHER;
      }
    }
    return new CodeParts(authority, kind, code.substring(2, 8), code.substring(8, 17));
  }
}
