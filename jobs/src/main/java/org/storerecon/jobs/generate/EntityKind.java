package org.storerecon.jobs.generate;

/** Kinds of registry entities, with their contract code and the USCC entity-kind character. */
enum EntityKind {
  COMPANY("company", '1'),
  INDIVIDUAL("individual", '2'),
  COOPERATIVE("cooperative", '3'),
  PARTNERSHIP("partnership", '1'),
  BRANCH("branch", '1');

  private final String code;
  private final char usccKind;

  EntityKind(String code, char usccKind) {
    this.code = code;
    this.usccKind = usccKind;
  }

  /** The contract's entity_type value. */
  String code() {
    return code;
  }

  /** The second character of the USCC (after the registration authority). */
  char usccKind() {
    return usccKind;
  }
}
