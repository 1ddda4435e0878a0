package org.storerecon.jobs.generate;

import java.util.List;
import java.util.Optional;

/**
 * One generated shop with its ground truth.
 *
 * @param fields the shops.csv record, in contract column order
 * @param labelKey registry key of the operator (USCC, or reg_no of legacy entities); empty when
 *     the operator is not in the registry
 * @param identityShown what identity data the shop shows ({@code labels.identity_shown}): {@code code},
 *     {@code code_reg_no}, {@code code_mistyped}, {@code licence_misuse}, {@code name_only},
 *     {@code no_licence} (a registered or unregistered operator that shows no licence) or
 *     {@code none} (an individual seller without licence data)
 * @param brandLabel the brand the name uses and whether that is a lead, if any
 */
record SyntheticShop(List<String> fields, String labelKey, String identityShown, Optional<BrandLabel> brandLabel) {

  SyntheticShop {
    fields = List.copyOf(fields);
  }

  String platform() {
    return fields.get(ShopColumns.PLATFORM);
  }

  String shopId() {
    return fields.get(ShopColumns.SHOP_ID);
  }

  /**
   * A brand the shop name uses.
   *
   * @param brandId the brand
   * @param lead whether the shop should give an enforcement lead for it
   */
  record BrandLabel(String brandId, boolean lead) {}
}
