package org.storerecon.jobs.mark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storerecon.jobs.mark.MarkFixtures.LICENSEE;
import static org.storerecon.jobs.mark.MarkFixtures.NIGHT_1;
import static org.storerecon.jobs.mark.MarkFixtures.OWNER;
import static org.storerecon.jobs.mark.MarkFixtures.STRANGER;
import static org.storerecon.testing.DatasetAssert.assertThatDataset;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storerecon.testing.SparkTest;

/** Relations, scope, claims and the lead rule on hand-made shops. */
@SparkTest
class ShopMarkerTest {

  @Test
  void ownerAndLicenseeAreNeverLeadsAnUnrelatedClaimIs(SparkSession spark) {
    MarkFixtures f = new MarkFixtures(spark).standardBrands().standardEntities()
        .shop("owner", "张小泉官方旗舰店", "厨具", "杭州张小泉集团有限公司", OWNER)
        .shop("licensee", "张小泉厨具授权专卖店", "厨具", "杭州利刃厨具有限公司", LICENSEE)
        .shop("claim", "张小泉厨具官方店", "厨具", "杭州阿强贸易有限公司", STRANGER)
        .shop("unknown", "张小泉正品店", "厨具", null, null)
        .reviewShop("review", "张小泉旗舰店", "厨具", OWNER);
    ShopMarker.Marking m = f.mark(NIGHT_1);
    try {
      assertThatDataset(LeadRules.markColumns(m.marks())).columns("shop_id", "brand_id", "relation", "in_scope", "claim", "lead")
          .containsExactlyInAnyOrder(
              List.of("owner", "B-ZXQ", "owner", true, "claim", false),
              List.of("licensee", "B-ZXQ", "licensee", true, "claim", false),
              List.of("claim", "B-ZXQ", "unrelated", true, "claim", true),
              List.of("unknown", "B-ZXQ", "unknown", true, "claim", true),
              List.of("review", "B-ZXQ", "owner", true, "claim", false));
      Row owner = LeadRules.markColumns(m.marks()).filter("shop_id = 'owner'").first();
      assertThat(owner.<Double>getAs("risk_score")).isZero();
      Row claim = LeadRules.markColumns(m.marks()).filter("shop_id = 'claim'").first();
      // time_honored 0.3 + claim 0.3 + unrelated 0.2 + in scope 0.1
      assertThat(claim.<Double>getAs("risk_score")).isEqualTo(0.9);
      assertThat(claim.<String>getAs("uscc")).isEqualTo(STRANGER);
      assertThat(claim.getList(claim.fieldIndex("reasons"))).contains("relation_unrelated", "in_class", "claim_words", "tier_time_honored");
    } finally {
      m.release();
    }
  }

  @Test
  void outOfScopeOrdinaryMarkIsNoLeadAWellKnownMarkIsAcrossClasses(SparkSession spark) {
    MarkFixtures f = new MarkFixtures(spark).standardBrands().standardEntities()
        .shop("ordinary", "华达食品旗舰店", "食品", "杭州阿强贸易有限公司", STRANGER)
        .shop("ordinary-in-class", "华达女装旗舰店", "女装", "杭州阿强贸易有限公司", STRANGER)
        .shop("well-known", "GUCCI茶叶专营店", "茶叶", "杭州阿强贸易有限公司", STRANGER)
        .shop("no-category", "华达专卖店", null, "杭州阿强贸易有限公司", STRANGER);
    ShopMarker.Marking m = f.mark(NIGHT_1);
    try {
      assertThatDataset(LeadRules.markColumns(m.marks())).columns("shop_id", "brand_id", "in_scope", "claim", "lead")
          .containsExactlyInAnyOrder(
              List.of("ordinary", "B-HD", false, "claim", false),
              List.of("ordinary-in-class", "B-HD", true, "claim", true),
              List.of("well-known", "B-GUCCI", true, "descriptive", true),
              List.of("no-category", "B-HD", true, "claim", true));
      Row wellKnown = LeadRules.markColumns(m.marks()).filter("shop_id = 'well-known'").first();
      assertThat(wellKnown.getList(wellKnown.fieldIndex("reasons"))).contains("cross_class");
    } finally {
      m.release();
    }
  }

  @Test
  void obfuscatedVariantsAreFoundAndTheSilverBoundaryHolds(SparkSession spark) {
    MarkFixtures f = new MarkFixtures(spark).standardBrands().standardEntities()
        .shop("spaced", "L V箱包正品店", "箱包", null, null)
        .shop("dotted", "L.V箱包官方店", "箱包", null, null)
        .shop("full-width", "ＬＶ箱包旗舰店", "箱包", null, null)
        .shop("traditional", "張小泉刀剪直营店", "厨具", null, null)
        .shop("look-alike", "GUCC1箱包授权店", "箱包", null, null)
        .shop("silver", "SILVER银饰旗舰店", "箱包", null, null)
        .shop("plain", "lv箱包旗舰店", "箱包", null, null);
    ShopMarker.Marking m = f.mark(NIGHT_1);
    try {
      assertThatDataset(LeadRules.markColumns(m.marks())).columns("shop_id", "brand_id", "matched_text", "obfuscated", "lead")
          .containsExactlyInAnyOrder(
              List.of("spaced", "B-LV", "L V", true, true),
              List.of("dotted", "B-LV", "L.V", true, true),
              List.of("full-width", "B-LV", "ＬＶ", true, true),
              List.of("traditional", "B-ZXQ", "張小泉", true, true),
              List.of("look-alike", "B-GUCCI", "GUCC1", true, true),
              List.of("plain", "B-LV", "lv", false, true));
    } finally {
      m.release();
    }
  }

  @Test
  void shortBrandsNeedEvidenceAndOwnTradeNamesAreNoLeads(SparkSession spark) {
    MarkFixtures f = new MarkFixtures(spark).standardBrands().standardEntities()
        .entity(MarkFixtures.uscc(MarkFixtures.HANGZHOU, "A0000008"), "杭州华达服饰有限公司", MarkFixtures.HANGZHOU, "active")
        .shop("bare-lv", "ABC LV", "数码", null, null)
        .shop("lv-resale", "ABC LV代购", "数码", null, null)
        .shop("own-name", "华达女装旗舰店", "女装", "杭州华达服饰有限公司", MarkFixtures.uscc(MarkFixtures.HANGZHOU, "A0000008"))
        .shop("inside-own-name", "华达利女装旗舰店", "女装", "杭州华达利服饰有限公司", STRANGER);
    ShopMarker.Marking m = f.mark(NIGHT_1);
    try {
      assertThatDataset(LeadRules.markColumns(m.marks())).columns("shop_id", "brand_id", "own_trade_name", "lead")
          .containsExactlyInAnyOrder(
              List.of("lv-resale", "B-LV", false, true),
              List.of("own-name", "B-HD", true, false));
    } finally {
      m.release();
    }
  }
}
