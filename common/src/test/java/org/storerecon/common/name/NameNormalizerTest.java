package org.storerecon.common.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

  private final NameNormalizer normalizer = NameNormalizer.standard();

  @Test
  void traditionalAndSimplifiedAreEqual() {
    assertThat(normalizer.normalize("張小泉")).isEqualTo(normalizer.normalize("张小泉")).isEqualTo("张小泉");
    assertThat(normalizer.normalize("騰訊科技（深圳）有限公司")).isEqualTo("腾讯科技(深圳)有限公司");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "腾讯科技（深圳）有限公司|腾讯科技(深圳)有限公司",
      "腾讯科技【深圳】有限公司|腾讯科技(深圳)有限公司",
      "腾讯科技 (深圳) 有限公司|腾讯科技(深圳)有限公司",
      "ＡＢＣ 商贸|ABC商贸",
      "abc·商贸|ABC商贸",
      "杭州 宏达-贸易，有限公司。|杭州宏达贸易有限公司",
      "《三只松鼠》旗舰店|三只松鼠旗舰店",
      "H&M 旗舰店|HM旗舰店",
      "㈱宏达|(株)宏达",
  })
  void foldsWidthBracketsPunctuationAndCase(String raw, String expected) {
    assertThat(normalizer.normalize(raw)).isEqualTo(expected);
  }

  @Test
  void nullIsEmpty() {
    assertThat(normalizer.normalize(null)).isEmpty();
  }
}
