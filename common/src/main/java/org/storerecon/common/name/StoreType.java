package org.storerecon.common.name;

import java.util.Locale;

/** The store type a shop-name suffix declares, with the contract's {@code shop_type} labels. */
public enum StoreType {
  /** 旗舰店, 官方旗舰店, 海外旗舰店. */
  FLAGSHIP,
  /** 专卖店, 授权店: one authorised brand. */
  FRANCHISE,
  /** 专营店: several brands of one category. */
  SPECIALTY,
  /** 企业店. */
  ENTERPRISE,
  /** 小店, 个人店. */
  INDIVIDUAL,
  /** Any other suffix: 店, 工厂店, 体验店, 商城, …. */
  OTHER;

  /** Lower-case label, e.g. {@code flagship}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static StoreType ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
