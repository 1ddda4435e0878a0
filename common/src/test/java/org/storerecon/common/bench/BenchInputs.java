package org.storerecon.common.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.storerecon.common.code.Uscc;
import org.storerecon.common.division.Division;
import org.storerecon.common.division.Divisions;

/**
 * Realistic generated inputs for the benchmarks: company names built from the division table
 * and small lists of trade names, industry words and forms (some in traditional characters,
 * full-width brackets or with spaces), and USCCs with a share of typos and formatting noise.
 */
final class BenchInputs {

  private static final String[] TRADE_NAMES = {
    "宏达", "张小泉", "咖世家", "三只松鼠", "华联", "永辉", "新世纪", "金鹰", "恒源祥", "老凤祥", "百草味", "良品铺子",
    "蓝天", "众诚", "瑞丰", "鑫源", "天成", "博雅", "海澜", "森马", "東方", "華美", "長城", "萬達", "锦程", "宝鼎",
  };
  private static final String[] INDUSTRIES = {
    "贸易", "科技", "网络科技", "电子商务", "食品", "服饰", "咖啡", "餐饮管理", "信息技术", "实业", "商貿", "文化传媒",
    "五金", "日用品", "茶叶", "",
  };
  private static final String[] FORMS = {
    "有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "合伙企业（有限合伙）", "专业合作社",
  };
  private static final String[] SOLE_FORMS = {"店", "商行", "经营部", "工作室", "门市部", "厂"};
  private static final String[] ROADS = {"上塘路", "文三路", "中山路", "人民路", "解放路", "延安路"};

  private BenchInputs() {}

  static String[] companyNames(int n, long seed) {
    Random r = new Random(seed);
    Divisions divisions = Divisions.bundled();
    List<Division> cities = new ArrayList<>();
    List<Division> counties = new ArrayList<>();
    for (Division d : divisions.all()) {
      if (d.level() == Division.Level.CITY && d.name().endsWith("市")) {
        cities.add(d);
      } else if (d.level() == Division.Level.COUNTY) {
        counties.add(d);
      }
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      Division city = cities.get(r.nextInt(cities.size()));
      String cityName = r.nextBoolean() ? city.name() : city.name().substring(0, city.name().length() - 1);
      String trade = pick(r, TRADE_NAMES);
      String industry = pick(r, INDUSTRIES);
      switch (r.nextInt(5)) {
        case 0:
          out[i] = cityName + trade + industry + pick(r, FORMS);
          break;
        case 1:
          out[i] = trade + industry + "（" + cityName + "）" + pick(r, FORMS);
          break;
        case 2:
          Division county = counties.get(r.nextInt(counties.size()));
          out[i] = county.name() + trade + industry + pick(r, SOLE_FORMS);
          break;
        case 3:
          out[i] = trade + industry + "(" + cityName + ")有限公司" + pick(r, cities).name() + pick(r, ROADS) + "店";
          break;
        default:
          out[i] = divisions.find(city.provinceCode()).orElseThrow().name() + " " + cityName + trade + industry + "有限公司";
      }
    }
    return out;
  }

  static String[] codes(int n, long seed) {
    Random r = new Random(seed);
    List<Division> all = Divisions.bundled().all();
    String alphabet = Uscc.ALPHABET;
    String orgAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      String division = all.get(r.nextInt(all.size())).code();
      StringBuilder body = new StringBuilder(8);
      body.append(r.nextInt(4) == 0 ? "MA" : "" + r.nextInt(10) + r.nextInt(10));
      for (int k = 0; k < 6; k++) {
        body.append(orgAlphabet.charAt(r.nextInt(10 + (r.nextBoolean() ? 0 : 21))));
      }
      String first17 = "9" + (1 + r.nextInt(3)) + division + body + Uscc.organisationCheckCharacter(body);
      String code = first17 + Uscc.checkCharacter(first17);
      int noise = r.nextInt(10);
      if (noise == 0) {
        int p = r.nextInt(18);
        code = code.substring(0, p) + alphabet.charAt(r.nextInt(alphabet.length())) + code.substring(p + 1);
      } else if (noise == 1) {
        code = code.toLowerCase(java.util.Locale.ROOT);
      } else if (noise == 2) {
        code = code.substring(0, 6) + " " + code.substring(6, 12) + "-" + code.substring(12);
      }
      out[i] = code;
    }
    return out;
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
