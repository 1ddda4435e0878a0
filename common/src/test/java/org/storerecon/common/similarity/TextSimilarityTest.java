package org.storerecon.common.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

  @Test
  void identicalTextsScoreOne() {
    assertThat(TextSimilarity.jaroWinkler("张小泉", "张小泉")).isEqualTo(1.0);
    assertThat(TextSimilarity.bigramDice("张小泉", "张小泉")).isEqualTo(1.0);
    assertThat(TextSimilarity.bigramJaccard("张小泉", "张小泉")).isEqualTo(1.0);
    assertThat(TextSimilarity.longestCommonSubstringRatio("张小泉", "张小泉")).isEqualTo(1.0);
  }

  @Test
  void jaroWinklerRewardsACommonPrefix() {
    double prefix = TextSimilarity.jaroWinkler("张小泉", "张小泉刀剪");
    double suffix = TextSimilarity.jaroWinkler("张小泉", "杭州张小泉");
    assertThat(prefix).isCloseTo(0.9067, within(1e-4));
    assertThat(prefix).isGreaterThan(suffix);
  }

  @Test
  void bigramDiceAndJaccard() {
    // 张小, 小泉 vs 张小, 小泉, 泉刀, 刀剪: 2 common of 2 and 4
    assertThat(TextSimilarity.bigramDice("张小泉", "张小泉刀剪")).isCloseTo(2.0 * 2 / 6, within(1e-9));
    assertThat(TextSimilarity.bigramJaccard("张小泉", "张小泉刀剪")).isCloseTo(2.0 / 4, within(1e-9));
    assertThat(TextSimilarity.bigramDice("宏达贸易", "达宏易贸")).isZero();
    assertThat(TextSimilarity.bigramDice("张", "张")).isEqualTo(1.0);
  }

  @Test
  void longestCommonSubstring() {
    assertThat(TextSimilarity.longestCommonSubstring("咖世家咖啡", "杭州咖世家")).isEqualTo(3);
    assertThat(TextSimilarity.longestCommonSubstringRatio("张小泉", "杭州张小泉")).isCloseTo(0.6, within(1e-9));
    assertThat(TextSimilarity.containment("张小泉", "杭州张小泉集团")).isEqualTo(1.0);
  }

  @Test
  void emptyAndNull() {
    assertThat(TextSimilarity.jaroWinkler(null, "")).isEqualTo(1.0);
    assertThat(TextSimilarity.jaroWinkler("张", null)).isZero();
    assertThat(TextSimilarity.bigramJaccard("", "张小泉")).isZero();
    assertThat(TextSimilarity.longestCommonSubstringRatio(null, null)).isEqualTo(1.0);
    assertThat(TextSimilarity.containment("", "张")).isZero();
  }
}
