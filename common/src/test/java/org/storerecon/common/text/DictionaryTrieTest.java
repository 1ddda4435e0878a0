package org.storerecon.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryTrieTest {

  @Test
  void forwardMatchesPrefixesLongestLast() {
    DictionaryTrie<String> trie = DictionaryTrie.forwards(Map.of("有限公司", "a", "有限责任公司", "b", "公司", "c"));
    String text = "宏达有限责任公司";
    assertThat(trie.longest(text, 2, 0, text.length())).isEqualTo(6);
    assertThat(trie.valueAt(text, 2, 6)).isEqualTo("b");
    assertThat(trie.matchLengths(text, 6, 0, text.length())).containsExactly(2);
    assertThat(trie.longest(text, 0, 0, text.length())).isZero();
  }

  @Test
  void reversedMatchesSuffixesEndingAtAPosition() {
    DictionaryTrie<String> trie = DictionaryTrie.reversed(DictionaryTrie.identity(List.of("科技", "网络科技", "贸易")));
    String text = "腾讯网络科技";
    assertThat(trie.matchLengths(text, text.length(), 0, text.length())).containsExactly(2, 4);
    assertThat(trie.valueAt(text, text.length(), 4)).isEqualTo("网络科技");
    assertThat(trie.longest(text, text.length(), 3, text.length())).as("bounded by lower").isEqualTo(2);
    assertThat(trie.get("贸易")).isEqualTo("贸易");
    assertThat(trie.get("贸")).isNull();
  }
}
