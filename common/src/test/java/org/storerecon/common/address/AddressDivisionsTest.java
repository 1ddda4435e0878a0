package org.storerecon.common.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressDivisionsTest {

  private final AddressDivisions divisions = AddressDivisions.bundled();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "浙江省杭州市西湖区文三路90号|330106",
      "浙江杭州西湖区文三路|330106",
      "杭州市西湖区文三路|330106",
      "浙江省杭州市|330100",
      "浙江省|330000",
      "杭州文三路|330100",
      "浙江省义乌市福田街道|330782",
      "义乌市国际商贸城|330782",
      "上海市浦东新区世纪大道|310115",
      "上海浦东新区|310115",
      "北京市海淀区中关村|110108",
      "北京朝阳区|110105",
      "吉林省吉林市船营区|220204",
      "广西南宁市青秀区|450103",
      "中国浙江省杭州市滨江区网商路699号|330108",
      "地址：浙江省杭州市余杭区文一西路969号|330110",
      "浙江省 杭州市 西湖区|330106",
  })
  void mostSpecificDivision(String address, String code) {
    assertThat(divisions.divisionCode(address)).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "杭州市江干区景芳路|330102",
      "杭州市下城区武林广场|330105",
      "北京市宣武区|110102",
      "上海市闸北区|310106",
      "浙江省萧山市|330109",
  })
  void formerDistrictsResolveToCurrentOnes(String address, String code) {
    assertThat(divisions.divisionCode(address)).isEqualTo(code);
  }

  @Test
  void ambiguousDistrictWithoutContextGivesNothingMoreSpecificThanItsNames() {
    // 西湖区 exists in 杭州 and 南昌: without a city nothing is determined
    assertThat(divisions.mostSpecific("西湖区文三路")).isEmpty();
    assertThat(divisions.divisionCode("江西省南昌市西湖区")).isEqualTo("360103");
  }

  @Test
  void noDivisionInAddress() {
    assertThat(divisions.mostSpecific("文三路90号")).isEmpty();
    assertThat(divisions.mostSpecific(null)).isEmpty();
  }

  @Test
  void matchReportsTheRunAsWritten() {
    DivisionMatch m = divisions.mostSpecific("浙江杭州西湖区文三路").orElseThrow();
    assertThat(m.text()).isEqualTo("浙江杭州西湖区");
    assertThat(m.start()).isZero();
    assertThat(m.end()).isEqualTo(7);
  }
}
