package org.storerecon.common.similarity;

import java.util.Arrays;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Similarity measures for short Chinese texts (names), all character-level and in {@code [0, 1]}.
 *
 * <p>Inputs should be {@linkplain org.storerecon.common.name.NameNormalizer normalised} first.
 * Characters are UTF-16 units, which is exact for the Basic Multilingual Plane (all common
 * Chinese characters). A null input counts as empty. Two empty texts are identical (1.0); an
 * empty and a non-empty text share nothing (0.0). Stateless and thread-safe.
 */
public final class TextSimilarity {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private TextSimilarity() {}

  /** Jaro-Winkler similarity (Commons Text), character by character. */
  public static double jaroWinkler(String a, String b) {
    String x = orEmpty(a);
    String y = orEmpty(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() && y.isEmpty() ? 1.0 : 0.0;
    }
    return JARO_WINKLER.apply(x, y);
  }

  /**
   * Dice coefficient of the sets of character bigrams: {@code 2|A∩B| / (|A|+|B|)}. A one-character
   * text counts as the set of that character alone.
   */
  public static double bigramDice(String a, String b) {
    long[] ab = counts(a, b);
    if (ab == null) {
      return emptyCase(a, b);
    }
    return 2.0 * ab[0] / (ab[1] + ab[2]);
  }

  /** Jaccard index of the sets of character bigrams: {@code |A∩B| / |A∪B|}. */
  public static double bigramJaccard(String a, String b) {
    long[] ab = counts(a, b);
    if (ab == null) {
      return emptyCase(a, b);
    }
    return (double) ab[0] / (ab[1] + ab[2] - ab[0]);
  }

  /** Length of the longest common substring (contiguous). */
  public static int longestCommonSubstring(String a, String b) {
    String x = orEmpty(a);
    String y = orEmpty(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    int best = 0;
    for (int i = 1; i <= x.length(); i++) {
      char c = x.charAt(i - 1);
      for (int j = 1; j <= y.length(); j++) {
        cur[j] = c == y.charAt(j - 1) ? prev[j - 1] + 1 : 0;
        if (cur[j] > best) {
          best = cur[j];
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return best;
  }

  /** Longest common substring divided by the length of the longer text (symmetric, strict). */
  public static double longestCommonSubstringRatio(String a, String b) {
    int max = Math.max(orEmpty(a).length(), orEmpty(b).length());
    return max == 0 ? 1.0 : (double) longestCommonSubstring(a, b) / max;
  }

  /**
   * Longest common substring divided by the length of the shorter text: 1.0 when one text
   * contains the other (张小泉 in 杭州张小泉集团).
   */
  public static double containment(String a, String b) {
    int min = Math.min(orEmpty(a).length(), orEmpty(b).length());
    return min == 0 ? emptyCase(a, b) : (double) longestCommonSubstring(a, b) / min;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static double emptyCase(String a, String b) {
    return orEmpty(a).isEmpty() && orEmpty(b).isEmpty() ? 1.0 : 0.0;
  }

  /** {common, |A|, |B|} over distinct bigrams, or null when either text is empty. */
  private static long[] counts(String a, String b) {
    int[] x = bigrams(orEmpty(a));
    int[] y = bigrams(orEmpty(b));
    if (x.length == 0 || y.length == 0) {
      return null;
    }
    long common = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return new long[] {common, x.length, y.length};
  }

  /** Sorted distinct bigrams, each packed into an int; a one-character text gives that character. */
  private static int[] bigrams(String s) {
    if (s.length() == 1) {
      return new int[] {s.charAt(0)};
    }
    if (s.isEmpty()) {
      return new int[0];
    }
    int[] out = new int[s.length() - 1];
    for (int i = 0; i + 1 < s.length(); i++) {
      out[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (n == 0 || out[n - 1] != out[i]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }
}
