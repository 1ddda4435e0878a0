package org.storerecon.common.code;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of checking one identity code as written.
 *
 * @param input the code as written (may be null)
 * @param code the folded code that was checked ({@code ""} when absent)
 * @param type USCC, legacy registration number, or unknown (wrong length)
 * @param status valid, legacy_pilot, invalid or absent
 * @param reason why the code is invalid; null unless {@code status} is {@link CodeStatus#INVALID}
 * @param folds the foldings applied to the input (empty when it was already canonical)
 * @param parts the encoded fields, or null when length or charset is wrong
 */
public record CodeCheck(
    String input,
    String code,
    CodeType type,
    CodeStatus status,
    InvalidReason reason,
    Set<CodeFold> folds,
    CodeParts parts) implements Serializable {

  public CodeCheck {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(folds, "folds");
    if ((status == CodeStatus.INVALID) != (reason != null)) {
      throw new IllegalArgumentException("A reason is required exactly for invalid codes: " + status + " / " + reason);
    }
  }

  /** Whether the code can be used as a key: valid or tolerated pilot code. */
  public boolean isUsable() {
    return status == CodeStatus.VALID || status == CodeStatus.LEGACY_PILOT;
  }

  /** The reason's label, or null when not invalid. */
  public String reasonLabel() {
    return reason == null ? null : reason.label();
  }

  /** Labels of the foldings applied, in {@link CodeFold} order. */
  public List<String> foldLabels() {
    return folds.stream().sorted().map(CodeFold::label).toList();
  }
}
