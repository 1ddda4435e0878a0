package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated registry entity: a pure function of (seed, index).
 *
 * @param index position in entities.csv (0-based)
 * @param kind entity kind
 * @param uscc unified social credit code, empty for legacy entities
 * @param regNo legacy 15-digit registration number, empty for most entities
 * @param parts name parts, {@code parts.compose()} is the registered name
 * @param formerNames former registered names, oldest last
 * @param legalRep legal representative or operator
 * @param address registered address
 * @param county domicile
 * @param status contract status code
 * @param establishedOn date of establishment
 * @param phone contact phone, may be empty
 * @param category index of the main category it sells in
 * @param confuser how it was made to look like another entity
 */
record SyntheticEntity(
    long index, EntityKind kind, String uscc, String regNo, NameParts parts, List<String> formerNames,
    String legalRep, String address, Regions.County county, String status, LocalDate establishedOn, String phone,
    String businessScope, int category, Confuser confuser) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How an entity was made a near-identical confuser of another. */
  enum Confuser {
    NONE,
    /** Same 字号 and industry as an entity in another city. */
    OTHER_CITY,
    /** 字号 one character apart from another entity's. */
    ONE_CHAR
  }

  SyntheticEntity {
    formerNames = List.copyOf(formerNames);
  }

  String name() {
    return parts.compose();
  }

  /** The registry key: the USCC, or the legacy reg_no for entities without one. */
  String key() {
    return uscc.isEmpty() ? regNo : uscc;
  }

  /** Whether only a legacy reg_no identifies it. */
  boolean legacyOnly() {
    return uscc.isEmpty();
  }

  /** The entities.csv record, in contract column order. */
  List<String> csvFields() {
    return List.of(uscc, regNo, name(), String.join(org.storerecon.common.contract.Contract.LIST_SEPARATOR, formerNames),
        kind.code(), legalRep, address, county.code(), status, establishedOn.toString(), phone, businessScope);
  }
}
