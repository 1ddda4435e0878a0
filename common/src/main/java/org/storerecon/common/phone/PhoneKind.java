package org.storerecon.common.phone;

import java.util.Locale;

/** The kind of a Chinese phone number. */
public enum PhoneKind {
  /** Mobile: 11 digits starting 13–19. Canonical {@code 13812345678}. */
  MOBILE,
  /** Landline with area code: {@code 0571-88888888}, {@code 010-12345678}. */
  LANDLINE,
  /** Nationwide service number, 10 digits starting 400 or 800: {@code 4008208820}. */
  SERVICE,
  /** Landline without area code (7–8 digits): {@code 88888888}; weak evidence. */
  LOCAL;

  /** Lower-case label, e.g. {@code mobile}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
