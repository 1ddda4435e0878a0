package org.storerecon.jobs.normalize;

import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.testing.DatasetBuilder;
import org.storerecon.testing.SparkTest;

@SparkTest
class NormalizeRecordsTest {

  private static final NormalizeRecords NORMALIZE = new NormalizeRecords();

  private static Dataset<Row> shops(SparkSession spark, String code, String name) {
    return DatasetBuilder.of(spark)
        .columns("platform", "shop_id", "shop_name", "license_name", "license_code", "phone", "address")
        .row("tmall", "1", "張小泉官方旗艦店", name, code, "+86 0571-87654321 / 13812345678", "浙江杭州西湖区文三路1号")
        .build();
  }

  @Test
  void shopsGetCodeNameShopNamePhoneAndAddressKeys(SparkSession spark) {
    Dataset<Row> out = NORMALIZE.shops(shops(spark, " 9131 0110 6660 0721 7t ", "宏达贸易（杭州）有限公司"), Optional.empty());

    assertThatDataset(out)
        .columns("code_norm", "code_type", "code_status", "name_core", "name_city_code", "org_form", "is_branch")
        .containsExactlyInAnyOrder(List.of("91310110666007217T", "uscc", "valid", "宏达", "330100", "有限公司", false));
    assertThatDataset(out).columns("shop_core", "shop_name_store_type", "claim_words", "phones", "address_division_code")
        .containsExactlyInAnyOrder(List.of("张小泉", "flagship", List.of("官方", "旗舰"),
            List.of("0571-87654321", "13812345678"), "330106"));
  }

  @Test
  void aPilotLookingShopCodeIsInvalidUnlessTheRegistryHoldsIt(SparkSession spark) {
    // 91310110666007217T with a wrong overall check character: the organisation check still passes.
    String pilotLooking = "91310110666007217A";
    Dataset<Row> registry = DatasetBuilder.of(spark).columns("code_norm", "code_status")
        .row(pilotLooking, "legacy_pilot").build();

    Dataset<Row> unknown = NORMALIZE.shops(shops(spark, pilotLooking, null), Optional.empty());
    Dataset<Row> known = NORMALIZE.shops(shops(spark, pilotLooking, null), Optional.of(registry));

    assertThatDataset(unknown).columns("code_status", "code_invalid_reason")
        .containsExactlyInAnyOrder(List.of("invalid", "overall_check"));
    assertThatDataset(known).columns("code_status", "code_invalid_reason")
        .containsExactlyInAnyOrder(Arrays.asList("legacy_pilot", null));
  }

  @Test
  void entitiesUseTheirUsccOrElseTheLegacyNumber(SparkSession spark) {
    Dataset<Row> entities = DatasetBuilder.of(spark)
        .columns("uscc", "reg_no", "name", "phone", "address")
        .column("former_names", org.apache.spark.sql.types.DataTypes.createArrayType(org.apache.spark.sql.types.DataTypes.StringType))
        .row(null, "110108000000016", "北京某某商贸有限公司海淀分公司", null, "北京市海淀区", new String[] {"北京某某貿易有限公司"})
        .build();

    assertThatDataset(NORMALIZE.entities(entities))
        .columns("code_norm", "code_type", "code_status", "name_core", "is_branch", "former_names_norm", "address_division_code")
        .containsExactlyInAnyOrder(List.of("110108000000016", "legacy_reg_no", "valid", "某某", true, List.of("北京某某贸易有限公司"),
            "110108"));
  }
}
