package org.storerecon.common.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storerecon.common.text.DictionaryTrie;
import org.storerecon.common.text.ResourceLines;

/**
 * Parses shop names into {@link ShopName} parts.
 *
 * <p>On the {@linkplain NameNormalizer normalised} name: the longest store-type suffix
 * ({@code shop-store-types.tsv}) ending the name; claim and descriptive words
 * ({@code shop-claim-words.tsv}) found anywhere, longest at each position, and removed from the
 * body; category words ({@code shop-categories.txt}) stripped from the end of the body, longest
 * first, repeatedly, keeping at least {@link #MIN_CORE_LENGTH} characters; the rest is the core.
 * Dictionaries are loaded once; thread-safe; obtain with {@link #standard()}.
 */
public final class ShopNameParser {

  /** Shortest core the parser leaves when stripping category words or the suffix. */
  public static final int MIN_CORE_LENGTH = 2;

  private static final String CLAIM = "claim";
  private static final String DESCRIPTIVE = "descriptive";

  private static final ShopNameParser STANDARD = new ShopNameParser();

  private final NameNormalizer normalizer = NameNormalizer.standard();
  private final DictionaryTrie<StoreType> suffixes;
  private final DictionaryTrie<String> claimWords;
  private final DictionaryTrie<String> categories;

  private ShopNameParser() {
    Map<String, StoreType> types = new HashMap<>();
    for (String[] f : ResourceLines.read(ShopNameParser.class, "shop-store-types.tsv")) {
      types.put(normalizer.normalize(f[0]), StoreType.ofLabel(f[1]));
    }
    this.suffixes = DictionaryTrie.reversed(types);
    Map<String, String> claims = new HashMap<>();
    for (String[] f : ResourceLines.read(ShopNameParser.class, "shop-claim-words.tsv")) {
      if (!f[1].equals(CLAIM) && !f[1].equals(DESCRIPTIVE)) {
        throw new IllegalStateException("shop-claim-words.tsv: unknown kind " + f[1] + " for " + f[0]);
      }
      claims.put(normalizer.normalize(f[0]), f[1]);
    }
    this.claimWords = DictionaryTrie.forwards(claims);
    this.categories = DictionaryTrie.reversed(DictionaryTrie.identity(
        ResourceLines.words(ShopNameParser.class, "shop-categories.txt")));
  }

  /** The parser with the bundled dictionaries. */
  public static ShopNameParser standard() {
    return STANDARD;
  }

  /** Parses a shop name; a null name parses as the empty name. */
  public ShopName parse(String name) {
    String n = normalizer.normalize(name);
    int len = n.length();
    int suffixLength = 0;
    for (int l : suffixes.matchLengths(n, len, 0, len)) {
      if (l < len) {
        suffixLength = l;
      }
    }
    int bodyEnd = len - suffixLength;

    List<String> claims = new ArrayList<>();
    List<String> descriptive = new ArrayList<>();
    StringBuilder body = new StringBuilder(bodyEnd);
    int i = 0;
    while (i < len) {
      int l = claimWords.longest(n, i, 0, len);
      if (l > 0) {
        String word = n.substring(i, i + l);
        (claimWords.valueAt(n, i, l).equals(CLAIM) ? claims : descriptive).add(word);
        i += l;
      } else {
        if (i < bodyEnd) {
          body.append(n.charAt(i));
        }
        i++;
      }
    }

    int coreEnd = body.length();
    while (true) {
      int strip = 0;
      int[] lengths = categories.matchLengths(body, coreEnd, 0, coreEnd);
      for (int k = lengths.length - 1; k >= 0; k--) {
        if (coreEnd - lengths[k] >= MIN_CORE_LENGTH) {
          strip = lengths[k];
          break;
        }
      }
      if (strip == 0) {
        break;
      }
      coreEnd -= strip;
    }
    String category = coreEnd < body.length() ? body.substring(coreEnd) : null;
    String suffix = suffixLength > 0 ? n.substring(bodyEnd) : null;
    StoreType type = suffixLength > 0 ? suffixes.valueAt(n, len, suffixLength) : null;
    return new ShopName(n, body.substring(0, coreEnd), category, suffix, type, distinct(claims), distinct(descriptive));
  }

  private static List<String> distinct(List<String> words) {
    return words.stream().distinct().toList();
  }
}
