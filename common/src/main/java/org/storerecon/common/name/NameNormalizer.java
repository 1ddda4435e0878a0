package org.storerecon.common.name;

import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/**
 * Normalises Chinese names (company names, shop names, addresses) for comparison.
 *
 * <p>In order: NFKC (full-width Latin, digits and brackets become half-width, compatibility
 * ideographs become unified ones); whitespace and punctuation are removed except brackets; every
 * bracket style ({@code （）【】[]〔〕{}〖〗}) becomes {@code ( )}; traditional characters become
 * simplified ones (character by character, with OpenCC's traditional → simplified character
 * table, first candidate); Latin letters become upper case.
 *
 * <p>Implemented as one lookup table over the Basic Multilingual Plane built once at start-up
 * (NFKC and OpenCC are applied to every character while building it); strings with characters
 * whose NFKC form has several characters (㈱, ﬁ) or combining marks take a slower path through
 * {@link Normalizer} first. Characters outside the BMP are kept as they are. Thread-safe.
 */
public final class NameNormalizer {

  private static final char DROP = '\0';
  private static final String OPEN_BRACKETS = "(（[［【〔〖{｛";
  private static final String CLOSE_BRACKETS = ")）]］】〕〗}｝";

  private static final NameNormalizer STANDARD = new NameNormalizer();

  /** char → normalised char, or {@link #DROP}. */
  private final char[] table = new char[Character.MAX_VALUE + 1];
  /** Characters that need the whole-string NFKC path. */
  private final boolean[] slow = new boolean[Character.MAX_VALUE + 1];

  private NameNormalizer() {
    Map<String, List<String>> ts = DataMaps.defaults().tsChar();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (Character.isSurrogate(ch)) {
        table[c] = ch;
        continue;
      }
      String nfkc = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
      int type = Character.getType(ch);
      if (nfkc.length() != 1 || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        slow[c] = true;
        table[c] = nfkc.length() == 1 ? mapOne(nfkc.charAt(0), ts) : ch;
      } else {
        table[c] = mapOne(nfkc.charAt(0), ts);
      }
    }
  }

  private static char mapOne(char c, Map<String, List<String>> ts) {
    if (OPEN_BRACKETS.indexOf(c) >= 0) {
      return '(';
    }
    if (CLOSE_BRACKETS.indexOf(c) >= 0) {
      return ')';
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isPunctuationOrSymbol(c) || Character.isISOControl(c)) {
      return DROP;
    }
    if (c >= 'a' && c <= 'z') {
      return (char) (c - 'a' + 'A');
    }
    List<String> simplified = ts.get(String.valueOf(c));
    if (simplified != null && !simplified.isEmpty() && simplified.get(0).length() == 1) {
      return simplified.get(0).charAt(0);
    }
    return c;
  }

  private static boolean isPunctuationOrSymbol(char c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** The shared instance. */
  public static NameNormalizer standard() {
    return STANDARD;
  }

  /** The normalised form of a name; {@code ""} for null. */
  public String normalize(String name) {
    if (name == null) {
      return "";
    }
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (slow[s.charAt(i)]) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        break;
      }
    }
    char[] out = new char[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = table[s.charAt(i)];
      if (c != DROP) {
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }
}
