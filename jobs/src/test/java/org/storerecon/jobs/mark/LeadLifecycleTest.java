package org.storerecon.jobs.mark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storerecon.jobs.mark.MarkFixtures.ELSEWHERE;
import static org.storerecon.jobs.mark.MarkFixtures.NIGHT_1;
import static org.storerecon.jobs.mark.MarkFixtures.NIGHT_2;
import static org.storerecon.jobs.mark.MarkFixtures.NIGHT_3;
import static org.storerecon.jobs.mark.MarkFixtures.STRANGER;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storerecon.testing.SparkTest;

/** enforcement_lead across nights: stable ids, new → open → closed, jurisdiction, the cross-region view. */
@SparkTest
class LeadLifecycleTest {

  private static final String HANGZHOU_ADDRESS = "浙江省杭州市西湖区文三路100号";

  private static MarkFixtures night(SparkSession spark, boolean stillUsesBrand, boolean secondShop) {
    MarkFixtures f = new MarkFixtures(spark).standardBrands().standardEntities()
        .shop("claim", stillUsesBrand ? "张小泉厨具官方店" : "阿强厨具店", "厨具", "杭州阿强贸易有限公司", STRANGER)
        .shopAt("misuse", "远方百货店", "家居", "苏州远方贸易有限公司", ELSEWHERE, "open", HANGZHOU_ADDRESS,
            List.of("licence_misuse", "inactive_entity"))
        .shopAt("anonymous", "LV箱包旗舰店", "箱包", null, null, "open", HANGZHOU_ADDRESS, List.of());
    if (secondShop) {
      f.shop("second", "GUCCI箱包授权店", "箱包", null, null);
    }
    return f;
  }

  private static Dataset<Row> merge(SparkSession spark, String location, MarkFixtures f, LocalDate night) {
    ShopMarker.Marking m = f.mark(night);
    try {
      new LeadLifecycle(spark).merge(location, m.leads(), night);
    } finally {
      m.release();
    }
    return spark.read().format("delta").load(location);
  }

  private static List<Object> lifecycle(String shop, String reason, String status, LocalDate first, LocalDate last, LocalDate closed) {
    return Arrays.asList(shop, reason, status, Date.valueOf(first), Date.valueOf(last), closed == null ? null : Date.valueOf(closed));
  }

  @Test
  void leadsGoFromNewToOpenToClosedUnderStableIds(SparkSession spark, @TempDir Path dir) {
    String location = dir.resolve("enforcement_lead").toString();
    String[] columns = {"shop_id", "reason", "status", "first_seen", "last_seen", "closed_on"};

    Dataset<Row> first = merge(spark, location, night(spark, true, false), NIGHT_1);
    assertThatDataset(first).columns(columns).containsExactlyInAnyOrder(
        lifecycle("claim", "protected_brand", "new", NIGHT_1, NIGHT_1, null),
        lifecycle("misuse", "licence_misuse", "new", NIGHT_1, NIGHT_1, null),
        lifecycle("misuse", "inactive_entity", "new", NIGHT_1, NIGHT_1, null),
        lifecycle("anonymous", "protected_brand", "new", NIGHT_1, NIGHT_1, null));
    List<String> ids = first.orderBy("shop_id", "reason").select("lead_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();

    Dataset<Row> second = merge(spark, location, night(spark, true, true), NIGHT_2);
    assertThatDataset(second).columns(columns).containsExactlyInAnyOrder(
        lifecycle("claim", "protected_brand", "open", NIGHT_1, NIGHT_2, null),
        lifecycle("misuse", "licence_misuse", "open", NIGHT_1, NIGHT_2, null),
        lifecycle("misuse", "inactive_entity", "open", NIGHT_1, NIGHT_2, null),
        lifecycle("anonymous", "protected_brand", "open", NIGHT_1, NIGHT_2, null),
        lifecycle("second", "protected_brand", "new", NIGHT_2, NIGHT_2, null));
    assertThat(second.filter("shop_id <> 'second'").orderBy("shop_id", "reason").select("lead_id")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList()).as("same shop, brand and reason: same id").isEqualTo(ids);

    Dataset<Row> rerun = merge(spark, location, night(spark, true, true), NIGHT_2);
    assertThat(rerun.filter("shop_id = 'second'").first().<String>getAs("status")).as("a rerun of the night changes no status")
        .isEqualTo("new");

    Dataset<Row> third = merge(spark, location, night(spark, false, false), NIGHT_3);
    assertThatDataset(third).columns(columns).containsExactlyInAnyOrder(
        lifecycle("claim", "protected_brand", "closed", NIGHT_1, NIGHT_2, NIGHT_3),
        lifecycle("misuse", "licence_misuse", "open", NIGHT_1, NIGHT_3, null),
        lifecycle("misuse", "inactive_entity", "open", NIGHT_1, NIGHT_3, null),
        lifecycle("anonymous", "protected_brand", "open", NIGHT_1, NIGHT_3, null),
        lifecycle("second", "protected_brand", "closed", NIGHT_2, NIGHT_2, NIGHT_3));
  }

  @Test
  void mergingOnlyTheShopsInScopeEqualsMergingEveryShop(SparkSession spark, @TempDir Path dir) {
    String full = dir.resolve("full").toString();
    String scoped = dir.resolve("scoped").toString();
    merge(spark, full, night(spark, true, false), NIGHT_1);
    merge(spark, scoped, night(spark, true, false), NIGHT_1);
    merge(spark, full, night(spark, false, true), NIGHT_2);
    // Night 2 changed two shops: "claim" no longer uses the brand (its lead closes), "second" is new.
    Dataset<Row> scope = spark.createDataFrame(List.of(RowFactory.create("tmall", "claim"), RowFactory.create("tmall", "second")),
        new StructType().add("platform", "string").add("shop_id", "string"));
    Function<LocalDate, Dataset<Row>> mergeScope = night -> {
      ShopMarker.Marking m = night(spark, false, true).mark(night);
      try {
        Dataset<Row> leads = m.leads().join(scope, new String[] {"platform", "shop_id"}, "left_semi");
        new LeadLifecycle(spark).mergeScope(scoped, leads, scope, night);
      } finally {
        m.release();
      }
      return spark.read().format("delta").load(scoped);
    };

    Dataset<Row> expected = spark.read().format("delta").load(full);
    assertThat(expected.filter("shop_id = 'claim'").first().<String>getAs("status")).isEqualTo("closed");
    assertThatDataset(mergeScope.apply(NIGHT_2)).hasSameRowsAs(expected);
    // A rerun of the night changes nothing.
    assertThatDataset(mergeScope.apply(NIGHT_2)).hasSameRowsAs(expected);
  }

  @Test
  void jurisdictionIsTheEntitysCountyElseTheShopsAddressAndOtherProvincesArePushed(SparkSession spark, @TempDir Path dir) {
    String location = dir.resolve("enforcement_lead").toString();
    Dataset<Row> leads = merge(spark, location, night(spark, true, false), NIGHT_1);
    Function<String, Row> lead = shop -> leads.filter("shop_id = '" + shop + "'").orderBy("reason").first();

    assertThat(lead.apply("claim").<String>getAs("jurisdiction_code")).isEqualTo(MarkFixtures.HANGZHOU);
    assertThat(lead.apply("claim").<String>getAs("jurisdiction_source")).isEqualTo("entity");
    assertThat(lead.apply("claim").<String>getAs("brand_id")).isEqualTo("B-ZXQ");
    assertThat(lead.apply("anonymous").<String>getAs("jurisdiction_code")).isEqualTo(MarkFixtures.HANGZHOU);
    assertThat(lead.apply("anonymous").<String>getAs("jurisdiction_source")).isEqualTo("shop_address");
    Row misuse = lead.apply("misuse");
    assertThat(misuse.<String>getAs("brand_id")).isNull();
    assertThat(misuse.<String>getAs("jurisdiction_code")).isEqualTo(MarkFixtures.SUZHOU);
    assertThat(misuse.<String>getAs("entity_status")).isEqualTo("deregistered");
    assertThat(misuse.<Boolean>getAs("out_of_province")).isTrue();
    assertThat(lead.apply("claim").<Boolean>getAs("out_of_province")).isFalse();

    assertThatDataset(LeadLifecycle.crossRegion(leads)).columns("entity_province_code", "entity_province_name", "shop_id", "reason")
        .containsExactlyInAnyOrder(List.of("320000", "江苏省", "misuse", "inactive_entity"), List.of("320000", "江苏省", "misuse", "licence_misuse"));
  }
}
