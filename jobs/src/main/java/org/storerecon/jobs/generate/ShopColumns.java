package org.storerecon.jobs.generate;

import java.util.List;
import org.storerecon.common.contract.Contract;

/** Positions of the shops.csv columns, resolved from the contract so that they follow its order. */
final class ShopColumns {

  static final List<String> NAMES = Contract.SHOPS.columnNames();
  static final int PLATFORM = NAMES.indexOf("platform");
  static final int SHOP_ID = NAMES.indexOf("shop_id");
  static final int SHOP_NAME = NAMES.indexOf("shop_name");
  static final int SHOP_TYPE = NAMES.indexOf("shop_type");
  static final int MAIN_CATEGORY = NAMES.indexOf("main_category");
  static final int LICENSE_NAME = NAMES.indexOf("license_name");
  static final int LICENSE_CODE = NAMES.indexOf("license_code");
  static final int LEGAL_REP = NAMES.indexOf("legal_rep");
  static final int PHONE = NAMES.indexOf("phone");
  static final int ADDRESS = NAMES.indexOf("address");
  static final int OPENED_ON = NAMES.indexOf("opened_on");
  static final int STATUS = NAMES.indexOf("status");

  private ShopColumns() {}
}
