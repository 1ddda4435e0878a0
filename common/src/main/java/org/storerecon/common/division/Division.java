package org.storerecon.common.division;

import java.io.Serializable;
import java.util.Objects;

/**
 * One GB/T 2260 administrative division.
 *
 * @param code six-digit division code (province {@code 330000}, city {@code 330100}, county {@code 330106})
 * @param name official name, for example {@code 西湖区}
 * @param level province, city or county
 * @param parentCode code of the enclosing division; empty for a province
 */
public record Division(String code, String name, Level level, String parentCode) implements Serializable {

  /** Administrative level of a division. */
  public enum Level {
    PROVINCE,
    CITY,
    COUNTY
  }

  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(parentCode, "parentCode");
    if (code.length() != 6) {
      throw new IllegalArgumentException("Division code must have 6 digits: " + code);
    }
  }

  /** The two-digit province prefix followed by zeros, for example {@code 330000}. */
  public String provinceCode() {
    return code.substring(0, 2) + "0000";
  }

  /** The four-digit city prefix followed by zeros, for example {@code 330100}. */
  public String cityCode() {
    return code.substring(0, 4) + "00";
  }

  /**
   * Whether this is a placeholder city level such as {@code 市辖区} or {@code 县} of a municipality,
   * which carries no name of its own.
   */
  public boolean isPlaceholder() {
    return level == Level.CITY && (name.equals("市辖区") || name.equals("县") || name.equals("省直辖县级行政区划")
        || name.equals("自治区直辖县级行政区划"));
  }
}
