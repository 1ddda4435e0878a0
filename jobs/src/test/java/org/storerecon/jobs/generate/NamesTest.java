package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void composesRegisteredNames() {
    NameParts prefix = new NameParts(NameParts.Style.PREFIX, "杭州", "华达", "服饰", "有限公司", "");
    NameParts branch = new NameParts(NameParts.Style.BRANCH, "上海", "华达", "服饰", "分公司", "杭州华达服饰有限公司");

    assertThat(prefix.compose()).isEqualTo("杭州华达服饰有限公司");
    assertThat(prefix.bracketSwapped()).isEqualTo("华达服饰（杭州）有限公司");
    assertThat(prefix.withoutRegion()).isEqualTo("华达服饰有限公司");
    assertThat(branch.compose()).isEqualTo("杭州华达服饰有限公司上海分公司");
    assertThat(branch.withoutRegion()).isEmpty();
  }

  @Test
  void writesNameVariants() {
    assertThat(NameVariants.swapOrgForm("杭州华达服饰有限公司")).isEqualTo("杭州华达服饰有限责任公司");
    assertThat(NameVariants.swapOrgForm("杭州华达服饰有限责任公司")).isEqualTo("杭州华达服饰有限公司");
    assertThat(NameVariants.swapOrgForm("杭州华达服饰股份有限公司")).isEqualTo("杭州华达服饰股份有限公司");
    assertThat(NameVariants.swapWidth("华达服饰（杭州）有限公司")).isEqualTo("华达服饰(杭州)有限公司");
    assertThat(Traditional.convert("杭州华达服饰有限公司")).isEqualTo("杭州華達服飾有限公司");
  }

  @Test
  void shortensRegions() {
    assertThat(Regions.shorten("浙江省")).isEqualTo("浙江");
    assertThat(Regions.shorten("杭州市")).isEqualTo("杭州");
    assertThat(Regions.shorten("广西壮族自治区")).isEqualTo("广西");
    assertThat(Regions.shorten("延边朝鲜族自治州")).isEqualTo("延边");
    assertThat(Regions.bundled().counties()).allSatisfy(c -> assertThat(c.code()).hasSize(6));
  }

  @Test
  void obfuscatesBrands() {
    assertThat(Obfuscation.SPACED.apply("LV")).isEqualTo("L V");
    assertThat(Obfuscation.FULL_WIDTH.apply("LV")).isEqualTo("ＬＶ");
    assertThat(Obfuscation.LOOK_ALIKE.apply("GUCCI")).isEqualTo("GUCC1");
    assertThat(Obfuscation.TRADITIONAL.apply("张小泉")).isEqualTo("張小泉");
  }
}
