package org.storerecon.common.phone;

import java.io.Serializable;
import java.util.Objects;

/**
 * One canonical phone number.
 *
 * @param number canonical number without country prefix or extension: mobile {@code 13812345678},
 *     landline {@code 0571-88888888}, service {@code 4008208820}, local {@code 88888888}
 * @param extension extension digits, or null
 * @param kind mobile, landline, service or local
 */
public record PhoneNumber(String number, String extension, PhoneKind kind) implements Serializable {

  public PhoneNumber {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(kind, "kind");
  }

  /** The number with a different extension. */
  PhoneNumber withExtension(String ext) {
    return new PhoneNumber(number, ext, kind);
  }

  /** {@code number} or {@code number#extension}. */
  @Override
  public String toString() {
    return extension == null ? number : number + "#" + extension;
  }
}
