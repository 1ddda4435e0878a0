package org.storerecon.common.brand;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds protected brands in texts (shop names, licence 字号): one Aho–Corasick automaton over the
 * {@linkplain MatchForm match forms} of every brand name and alias, so a text is scanned once
 * whatever the number of brands.
 *
 * <p>A key that starts (ends) with a Latin letter or digit matches only where the text has a token
 * boundary there — a non-Latin character, a space or punctuation, or the end — so {@code LV} is
 * found in {@code LV包}, {@code L V} and {@code 正品LV} but not in {@code SILVER}. Chinese keys match
 * anywhere. One mention per brand and text: its longest key, the leftmost of equal ones.
 *
 * <p>Serializable for a Spark broadcast: only the key table travels; the automaton (not
 * serializable) is built once per JVM on first use and then shared by every task of that
 * executor. Thread-safe after that.
 */
public final class BrandMatcher implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One spelling of a brand: its listed name or an alias. */
  public record Spelling(String brandId, String text) {}

  /**
   * A brand found in a text.
   *
   * @param brandId the brand
   * @param key the match form that matched
   * @param matchedText the text as written where it matched ({@code L.V}, {@code ＧＵＣＣ1})
   * @param latin whether the key is Latin letters and digits only
   * @param asListed whether the text is written as one of the brand's spellings (ignoring case); false for a
   *     disguise such as {@code L V}, {@code ＬＶ}, {@code 張小泉} or {@code GUCC1}
   * @param ownWord whether the match is exactly the word the text's owner is registered under (its 字号)
   */
  public record Mention(String brandId, String key, String matchedText, boolean latin, boolean asListed, boolean ownWord)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Match form → brand ids with that spelling (usually one). */
  private final TreeMap<String, TreeSet<String>> brandsByKey;
  /** Every spelling as listed, upper case, to tell a plain mention from a disguised one. */
  private final TreeSet<String> listed;
  private transient volatile Trie trie;

  private BrandMatcher(TreeMap<String, TreeSet<String>> brandsByKey, TreeSet<String> listed) {
    this.brandsByKey = brandsByKey;
    this.listed = listed;
  }

  /** A matcher over the given spellings; blank spellings are ignored. */
  public static BrandMatcher of(Collection<Spelling> spellings) {
    TreeMap<String, TreeSet<String>> keys = new TreeMap<>();
    TreeSet<String> listed = new TreeSet<>();
    for (Spelling s : spellings) {
      String key = MatchForm.key(s.text());
      if (!key.isEmpty()) {
        keys.computeIfAbsent(key, k -> new TreeSet<>()).add(s.brandId());
        listed.add(s.text().toUpperCase(Locale.ROOT));
      }
    }
    return new BrandMatcher(keys, listed);
  }

  /** Distinct match-form keys (the automaton's size). */
  public int keyCount() {
    return brandsByKey.size();
  }

  /** The brands mentioned in {@code text}, in order of first appearance; empty for null. */
  public List<Mention> find(String text) {
    return find(text, null);
  }

  /**
   * The brands mentioned in {@code text}, given the word the text's owner is registered under (a
   * shop's licence 字号; null when unknown). Chinese has no spaces, so known words stand in for
   * token boundaries: a brand match strictly inside a longer brand's match, or strictly inside an
   * occurrence of {@code ownWord}, is part of another word and no mention (康天 in 康天红, 尚慧 in the
   * 字号 尚慧美), as LV is none in SILVER. A match that is exactly an occurrence of {@code ownWord} is
   * kept and flagged {@link Mention#ownWord()}.
   */
  public List<Mention> find(String text, String ownWord) {
    if (text == null || text.isEmpty() || brandsByKey.isEmpty()) {
      return List.of();
    }
    MatchForm form = MatchForm.of(text);
    List<int[]> own = occurrences(form.form(), ownWord == null ? "" : MatchForm.key(ownWord));
    List<Emit> onBoundaries = new ArrayList<>();
    for (Emit e : trie().parseText(form.form())) {
      if (form.boundaryBefore(e.getStart()) && form.boundaryAfter(e.getEnd() + 1)) {
        onBoundaries.add(e);
      }
    }
    Map<String, Mention> best = new LinkedHashMap<>();
    for (Emit e : onBoundaries) {
      int start = e.getStart();
      int end = e.getEnd() + 1;
      if (insideLonger(start, end, onBoundaries) || own.stream().anyMatch(o -> strictlyInside(start, end, o[0], o[1]))) {
        continue;
      }
      boolean ownMatch = own.stream().anyMatch(o -> o[0] == start && o[1] == end);
      String key = e.getKeyword();
      boolean latin = key.chars().allMatch(c -> MatchForm.isLatinAlnum((char) c));
      for (String brand : brandsByKey.get(key)) {
        Mention seen = best.get(brand);
        if (seen == null || seen.key().length() < key.length()) {
          String written = form.original(start, end);
          best.put(brand, new Mention(brand, key, written, latin, listed.contains(written.toUpperCase(Locale.ROOT)), ownMatch));
        }
      }
    }
    return best.isEmpty() ? List.of() : new ArrayList<>(best.values());
  }

  private static boolean insideLonger(int start, int end, List<Emit> emits) {
    for (Emit other : emits) {
      if (strictlyInside(start, end, other.getStart(), other.getEnd() + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean strictlyInside(int start, int end, int outerStart, int outerEnd) {
    return outerStart <= start && end <= outerEnd && outerEnd - outerStart > end - start;
  }

  private static List<int[]> occurrences(String text, String word) {
    if (word.isEmpty()) {
      return List.of();
    }
    List<int[]> spans = new ArrayList<>();
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      spans.add(new int[] {i, i + word.length()});
    }
    return spans;
  }

  private Trie trie() {
    Trie t = trie;
    if (t == null) {
      synchronized (this) {
        t = trie;
        if (t == null) {
          t = Trie.builder().addKeywords(brandsByKey.keySet()).build();
          trie = t;
        }
      }
    }
    return t;
  }
}
