package org.storerecon.common.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "13812345678|13812345678|MOBILE",
      "138 1234 5678|13812345678|MOBILE",
      "138-1234-5678|13812345678|MOBILE",
      "+86 138 1234 5678|13812345678|MOBILE",
      "+8613812345678|13812345678|MOBILE",
      "0086-13812345678|13812345678|MOBILE",
      "８６１３８１２３４５６７８|13812345678|MOBILE",
      "0571-88888888|0571-88888888|LANDLINE",
      "(0571)87654321|0571-87654321|LANDLINE",
      "（0571）87654321|0571-87654321|LANDLINE",
      "057188888888|0571-88888888|LANDLINE",
      "0571-8888-8888|0571-88888888|LANDLINE",
      "021 6234 5678|021-62345678|LANDLINE",
      "0579-5123456|0579-5123456|LANDLINE",
      "+86-571-88888888|0571-88888888|LANDLINE",
      "86-10-62345678|010-62345678|LANDLINE",
      "电话 ０５７１－８６５４３２１０|0571-86543210|LANDLINE",
      "400-820-8820|4008208820|SERVICE",
      "800 820 8820|8008208820|SERVICE",
      "88888888|88888888|LOCAL",
  })
  void oneNumber(String field, String canonical, PhoneKind kind) {
    assertThat(Phones.parse(field)).singleElement().satisfies(p -> {
      assertThat(p.number()).isEqualTo(canonical);
      assertThat(p.kind()).isEqualTo(kind);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0571-88888888 转 123|123",
      "0571-88888888转8001|8001",
      "010-62345678-8001|8001",
      "0571-88888888 ext. 12|12",
      "0571-88888888 分机 66|66",
      "0571-88888888#6|6",
  })
  void extensions(String field, String extension) {
    assertThat(Phones.parse(field)).singleElement().satisfies(p -> assertThat(p.extension()).isEqualTo(extension));
    assertThat(Phones.canonicalNumbers(field)).singleElement().asString().doesNotContain(extension + "#");
  }

  @Test
  void severalNumbersInOneField() {
    assertThat(Phones.canonicalNumbers("13812345678/0571-88888888"))
        .containsExactly("13812345678", "0571-88888888");
    assertThat(Phones.canonicalNumbers("手机：13812345678 或 13987654321"))
        .containsExactly("13812345678", "13987654321");
    assertThat(Phones.canonicalNumbers("0571-88888888，13812345678；400-820-8820"))
        .containsExactly("0571-88888888", "13812345678", "4008208820");
    assertThat(Phones.canonicalNumbers("13812345678 13987654321")).containsExactly("13812345678", "13987654321");
    assertThat(Phones.canonicalNumbers("13812345678、13812345678")).containsExactly("13812345678");
    assertThat(Phones.canonicalNumbers("Tel: 0571-8765 4321 Fax: 0571-8765 4322"))
        .containsExactly("0571-87654321", "0571-87654322");
  }

  @Test
  void localNumberAfterALandlineTakesItsAreaCode() {
    assertThat(Phones.canonicalNumbers("0571-87654321、87654322")).containsExactly("0571-87654321", "0571-87654322");
  }

  @Test
  void shortLocalNumberIsNotPaddedWithTheExtension() {
    assertThat(Phones.parse("0755-8888888-1")).singleElement().hasToString("0755-8888888#1");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"12345", "无", "12812345678", "0571-1234", "138****5678", "1381234567", "138123456789"})
  void noNumber(String field) {
    assertThat(Phones.parse(field)).isEmpty();
  }

  @Test
  void toStringShowsTheExtension() {
    assertThat(Phones.parse("0571-88888888 转 123").get(0)).hasToString("0571-88888888#123");
  }
}
