package org.storerecon.common.division;

import java.io.Serializable;
import java.util.Objects;

/**
 * A county-level division that was merged, renamed or upgraded, and the current division that
 * holds (most of) its area, for example 江干区 (330104) → 上城区 (330102) in 2021.
 *
 * @param name former name
 * @param code former six-digit code
 * @param currentCode code of the current division in the bundled table
 * @param year year of the change
 */
public record FormerDivision(String name, String code, String currentCode, int year) implements Serializable {

  public FormerDivision {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(currentCode, "currentCode");
  }
}
