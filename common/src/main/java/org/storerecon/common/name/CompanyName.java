package org.storerecon.common.name;

import java.io.Serializable;
import java.util.Objects;
import org.storerecon.common.division.Division;
import org.storerecon.common.division.Divisions;

/**
 * A registered company name split into its parts (GB/T 企业名称登记管理规定: 行政区划 + 字号 + 行业 +
 * 组织形式), for example {@code 咖世家咖啡(上海)有限公司杭州上塘路店}: region 上海, trade name 咖世家,
 * industry 咖啡, form 有限公司, branch 杭州上塘路店.
 *
 * <p>Absent parts are {@code null}; {@link #normalized()} and {@link #tradeName()} are never
 * null (the trade name is empty only for an empty name).
 *
 * @param normalized the whole name after {@link NameNormalizer}
 * @param region the division names as written (leading, and bracketed after the trade name)
 * @param divisionCode the most specific division code the region names
 * @param tradeName the 字号, the distinctive core
 * @param industry the industry words after the trade name (科技, 贸易, 网络科技发展)
 * @param form the organisation form, or null when the name has none
 * @param branch the branch part after the form (…分公司, …营业部, …路店)
 * @param branchDivisionCode the division the branch part starts with (杭州上塘路店 → 330100)
 */
public record CompanyName(
    String normalized,
    String region,
    String divisionCode,
    String tradeName,
    String industry,
    OrgForm form,
    String branch,
    String branchDivisionCode) implements Serializable {

  public CompanyName {
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(tradeName, "tradeName");
  }

  /** The canonical organisation form (有限责任公司 → 有限公司), or null. */
  public String canonicalForm() {
    return form == null ? null : form.canonical();
  }

  /**
   * The city-level code of the region ({@code 330100} for 杭州, 西湖区 or 杭州市西湖区; for a
   * municipality its 市辖区 code, {@code 310100} for 上海 or 上海市浦东新区), or null when the region
   * names no city (none, or only a province).
   */
  public String cityCode() {
    if (divisionCode == null) {
      return null;
    }
    if (divisionCode.endsWith("0000")) {
      String municipal = divisionCode.substring(0, 2) + "0100";
      boolean municipality = Divisions.bundled().find(municipal).map(Division::isPlaceholder).orElse(false);
      return municipality ? municipal : null;
    }
    return divisionCode.substring(0, 4) + "00";
  }

  /** The two-digit province prefix padded with zeros, or null without a region. */
  public String provinceCode() {
    return divisionCode == null ? null : divisionCode.substring(0, 2) + "0000";
  }

  /** Whether the name is a branch of another entity. */
  public boolean isBranch() {
    return branch != null;
  }

  /**
   * The region-free matching key: trade name, industry and canonical form
   * ({@code 宏达贸易有限公司} for both 杭州宏达贸易有限责任公司 and 宏达贸易（杭州）有限公司).
   */
  public String matchKey() {
    StringBuilder sb = new StringBuilder(tradeName);
    if (industry != null) {
      sb.append(industry);
    }
    if (form != null) {
      sb.append(form.canonical());
    }
    return sb.toString();
  }
}
