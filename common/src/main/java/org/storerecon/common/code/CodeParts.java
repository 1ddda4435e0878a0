package org.storerecon.common.code;

import java.io.Serializable;
import java.util.Objects;
import org.storerecon.common.division.DivisionNames;
import org.storerecon.common.division.Divisions;
import org.storerecon.common.division.FormerDivision;

/**
 * The fields encoded in an identity code.
 *
 * @param authority the registration authority (USCC position 1; {@link RegistrationAuthority#MARKET_REGULATION}
 *     for a legacy registration number)
 * @param entityKind the entity kind (USCC position 2 under authority 9; legacy seventh digit)
 * @param divisionCode the six-digit division code (USCC positions 3–8; legacy positions 1–6, the
 *     registering office); city-level and retired codes are normal
 * @param organisationCode the nine-character organisation code (USCC positions 9–17), or null for
 *     a legacy registration number
 */
public record CodeParts(
    RegistrationAuthority authority, EntityKind entityKind, String divisionCode, String organisationCode)
    implements Serializable {

  public CodeParts {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(entityKind, "entityKind");
    Objects.requireNonNull(divisionCode, "divisionCode");
  }

  /** The province code of the division ({@code 310000} for {@code 310110}). */
  public String provinceCode() {
    return divisionCode.substring(0, 2) + "0000";
  }

  /**
   * The division code in the current bundled table: the code itself when current, the successor
   * of a retired district ({@code 330104} 江干区 → {@code 330102} 上城区), else null.
   */
  public String currentDivisionCode() {
    if (Divisions.bundled().find(divisionCode).isPresent()) {
      return divisionCode;
    }
    return DivisionNames.bundled().former(divisionCode).map(FormerDivision::currentCode).orElse(null);
  }

  /** Whether the province part names a province of the bundled division table. */
  public boolean provinceKnown() {
    return Divisions.bundled().find(provinceCode()).isPresent();
  }
}
