package org.storerecon.common.contract;

import java.util.Map;
import java.util.Objects;

/**
 * One column of an input as the data contract defines it.
 *
 * @param name column name in the input and in the canonical table
 * @param type logical type
 * @param required whether a row without a value is quarantined ({@code MISSING_REQUIRED})
 * @param enumValues for {@link FieldType#ENUM}: every accepted spelling mapped to its canonical
 *     code (canonical codes map to themselves); empty otherwise
 */
public record Field(String name, FieldType type, boolean required, Map<String, String> enumValues) {

  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    enumValues = Map.copyOf(enumValues);
    if ((type == FieldType.ENUM) == enumValues.isEmpty()) {
      throw new IllegalArgumentException("Column " + name + ": enum values are required for ENUM columns and only for them");
    }
  }

  static Field required(String name, FieldType type) {
    return new Field(name, type, true, Map.of());
  }

  static Field optional(String name, FieldType type) {
    return new Field(name, type, false, Map.of());
  }

  static Field optionalEnum(String name, Map<String, String> values) {
    return new Field(name, FieldType.ENUM, false, values);
  }

  static Field requiredEnum(String name, Map<String, String> values) {
    return new Field(name, FieldType.ENUM, true, values);
  }
}
