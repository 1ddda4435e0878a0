package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValueFactory;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

  @Test
  void readsEveryDefault() {
    GeneratorSettings s = TestData.settings();

    assertThat(s.categories()).extracting(GeneratorSettings.Category::name).contains("女装", "箱包", "食品", "酒类");
    assertThat(s.categories().stream().filter(c -> c.name().equals("食品")).findFirst().orElseThrow().niceClasses())
        .containsExactly(29, 30);
    assertThat(s.shops().platforms()).extracting(GeneratorSettings.Share::name)
        .containsExactly("douyin", "jd", "kaola", "pdd", "taobao", "tmall");
    assertThat(s.brands().claimWords()).contains("官方", "旗舰", "授权", "专卖", "直营", "正品", "特许");
    assertThat(s.dirty().fieldTooLongLength()).isEqualTo(5000);
    assertThat(s.entities().establishedFrom()).isBefore(s.entities().establishedUntil());
  }

  @Test
  void rejectsRateOutOfRangeNamingTheFullKey() {
    Config bad = TestData.defaults().withValue("shops.code-mistype-rate", ConfigValueFactory.fromAnyRef(1.5));

    assertThatThrownBy(() -> GeneratorSettings.from(bad))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("storerecon.generate.shops.code-mistype-rate")
        .hasMessageContaining("must be between 0 and 1");
  }

  @Test
  void rejectsNestedRateOutOfRange() {
    Config bad = TestData.defaults().withValue("shops.name-variants.traditional", ConfigValueFactory.fromAnyRef(-0.1));

    assertThatThrownBy(() -> GeneratorSettings.from(bad))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("storerecon.generate.shops.name-variants.traditional");
  }

  @Test
  void rejectsSharesThatDoNotSumToOne() {
    Config bad = TestData.defaults().withValue("shops.platforms.taobao", ConfigValueFactory.fromAnyRef(0.9));

    assertThatThrownBy(() -> GeneratorSettings.from(bad))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("storerecon.generate.shops.platforms")
        .hasMessageContaining("sum to 1");
  }

  @Test
  void rejectsLicenceDisplayRatesAboveOne() {
    Config bad = TestData.defaults().withValue("shops.name-only-rate", ConfigValueFactory.fromAnyRef(0.99));

    assertThatThrownBy(() -> GeneratorSettings.from(bad))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("storerecon.generate.shops.code-mistype-rate")
        .hasMessageContaining("must not exceed 1");
  }

  @Test
  void rejectsNegativeCountsAndASecondBrokenQuote() {
    assertThatThrownBy(() -> GeneratorSettings.from(
        TestData.defaults().withValue("dirty.empty-key", ConfigValueFactory.fromAnyRef(-1))))
        .hasMessageContaining("storerecon.generate.dirty.empty-key");
    assertThatThrownBy(() -> GeneratorSettings.from(
        TestData.defaults().withValue("dirty.broken-quote", ConfigValueFactory.fromAnyRef(2))))
        .hasMessageContaining("storerecon.generate.dirty.broken-quote");
  }

  @Test
  void rejectsUnknownBrandTier() {
    Config bad = TestData.defaults()
        .withValue("brands.tiers.famous", ConfigValueFactory.fromAnyRef(0.0));

    assertThatThrownBy(() -> GeneratorSettings.from(bad))
        .isInstanceOf(ConfigException.BadValue.class)
        .hasMessageContaining("storerecon.generate.brands.tiers");
  }
}
