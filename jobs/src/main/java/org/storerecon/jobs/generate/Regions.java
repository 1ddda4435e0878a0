package org.storerecon.jobs.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storerecon.common.division.Division;
import org.storerecon.common.division.Divisions;

/**
 * The county-level GB/T 2260 divisions entities are registered in, with the names registered names
 * and addresses use. Built once per JVM from the bundled division table.
 */
final class Regions {

  /** Short forms of provinces whose full name is not a simple suffix away from the short one. */
  private static final Map<String, String> AUTONOMOUS_SHORT = Map.of(
      "内蒙古自治区", "内蒙古", "广西壮族自治区", "广西", "西藏自治区", "西藏", "宁夏回族自治区", "宁夏",
      "新疆维吾尔自治区", "新疆", "香港特别行政区", "香港", "澳门特别行政区", "澳门");
  private static final List<String> SUFFIXES = List.of("特别行政区", "地区", "省", "市", "盟");
  private static final String AUTONOMOUS = "自治";
  /** Short forms of autonomous prefectures keep their leading place name (延边朝鲜族自治州 -> 延边). */
  private static final int AUTONOMOUS_SHORT_LENGTH = 2;

  private static volatile Regions instance;

  private final List<County> counties;
  private final Map<String, County> byCode = new HashMap<>();
  private final Map<String, County> byAddressPrefix = new HashMap<>();
  private final int longestAddressPrefix;

  private Regions(List<County> counties) {
    this.counties = List.copyOf(counties);
    int longest = 0;
    for (County c : counties) {
      byCode.putIfAbsent(c.code(), c);
      byAddressPrefix.putIfAbsent(c.addressPrefix(), c);
      longest = Math.max(longest, c.addressPrefix().length());
    }
    this.longestAddressPrefix = longest;
  }

  /**
   * One county-level division with the names of its city and province.
   *
   * @param code six-digit county code
   * @param name county name (西湖区)
   * @param cityName city name (杭州市), empty under municipalities and for directly administered counties
   * @param provinceName province name (浙江省)
   * @param regionShort the region word of company names: short city name, or short province name (杭州, 北京)
   * @param areaCode landline area code
   */
  record County(String code, String name, String cityName, String provinceName, String regionShort, String areaCode) {

    /** The city (where named) and county, as individual businesses prefix their names: 杭州市西湖区. */
    String cityAndCounty() {
      return cityName + name;
    }

    /** Province, city and county, as addresses start. */
    String addressPrefix() {
      return provinceName.equals(cityName) ? cityName + name : provinceName + cityName + name;
    }

    /** Whether two counties lie in the same city (or municipality). */
    boolean sameCity(County other) {
      return code.regionMatches(0, other.code, 0, 4);
    }
  }

  static Regions bundled() {
    Regions local = instance;
    if (local == null) {
      synchronized (Regions.class) {
        local = instance;
        if (local == null) {
          local = load(Divisions.bundled());
          instance = local;
        }
      }
    }
    return local;
  }

  private static Regions load(Divisions divisions) {
    List<County> out = new ArrayList<>();
    for (Division d : divisions.level(Division.Level.COUNTY)) {
      Division province = divisions.find(d.provinceCode()).orElseThrow(
          () -> new IllegalStateException("Division " + d.code() + " has no province in the bundled table"));
      String cityName = divisions.find(d.cityCode()).filter(c -> !c.isPlaceholder()).map(Division::name).orElse("");
      String regionShort = cityName.isEmpty() ? shorten(province.name()) : shorten(cityName);
      String area = Vocabulary.AREA_CODES.getOrDefault(d.code().substring(0, 2), Vocabulary.DEFAULT_AREA_CODE);
      out.add(new County(d.code(), d.name(), cityName, province.name(), regionShort, area));
    }
    return new Regions(out);
  }

  /** The short form of a province or city name: 浙江省 -> 浙江, 杭州市 -> 杭州. */
  static String shorten(String name) {
    String known = AUTONOMOUS_SHORT.get(name);
    if (known != null) {
      return known;
    }
    if (name.contains(AUTONOMOUS)) {
      return name.substring(0, AUTONOMOUS_SHORT_LENGTH);
    }
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  List<County> counties() {
    return counties;
  }

  County county(int index) {
    return counties.get(index);
  }

  /** The county with this six-digit code, if it is one of the bundled counties. */
  Optional<County> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The county an address written as {@link People#address} writes them starts with (the longest
   * {@link County#addressPrefix()} the address starts with), if any.
   */
  Optional<County> byAddress(String address) {
    for (int length = Math.min(address.length(), longestAddressPrefix); length > 0; length--) {
      County c = byAddressPrefix.get(address.substring(0, length));
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  int size() {
    return counties.size();
  }
}
