package org.storerecon.common.code;

/** The outcome of checking an identity code. */
public enum CodeStatus {
  /** Passes every check. */
  VALID("valid"),
  /**
   * A USCC whose overall check fails while its embedded organisation-code check passes: issued
   * by early pilot schemes, tolerated and flagged. (A typo in positions 1–8 or 18 of a real code
   * looks the same, so a registry look-up or {@link CodeRepair} should confirm it.)
   */
  LEGACY_PILOT("legacy_pilot"),
  /** Fails a check; {@link CodeCheck#reason()} says which. */
  INVALID("invalid"),
  /** No code: null, empty or only separators. */
  ABSENT("absent");

  private final String label;

  CodeStatus(String label) {
    this.label = label;
  }

  /** The lower-case label stored in tables: {@code valid}, {@code legacy_pilot}, {@code invalid}, {@code absent}. */
  public String label() {
    return label;
  }
}
