package org.storerecon.common.address;

import java.io.Serializable;
import java.util.Objects;
import org.storerecon.common.division.Division;

/**
 * The divisions named by a run of division names in a text, such as 浙江杭州市西湖区.
 *
 * @param division the most specific division the run determines (for an ambiguous last name,
 *     the nearest common enclosing division of its readings)
 * @param start index of the first character of the run in the text
 * @param end index after the last character of the run
 * @param text the run as written
 */
public record DivisionMatch(Division division, int start, int end, String text) implements Serializable {

  public DivisionMatch {
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(text, "text");
  }

  /** The division's six-digit code. */
  public String code() {
    return division.code();
  }
}
