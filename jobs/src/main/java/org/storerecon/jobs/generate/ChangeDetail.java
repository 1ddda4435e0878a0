package org.storerecon.jobs.generate;

/**
 * The {@code detail} of a changed value in changes.csv: {@code column: old -> new}, or
 * {@code column (variant): old -> new} when the kind of change needs naming; an empty value is
 * written {@code (none)}.
 */
final class ChangeDetail {

  private static final String NONE = "(none)";
  private static final String ARROW = " -> ";

  private ChangeDetail() {}

  static String of(String column, String old, String value) {
    return column + ": " + shown(old) + ARROW + shown(value);
  }

  static String of(String column, String variant, String old, String value) {
    return column + " (" + variant + "): " + shown(old) + ARROW + shown(value);
  }

  private static String shown(String value) {
    return value.isEmpty() ? NONE : value;
  }
}
