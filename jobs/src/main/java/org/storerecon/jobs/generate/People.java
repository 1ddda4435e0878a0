package org.storerecon.jobs.generate;

import java.util.SplittableRandom;

/** Person names, phone numbers, addresses and 字号. */
final class People {

  private static final int MOBILE_TAIL_DIGITS = 8;
  private static final int LANDLINE_DIGITS = 8;
  /** Landline numbers start with 2..8. */
  private static final String LANDLINE_FIRST = "2345678";
  private static final int MAX_HOUSE_NUMBER = 999;
  private static final String DIGITS = "0123456789";
  /** Prefixes of 个体工商户 字号 taken from the operator's surname: 老王, 小张. */
  private static final String FAMILIAR = "老小";

  private People() {}

  /** A Chinese person name: surname plus one or two given-name characters. */
  static String personName(SplittableRandom r) {
    StringBuilder sb = new StringBuilder().append(Rng.pick(r, Vocabulary.SURNAMES)).append(Rng.pick(r, Vocabulary.GIVEN_CHARS));
    if (r.nextBoolean()) {
      sb.append(Rng.pick(r, Vocabulary.GIVEN_CHARS));
    }
    return sb.toString();
  }

  /** A 字号 from a person: the full name or 老/小 + surname. */
  static String personalTradeName(SplittableRandom r, String personName) {
    return r.nextBoolean() ? personName : FAMILIAR.charAt(r.nextInt(FAMILIAR.length())) + personName.substring(0, 1);
  }

  /** A 字号 of two or three characters. */
  static String tradeName(SplittableRandom r, double threeCharRate) {
    StringBuilder sb = new StringBuilder().append(Rng.pick(r, Vocabulary.TRADE_CHARS)).append(Rng.pick(r, Vocabulary.TRADE_CHARS));
    if (Rng.chance(r, threeCharRate)) {
      sb.append(Rng.pick(r, Vocabulary.TRADE_CHARS));
    }
    return sb.toString();
  }

  /** The 字号 with one character replaced by a different one. */
  static String oneCharApart(SplittableRandom r, String tradeName) {
    int p = r.nextInt(tradeName.length());
    char c;
    do {
      c = Rng.pick(r, Vocabulary.TRADE_CHARS);
    } while (c == tradeName.charAt(p));
    return tradeName.substring(0, p) + c + tradeName.substring(p + 1);
  }

  static String mobile(SplittableRandom r) {
    return Rng.pick(r, Vocabulary.MOBILE_PREFIXES) + digits(r, MOBILE_TAIL_DIGITS);
  }

  static String landline(SplittableRandom r, String areaCode) {
    return areaCode + "-" + Rng.pick(r, LANDLINE_FIRST) + digits(r, LANDLINE_DIGITS - 1);
  }

  /** Province, city, county, road and house number. */
  static String address(SplittableRandom r, Regions.County county) {
    return county.addressPrefix() + Rng.pick(r, Vocabulary.ROADS) + (1 + r.nextInt(MAX_HOUSE_NUMBER)) + "号";
  }

  private static String digits(SplittableRandom r, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = DIGITS.charAt(r.nextInt(DIGITS.length()));
    }
    return new String(c);
  }
}
