package org.storerecon.common.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrandMatcherTest {

  private final BrandMatcher matcher = BrandMatcher.of(List.of(
      new BrandMatcher.Spelling("LV", "LV"), new BrandMatcher.Spelling("LV", "Louis Vuitton"),
      new BrandMatcher.Spelling("LV", "路易威登"),
      new BrandMatcher.Spelling("GUCCI", "GUCCI"), new BrandMatcher.Spelling("NIKE", "NIKE"),
      new BrandMatcher.Spelling("ZXQ", "张小泉"), new BrandMatcher.Spelling("ZXQ", "Zhang Xiaoquan"),
      new BrandMatcher.Spelling("ONE", "ONE")));

  private List<String> brands(String text) {
    return matcher.find(text).stream().map(BrandMatcher.Mention::brandId).toList();
  }

  private String matched(String text) {
    return matcher.find(text).get(0).matchedText();
  }

  @Test
  void findsBrandsWrittenPlainly() {
    assertThat(brands("LV箱包官方旗舰店")).containsExactly("LV");
    assertThat(brands("张小泉厨具专卖店")).containsExactly("ZXQ");
    assertThat(brands("阿华GUCCI代购店")).containsExactly("GUCCI");
  }

  @Test
  void findsObfuscatedBrands() {
    assertThat(brands("L V箱包正品店")).containsExactly("LV");
    assertThat(matched("L V箱包正品店")).isEqualTo("L V");
    assertThat(brands("L.V箱包正品店")).containsExactly("LV");
    assertThat(matched("L.V箱包")).isEqualTo("L.V");
    assertThat(brands("ＬＶ箱包旗舰店")).containsExactly("LV");
    assertThat(matched("ＬＶ箱包旗舰店")).isEqualTo("ＬＶ");
    assertThat(brands("張小泉刀剪店")).containsExactly("ZXQ");
    assertThat(brands("张 小 泉刀剪店")).containsExactly("ZXQ");
    assertThat(brands("gucc1官方店")).containsExactly("GUCCI");
    assertThat(matched("gucc1官方店")).isEqualTo("gucc1");
    assertThat(brands("N1KE运动")).containsExactly("NIKE");
    assertThat(brands("1V包包")).containsExactly("LV");
  }

  @Test
  void tellsDisguisedMentionsFromListedSpellings() {
    assertThat(matcher.find("lv箱包").get(0).asListed()).isTrue();
    assertThat(matcher.find("L V箱包").get(0).asListed()).isFalse();
    assertThat(matcher.find("ＬＶ箱包").get(0).asListed()).isFalse();
    assertThat(matcher.find("張小泉").get(0).asListed()).isFalse();
    assertThat(matcher.find("GUCC1").get(0).asListed()).isFalse();
  }

  @Test
  void latinBrandsNeedTokenBoundaries() {
    assertThat(brands("SILVER饰品店")).isEmpty();
    assertThat(brands("silvery银饰")).isEmpty();
    assertThat(brands("IPHONE配件")).isEmpty();
    assertThat(brands("PHONE ONE数码")).containsExactly("ONE");
    assertThat(brands("LVMH")).isEmpty();
    assertThat(brands("ABC LV")).containsExactly("LV");
    assertThat(brands("G U C C I 正品")).containsExactly("GUCCI");
    assertThat(brands("Z I V E珠宝")).as("spaced-out letters are one word").isEmpty();
  }

  @Test
  void aBrandInsideALongerWordIsNoMention() {
    BrandMatcher chinese = BrandMatcher.of(List.of(new BrandMatcher.Spelling("KT", "康天"),
        new BrandMatcher.Spelling("KTH", "康天红"), new BrandMatcher.Spelling("SH", "尚慧")));
    assertThat(chinese.find("天德康天紅二手店").stream().map(BrandMatcher.Mention::brandId)).containsExactly("KTH");
    assertThat(chinese.find("尚慧美食品旗舰店", "尚慧美")).as("inside the shop's own 字号").isEmpty();
    assertThat(chinese.find("尚慧美食品旗舰店", null)).hasSize(1);
    BrandMatcher.Mention own = chinese.find("尚慧食品旗舰店", "尚慧").get(0);
    assertThat(own.ownWord()).isTrue();
    assertThat(chinese.find("尚慧食品旗舰店", "华达").get(0).ownWord()).isFalse();
  }

  @Test
  void digitsOutsideLatinContextStayDigits() {
    assertThat(MatchForm.key("8号店")).isEqualTo("8号店");
    assertThat(MatchForm.key("GUCC1")).isEqualTo("GUCCI");
  }

  @Test
  void aliasesAndLongestKeyWin() {
    List<BrandMatcher.Mention> found = matcher.find("Louis Vuitton LV 专柜");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).matchedText()).isEqualTo("Louis Vuitton");
    assertThat(found.get(0).latin()).isTrue();
    assertThat(brands("路易威登女包")).containsExactly("LV");
  }

  @Test
  void severalBrandsInOneText() {
    assertThat(brands("NIKE与LV联名")).containsExactly("NIKE", "LV");
    assertThat(brands(null)).isEmpty();
  }

  @Test
  void survivesSerializationForABroadcast() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    matcher.find("LV");
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(matcher);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      BrandMatcher copy = (BrandMatcher) in.readObject();
      assertThat(copy.find("GUCC1包").get(0).brandId()).isEqualTo("GUCCI");
      assertThat(copy.keyCount()).isEqualTo(matcher.keyCount());
    }
  }
}
