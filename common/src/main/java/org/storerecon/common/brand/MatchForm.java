package org.storerecon.common.brand;

import java.util.Arrays;
import org.storerecon.common.name.NameNormalizer;

/**
 * The form brand names and the texts searched for them are compared in, with a map back to the
 * original text.
 *
 * <p>Built on {@link NameNormalizer} character by character (so width folding, traditional →
 * simplified and Latin upper case are the domain library's): characters it drops (spaces,
 * punctuation) and brackets are left out, which joins {@code L V}, {@code L.V} and {@code ＬＶ}
 * into {@code LV}, but the gap is remembered, so that a Latin brand can still be required to
 * stand on token boundaries. Then, in Latin context (next to a Latin letter), digits that look
 * like letters become those letters ({@code 1→I, 0→O, 5→S, 3→E, 8→B}: {@code GUCC1} is
 * {@code GUCCI}), and because {@code 1} stands for both {@code I} and {@code L}, every {@code L}
 * is written {@code I}: one letter class for the three shapes, on both sides of the comparison.
 */
public final class MatchForm {

  /** Look-alike digits and the letter each stands for in Latin context. */
  private static final String LOOK_ALIKE_DIGITS = "10538";
  private static final String LOOK_ALIKE_LETTERS = "IOSEB";
  /** The letter that shares its class with {@code I} and {@code 1}. */
  private static final char SAME_AS_I = 'L';

  private final String text;
  private final String form;
  /** Index in {@link #text} of each character of {@link #form}. */
  private final int[] origin;
  /** Whether a dropped character (space, punctuation) stood right before each character of {@link #form}. */
  private final boolean[] gapBefore;

  private MatchForm(String text, String form, int[] origin, boolean[] gapBefore) {
    this.text = text;
    this.form = form;
    this.origin = origin;
    this.gapBefore = gapBefore;
  }

  /** The match form of a text; null reads as empty. */
  public static MatchForm of(String text) {
    String t = text == null ? "" : text;
    NameNormalizer normalizer = NameNormalizer.standard();
    char[] out = new char[t.length() * 2];
    int[] origin = new int[out.length];
    boolean[] gap = new boolean[out.length + 1];
    int n = 0;
    boolean pendingGap = false;
    for (int i = 0; i < t.length(); i++) {
      String one = normalizer.normalize(String.valueOf(t.charAt(i)));
      if (one.isEmpty() || one.equals("(") || one.equals(")")) {
        pendingGap = true;
        continue;
      }
      for (int k = 0; k < one.length(); k++) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
          origin = Arrays.copyOf(origin, n * 2);
          gap = Arrays.copyOf(gap, n * 2 + 1);
        }
        out[n] = one.charAt(k);
        origin[n] = i;
        gap[n] = pendingGap;
        pendingGap = false;
        n++;
      }
    }
    gap[n] = pendingGap;
    foldLookAlikes(out, n);
    return new MatchForm(t, new String(out, 0, n), Arrays.copyOf(origin, n), Arrays.copyOf(gap, n + 1));
  }

  /** The match form of a brand name or alias (the same folding as for texts). */
  public static String key(String brand) {
    return of(brand).form();
  }

  private static void foldLookAlikes(char[] c, int n) {
    for (int i = 0; i < n; i++) {
      int d = LOOK_ALIKE_DIGITS.indexOf(c[i]);
      if (d >= 0 && ((i > 0 && isLatinLetter(c[i - 1])) || (i + 1 < n && isLatinLetter(c[i + 1])))) {
        c[i] = LOOK_ALIKE_LETTERS.charAt(d);
      }
    }
    for (int i = 0; i < n; i++) {
      if (c[i] == SAME_AS_I) {
        c[i] = 'I';
      }
    }
  }

  static boolean isLatinLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Latin letters and digits: the characters of a Latin token. */
  static boolean isLatinAlnum(char c) {
    return isLatinLetter(c) || (c >= '0' && c <= '9');
  }

  public String form() {
    return form;
  }

  /** Whether a token may start at {@code start}: a Latin character there needs no Latin character glued before it. */
  public boolean boundaryBefore(int start) {
    return start == 0 || !isLatinAlnum(form.charAt(start)) || boundaryAt(start);
  }

  /** Whether a token may end before {@code end} (exclusive): a Latin character there needs no Latin character glued after it. */
  public boolean boundaryAfter(int end) {
    return end == form.length() || !isLatinAlnum(form.charAt(end - 1)) || boundaryAt(end);
  }

  /**
   * Between positions {@code i - 1} and {@code i}: a non-Latin neighbour, or a gap that does not
   * merely space out letters ({@code Z I V E} is one spaced-out word, in which {@code I V} is no token).
   */
  private boolean boundaryAt(int i) {
    if (!isLatinAlnum(form.charAt(i - 1)) || !isLatinAlnum(form.charAt(i))) {
      return true;
    }
    return gapBefore[i] && !(singleLetter(i - 1) && singleLetter(i));
  }

  /** Whether the Latin character at {@code j} stands alone between gaps or non-Latin characters. */
  private boolean singleLetter(int j) {
    boolean alone = j == 0 || gapBefore[j] || !isLatinAlnum(form.charAt(j - 1));
    return alone && (j + 1 == form.length() || gapBefore[j + 1] || !isLatinAlnum(form.charAt(j + 1)));
  }

  /** The original text behind the match-form range {@code [start, end)}, as written (spaces and dots inside kept). */
  public String original(int start, int end) {
    return text.substring(origin[start], origin[end - 1] + 1);
  }
}
