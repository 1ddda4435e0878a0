package org.storerecon.common.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract of one input: its columns, its key and the columns of which at least one must be
 * present in the file (for entities: {@code uscc} or {@code reg_no}).
 *
 * @param name input name, also the name of its canonical table ({@code shops}, {@code entities},
 *     {@code brands})
 * @param fields every contract column, in contract order
 * @param key columns that identify a row; rows sharing a key are duplicates
 * @param oneOf columns of which at least one must exist in the file and be filled in each row
 */
public record InputSpec(String name, List<Field> fields, List<String> key, List<String> oneOf) {

  public InputSpec {
    Objects.requireNonNull(name, "name");
    fields = List.copyOf(fields);
    key = List.copyOf(key);
    oneOf = List.copyOf(oneOf);
  }

  /** The contract column with this name. */
  public Optional<Field> field(String column) {
    return fields.stream().filter(f -> f.name().equals(column)).findFirst();
  }

  /** Names of all contract columns, in contract order. */
  public List<String> columnNames() {
    return fields.stream().map(Field::name).toList();
  }

  /** Names of the columns that must exist in every file of this input. */
  public List<String> requiredColumns() {
    return fields.stream().filter(Field::required).map(Field::name).toList();
  }
}
