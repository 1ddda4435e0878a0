package org.storerecon.common.name;

import java.io.Serializable;
import java.util.Objects;

/**
 * An organisation form as written in a name and its canonical form for matching
 * (有限责任公司 and 有限公司 are both {@code 有限公司}).
 *
 * @param written the form as written (normalised)
 * @param canonical the form used for matching
 * @param kind the kind of entity it denotes
 */
public record OrgForm(String written, String canonical, OrgFormKind kind) implements Serializable {

  public OrgForm {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(kind, "kind");
  }
}
