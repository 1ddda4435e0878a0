package org.storerecon.common.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable character trie from words to values, for longest-match scanning of Chinese
 * text without allocating substrings.
 *
 * <p>Words can be matched forwards (prefixes of the text from a position) or, when the trie is
 * built {@linkplain #reversed(Map) reversed}, backwards (suffixes ending at a position).
 * Safe to share between threads. Not serialisable: hold it in a static singleton, not a closure.
 *
 * @param <V> the value stored for each word
 */
public final class DictionaryTrie<V> {


  private final Node root;
  private final boolean backwards;

  private DictionaryTrie(Node root, boolean backwards) {
    this.root = root;
    this.backwards = backwards;
  }

  /** A trie matching words forwards from a start position. */
  public static <V> DictionaryTrie<V> forwards(Map<String, V> words) {
    return new DictionaryTrie<>(build(words, false), false);
  }

  /** A trie matching words backwards from an end position (suffix matching). */
  public static <V> DictionaryTrie<V> reversed(Map<String, V> words) {
    return new DictionaryTrie<>(build(words, true), true);
  }

  private static Node build(Map<String, ?> words, boolean reverse) {
    MutableNode root = new MutableNode();
    for (Map.Entry<String, ?> e : words.entrySet()) {
      String w = e.getKey();
      if (w.isEmpty()) {
        throw new IllegalArgumentException("Empty word in dictionary");
      }
      MutableNode n = root;
      for (int i = 0; i < w.length(); i++) {
        char c = reverse ? w.charAt(w.length() - 1 - i) : w.charAt(i);
        n = n.children.computeIfAbsent(c, k -> new MutableNode());
      }
      n.value = e.getValue();
    }
    return root.freeze();
  }

  /**
   * The length of the longest word that starts at {@code from} (forward trie) or ends just
   * before {@code from} (reversed trie) within {@code [lower, upper)}; 0 when none matches.
   */
  public int longest(CharSequence text, int from, int lower, int upper) {
    int[] lengths = matchLengths(text, from, lower, upper);
    return lengths.length == 0 ? 0 : lengths[lengths.length - 1];
  }

  /**
   * Lengths of every word matching at {@code from} (see {@link #longest}), shortest first.
   */
  public int[] matchLengths(CharSequence text, int from, int lower, int upper) {
    Node n = root;
    int[] found = new int[4];
    int count = 0;
    for (int len = 1; ; len++) {
      int pos = backwards ? from - len : from + len - 1;
      if (pos < lower || pos >= upper) {
        break;
      }
      n = n.child(text.charAt(pos));
      if (n == null) {
        break;
      }
      if (n.value != null) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = len;
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** The value of the word of {@code length} characters matching at {@code from}, or null. */
  @SuppressWarnings("unchecked")
  public V valueAt(CharSequence text, int from, int length) {
    Node n = root;
    for (int i = 0; i < length && n != null; i++) {
      int pos = backwards ? from - 1 - i : from + i;
      n = n.child(text.charAt(pos));
    }
    return n == null ? null : (V) n.value;
  }

  /** The value stored for exactly this word, or null. */
  @SuppressWarnings("unchecked")
  public V get(String word) {
    Node n = root;
    for (int i = 0; i < word.length() && n != null; i++) {
      n = n.child(backwards ? word.charAt(word.length() - 1 - i) : word.charAt(i));
    }
    return n == null ? null : (V) n.value;
  }

  private static final class MutableNode {
    final Map<Character, MutableNode> children = new TreeMap<>();
    Object value;

    Node freeze() {
      char[] keys = new char[children.size()];
      Node[] nodes = new Node[children.size()];
      int i = 0;
      for (Map.Entry<Character, MutableNode> e : children.entrySet()) {
        keys[i] = e.getKey();
        nodes[i] = e.getValue().freeze();
        i++;
      }
      return new Node(keys, nodes, value);
    }
  }

  private static final class Node {
    final char[] keys;
    final Node[] children;
    final Object value;

    Node(char[] keys, Node[] children, Object value) {
      this.keys = keys;
      this.children = children;
      this.value = value;
    }

    Node child(char c) {
      if (keys.length <= 8) {
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] == c) {
            return children[i];
          }
        }
        return null;
      }
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }
  }

  /** Every word of a list mapped to itself, as a convenience for word sets. */
  public static Map<String, String> identity(List<String> words) {
    Map<String, String> m = new TreeMap<>();
    for (String w : words) {
      m.put(w, w);
    }
    return m;
  }

}
