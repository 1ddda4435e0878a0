package org.storerecon.common.contract;

/** The logical type of an input column, as the data contract states it. */
public enum FieldType {
  /** Free text. */
  STRING,
  /** A calendar date written {@code yyyy-MM-dd}. */
  DATE,
  /** Several values in one cell, separated by {@code |}. */
  LIST,
  /** One of a closed set of values (English codes, Chinese labels accepted as aliases). */
  ENUM,
  /** Lower-case ASCII identifier ({@code [a-z0-9_]+}). */
  IDENTIFIER
}
