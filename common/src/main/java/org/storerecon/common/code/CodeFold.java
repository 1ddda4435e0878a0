package org.storerecon.common.code;

import java.util.Locale;

/** A folding applied to a code as written before it was checked. */
public enum CodeFold {
  /** Full-width characters (ＡＢ１２) became ASCII. */
  FULL_WIDTH,
  /** Spaces (any white space) were removed. */
  WHITESPACE,
  /** Hyphens and dashes were removed. */
  HYPHEN,
  /** Lower-case letters became upper case. */
  CASE,
  /** Look-alike letters outside the alphabet became digits: O→0, I→1, Z→2, S→5. */
  LOOK_ALIKE;

  /** Lower-case label, e.g. {@code look_alike}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
