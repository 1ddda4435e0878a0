package org.storerecon.common.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShopNameParserTest {

  private final ShopNameParser parser = ShopNameParser.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // shop name | core | category | suffix | store type
      "耐克官方旗舰店|耐克|-|官方旗舰店|FLAGSHIP",
      "张小泉刀具官方旗舰店|张小泉|刀具|官方旗舰店|FLAGSHIP",
      "三只松鼠旗舰店|三只松鼠|-|旗舰店|FLAGSHIP",
      "Adidas阿迪达斯运动鞋专卖店|ADIDAS阿迪达斯|运动鞋|专卖店|FRANCHISE",
      "鸿星尔克鞋类专营店|鸿星尔克|鞋类|专营店|SPECIALTY",
      "海澜之家男装企业店|海澜之家|男装|企业店|ENTERPRISE",
      "小美美妆小店|小美|美妆|小店|INDIVIDUAL",
      "ABC海外旗舰店|ABC|-|海外旗舰店|FLAGSHIP",
      "優衣庫|优衣库|-|-|-",
  })
  void splitsCoreCategoryAndSuffix(String name, String core, String category, String suffix, StoreType type) {
    ShopName s = parser.parse(name);
    assertThat(s.core()).as("core").isEqualTo(core);
    assertThat(s.category()).as("category").isEqualTo(category);
    assertThat(s.suffix()).as("suffix").isEqualTo(suffix);
    assertThat(s.storeType()).as("type").isEqualTo(type);
  }

  @Test
  void claimWordsAreFoundAlsoInsideTheSuffix() {
    ShopName s = parser.parse("张小泉刀具官方旗舰店");
    assertThat(s.claimWords()).containsExactly("官方", "旗舰");
    assertThat(s.hasClaim()).isTrue();
    assertThat(parser.parse("耐克正品授权直营店").claimWords()).containsExactly("正品", "授权", "直营");
    assertThat(parser.parse("迪士尼特许专卖店").claimWords()).containsExactly("特许", "专卖");
  }

  @Test
  void descriptiveWordsAreNotClaims() {
    ShopName s = parser.parse("NIKE正品代购");
    assertThat(s.core()).isEqualTo("NIKE");
    assertThat(s.claimWords()).containsExactly("正品");
    assertThat(s.descriptiveWords()).containsExactly("代购");
    ShopName specialty = parser.parse("鸿星尔克鞋类专营店");
    assertThat(specialty.claimWords()).isEmpty();
    assertThat(specialty.descriptiveWords()).containsExactly("专营");
    ShopName selfOperated = parser.parse("美的空调京东自营旗舰店");
    assertThat(selfOperated.core()).isEqualTo("美的");
    assertThat(selfOperated.category()).isEqualTo("空调");
    assertThat(selfOperated.descriptiveWords()).containsExactly("京东自营");
  }

  @Test
  void storeTypeLabelsAreTheContractValues() {
    assertThat(StoreType.FLAGSHIP.label()).isEqualTo("flagship");
    assertThat(StoreType.SPECIALTY.label()).isEqualTo("specialty");
  }
}
