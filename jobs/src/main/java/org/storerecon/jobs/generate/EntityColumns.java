package org.storerecon.jobs.generate;

import java.util.List;
import org.storerecon.common.contract.Contract;

/** Positions of the entities.csv columns, resolved from the contract so that they follow its order. */
final class EntityColumns {

  static final List<String> NAMES = Contract.ENTITIES.columnNames();
  static final int USCC = NAMES.indexOf("uscc");
  static final int REG_NO = NAMES.indexOf("reg_no");
  static final int NAME = NAMES.indexOf("name");
  static final int FORMER_NAMES = NAMES.indexOf("former_names");
  static final int ENTITY_TYPE = NAMES.indexOf("entity_type");
  static final int LEGAL_REP = NAMES.indexOf("legal_rep");
  static final int ADDRESS = NAMES.indexOf("address");
  static final int DIVISION_CODE = NAMES.indexOf("division_code");
  static final int STATUS = NAMES.indexOf("status");
  static final int PHONE = NAMES.indexOf("phone");

  private EntityColumns() {}

  /** The registry key of a record: its USCC, else its reg_no. */
  static String key(String[] record) {
    return record[USCC].isEmpty() ? record[REG_NO] : record[USCC];
  }
}
