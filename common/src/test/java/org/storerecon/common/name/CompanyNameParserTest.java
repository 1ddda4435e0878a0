package org.storerecon.common.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNameParserTest {

  private final CompanyNameParser parser = CompanyNameParser.standard();

  @Test
  void branchOfACompanyWithBracketedRegion() {
    CompanyName n = parser.parse("咖世家咖啡(上海)有限公司杭州上塘路店");
    assertThat(n.region()).isEqualTo("上海");
    assertThat(n.divisionCode()).isEqualTo("310000");
    assertThat(n.tradeName()).isEqualTo("咖世家");
    assertThat(n.industry()).isEqualTo("咖啡");
    assertThat(n.canonicalForm()).isEqualTo("有限公司");
    assertThat(n.branch()).isEqualTo("杭州上塘路店");
    assertThat(n.branchDivisionCode()).isEqualTo("330100");
    assertThat(n.isBranch()).isTrue();
  }

  @Test
  void leadingAndBracketedRegionGiveTheSameTradeNameAndCity() {
    CompanyName leading = parser.parse("杭州宏达贸易有限责任公司");
    CompanyName bracketed = parser.parse("宏达贸易（杭州）有限公司");
    assertThat(leading.tradeName()).isEqualTo(bracketed.tradeName()).isEqualTo("宏达");
    assertThat(leading.cityCode()).isEqualTo(bracketed.cityCode()).isEqualTo("330100");
    assertThat(leading.canonicalForm()).isEqualTo(bracketed.canonicalForm()).isEqualTo("有限公司");
    assertThat(leading.form().written()).isEqualTo("有限责任公司");
    assertThat(leading.matchKey()).isEqualTo(bracketed.matchKey()).isEqualTo("宏达贸易有限公司");
  }

  @Test
  void traditionalNameParsesLikeSimplified() {
    assertThat(parser.parse("杭州張小泉集團有限公司").tradeName()).isEqualTo("张小泉");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // name | region | division | trade name | industry | canonical form | branch
      "腾讯科技（深圳）有限公司|深圳|440300|腾讯|科技|有限公司|-",
      "深圳市腾讯计算机系统有限公司|深圳市|440300|腾讯计算机系统|-|有限公司|-",
      "北京京东世纪贸易有限公司|北京|110000|京东世纪|贸易|有限公司|-",
      "浙江天猫网络有限公司|浙江|330000|天猫|网络|有限公司|-",
      "阿里巴巴（中国）网络技术有限公司|中国|-|阿里巴巴|网络技术|有限公司|-",
      "杭州张小泉集团有限公司|杭州|330100|张小泉|-|集团有限公司|-",
      "中国工商银行股份有限公司杭州分行|-|-|中国工商银行|-|股份有限公司|杭州分行",
      "杭州市西湖区张三服装店|杭州市西湖区|330106|张三|服装|店|-",
      "义乌市小李日用品商行|义乌市|330782|小李|日用品|商行|-",
      "杭州市江干区宏达五金经营部|杭州市江干区|330102|宏达|五金|经营部|-",
      "上海文峰投资管理合伙企业（有限合伙）|上海|310000|文峰|投资管理|合伙企业(有限合伙)|-",
      "桐庐县富春江茶叶专业合作社|桐庐县|330122|富春江|茶叶|专业合作社|-",
      "杭州西湖龙井茶叶有限公司|杭州|330100|西湖龙井|茶叶|有限公司|-",
      "宏达贸易有限公司（自然人独资）|-|-|宏达|贸易|有限公司|-",
      "老娘舅餐饮(文三路店)|-|-|老娘舅|餐饮|-|文三路店",
      "杭州宏达贸易有限公司西湖分公司|杭州|330100|宏达|贸易|有限公司|西湖分公司",
      "华泰证券股份有限公司杭州延安路营业部|-|-|华泰证券|-|股份有限公司|杭州延安路营业部",
      "上海宏达贸易有限公司|上海|310000|宏达|贸易|有限公司|-",
      "宏达贸易(西湖区)有限公司|西湖区|-|宏达|贸易|有限公司|-",
      "义乌市福田街道王五饰品经营部|义乌市福田街道|330782|王五|饰品|经营部|-",
      "江苏省苏州市吴中区木渎镇小李五金店|江苏省苏州市吴中区木渎镇|320506|小李|五金|店|-",
      "浙江吉利控股集团有限公司|浙江|330000|吉利|控股|集团有限公司|-",
      "耐克商业（中国）有限公司|中国|-|耐克|商业|有限公司|-",
      "百度在线网络技术（北京）有限公司|北京|110000|百度在线|网络技术|有限公司|-",
  })
  void parsesRealNameShapes(String name, String region, String division, String tradeName, String industry,
      String form, String branch) {
    CompanyName n = parser.parse(name);
    assertThat(n.region()).as("region").isEqualTo(region);
    assertThat(n.divisionCode()).as("division").isEqualTo(division);
    assertThat(n.tradeName()).as("trade name").isEqualTo(tradeName);
    assertThat(n.industry()).as("industry").isEqualTo(industry);
    assertThat(n.canonicalForm()).as("form").isEqualTo(form);
    assertThat(n.branch()).as("branch").isEqualTo(branch);
  }

  @Test
  void municipalityCityIsItsUrbanDistrictLevel() {
    assertThat(parser.parse("上海宏达贸易有限公司").cityCode()).isEqualTo("310100");
    assertThat(parser.parse("宏达贸易(上海市浦东新区)有限公司").cityCode()).isEqualTo("310100");
    assertThat(parser.parse("浙江宏达贸易有限公司").cityCode()).isNull();
    assertThat(parser.parse("浙江宏达贸易有限公司").provinceCode()).isEqualTo("330000");
  }

  @Test
  void formKinds() {
    assertThat(parser.parse("杭州宏达贸易有限公司").form().kind()).isEqualTo(OrgFormKind.COMPANY);
    assertThat(parser.parse("上海文峰投资合伙企业（普通合伙）").form().kind()).isEqualTo(OrgFormKind.PARTNERSHIP);
    assertThat(parser.parse("桐庐县富春江茶叶专业合作社").form().kind()).isEqualTo(OrgFormKind.COOPERATIVE);
    assertThat(parser.parse("义乌市小李工作室").form().kind()).isEqualTo(OrgFormKind.SOLE_TRADER);
  }

  @Test
  void keepsAShortTradeNameInsteadOfStrippingIt() {
    // 杭州 could be a region, 科技 an industry word, but a trade name must remain
    CompanyName n = parser.parse("杭州科技有限公司");
    assertThat(n.tradeName()).hasSizeGreaterThanOrEqualTo(CompanyNameParser.MIN_TRADE_NAME_LENGTH);
    assertThat(parser.parse(null).tradeName()).isEmpty();
  }
}
