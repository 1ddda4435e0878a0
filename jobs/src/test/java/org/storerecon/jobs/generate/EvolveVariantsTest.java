package org.storerecon.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.storerecon.common.name.CompanyNameParser;
import org.storerecon.common.name.NameNormalizer;

/** The record changes of evolve: licence-name variants, shop and entity changes. */
class EvolveVariantsTest {

  private static final CompanyNameParser PARSER = CompanyNameParser.standard();

  @Test
  void everyLicenceNameVariantKeepsTradeNameAndForm() {
    List<String> names = List.of("杭州宏达贸易有限公司", "宏达贸易（杭州）有限公司", "杭州宏达贸易有限责任公司",
        "盘锦川润家具合伙企业（有限合伙）", "上海华达服饰有限公司杭州分公司", "杭州市西湖区老王服饰店");
    Set<String> kinds = new HashSet<>();
    for (String name : names) {
      for (int seed = 0; seed < 40; seed++) {
        LicenceNameVariants.pick(name, new SplittableRandom(seed)).ifPresent(v -> {
          kinds.add(v.kind());
          assertThat(v.name()).as(name + " " + v.kind()).isNotEqualTo(name);
          assertThat(PARSER.parse(v.name()).tradeName()).as(v.name()).isEqualTo(PARSER.parse(name).tradeName());
          assertThat(PARSER.parse(v.name()).canonicalForm()).as(v.name()).isEqualTo(PARSER.parse(name).canonicalForm());
        });
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder("width", "bracket", "org_form", "traditional");
    assertThat(LicenceNameVariants.pick("", new SplittableRandom(1))).isEmpty();
  }

  @Test
  void bracketVariantMovesTheRegionOnlyForCompanies() {
    List<String> seen = new ArrayList<>();
    for (int seed = 0; seed < 60; seed++) {
      LicenceNameVariants.pick("宏达贸易（杭州）有限公司", new SplittableRandom(seed))
          .filter(v -> v.kind().equals("bracket")).ifPresent(v -> seen.add(v.name()));
      LicenceNameVariants.pick("盘锦川润家具合伙企业（有限合伙）", new SplittableRandom(seed))
          .ifPresent(v -> assertThat(v.kind()).isNotEqualTo("bracket"));
    }
    assertThat(seen).isNotEmpty().containsOnly("杭州宏达贸易有限公司");
  }

  @Test
  void shopChangesTouchOnlyPhoneAddressOrLicenceName() {
    String[] original = new String[ShopColumns.NAMES.size()];
    java.util.Arrays.fill(original, "");
    original[ShopColumns.PLATFORM] = "taobao";
    original[ShopColumns.SHOP_ID] = "20000000001";
    original[ShopColumns.SHOP_NAME] = "宏达女装旗舰店";
    original[ShopColumns.LICENSE_NAME] = "杭州宏达贸易有限公司";
    original[ShopColumns.LICENSE_CODE] = "91330106MA2B3C4D5E";
    original[ShopColumns.ADDRESS] = Regions.bundled().county(0).addressPrefix() + "人民路1号";
    original[ShopColumns.STATUS] = "open";
    Set<String> columns = new HashSet<>();
    for (int seed = 0; seed < 30; seed++) {
      String[] f = original.clone();
      String detail = ShopChanges.apply(f, new SplittableRandom(seed), new Counters());
      columns.add(detail.substring(0, detail.indexOf(':')).replaceAll(" \\(.*\\)", ""));
      int differing = 0;
      for (int i = 0; i < f.length; i++) {
        if (!f[i].equals(original[i])) {
          differing++;
          assertThat(i).isIn(ShopColumns.PHONE, ShopColumns.ADDRESS, ShopColumns.LICENSE_NAME);
        }
      }
      assertThat(differing).isEqualTo(1);
      assertThat(Regions.bundled().byAddress(f[ShopColumns.ADDRESS])).contains(Regions.bundled().county(0));
    }
    assertThat(columns).containsExactlyInAnyOrder("phone", "address", "license_name");
  }

  @Test
  void entityChangesNeverTouchCodesAndRenamesKeepTheOldName() {
    Regions.County county = Regions.bundled().county(7);
    String[] original = new String[EntityColumns.NAMES.size()];
    java.util.Arrays.fill(original, "");
    original[EntityColumns.USCC] = "91330106MA2B3C4D5E";
    original[EntityColumns.NAME] = county.regionShort() + "宏达贸易有限公司";
    original[EntityColumns.FORMER_NAMES] = county.regionShort() + "宏达商贸有限公司";
    original[EntityColumns.ENTITY_TYPE] = "company";
    original[EntityColumns.LEGAL_REP] = "王小明";
    original[EntityColumns.ADDRESS] = county.addressPrefix() + "人民路1号";
    original[EntityColumns.DIVISION_CODE] = county.code();
    original[EntityColumns.STATUS] = "active";
    EntityChanges changes = new EntityChanges(Set.of(), 0.3);
    Set<String> columns = new HashSet<>();
    for (int seed = 0; seed < 40; seed++) {
      String[] f = original.clone();
      String detail = changes.apply(f, new SplittableRandom(seed), new Counters());
      columns.add(detail.substring(0, detail.indexOf(':')));
      assertThat(f[EntityColumns.USCC]).isEqualTo(original[EntityColumns.USCC]);
      assertThat(f[EntityColumns.REG_NO]).isEqualTo(original[EntityColumns.REG_NO]);
      assertThat(f).isNotEqualTo(original);
      if (detail.startsWith("name:")) {
        assertThat(f[EntityColumns.FORMER_NAMES]).isEqualTo(original[EntityColumns.NAME] + "|" + original[EntityColumns.FORMER_NAMES]);
        assertThat(NameNormalizer.standard().normalize(f[EntityColumns.NAME])).endsWith("贸易有限公司").startsWith(county.regionShort());
      }
    }
    assertThat(columns).containsExactlyInAnyOrder("status", "address", "legal_rep", "phone", "name");

    EntityChanges brandSafe = new EntityChanges(Set.of(original[EntityColumns.USCC]), 0.3);
    for (int seed = 0; seed < 40; seed++) {
      assertThat(brandSafe.apply(original.clone(), new SplittableRandom(seed), new Counters())).doesNotStartWith("name:");
    }
  }
}
