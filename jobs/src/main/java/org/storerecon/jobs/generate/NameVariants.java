package org.storerecon.jobs.generate;

import java.util.SplittableRandom;

/**
 * The licence name a name-only shop shows: the registered (or a former) name with the variants
 * people write (width, brackets, traditional characters, dropped region, 有限公司 vs 有限责任公司),
 * each counted under {@code shops.name_only.<variant>} (for registered and unregistered operators
 * alike; {@code shops.name_only} and {@code shops.unregistered.name_only} split the shops).
 */
final class NameVariants {

  static final String PREFIX = "shops.name_only.";

  private NameVariants() {}

  static String licenceName(SyntheticEntity e, SplittableRandom r, GeneratorSettings.NameVariants v, Counters c) {
    String name = e.name();
    boolean changed = false;
    if (!e.formerNames().isEmpty() && Rng.chance(r, v.formerName())) {
      name = Rng.pick(r, e.formerNames());
      c.add(PREFIX + "former_name");
      changed = true;
    } else if (Rng.chance(r, v.droppedRegion()) && !e.parts().withoutRegion().isEmpty()) {
      name = e.parts().withoutRegion();
      c.add(PREFIX + "dropped_region");
      changed = true;
    } else if (Rng.chance(r, v.bracket()) && !e.parts().bracketSwapped().isEmpty()) {
      name = e.parts().bracketSwapped();
      c.add(PREFIX + "bracket");
      changed = true;
    }
    if (Rng.chance(r, v.orgForm())) {
      String swapped = swapOrgForm(name);
      if (!swapped.equals(name)) {
        name = swapped;
        c.add(PREFIX + "org_form");
        changed = true;
      }
    }
    if (Rng.chance(r, v.width())) {
      String swapped = swapWidth(name);
      if (!swapped.equals(name)) {
        name = swapped;
        c.add(PREFIX + "width");
        changed = true;
      }
    }
    if (Rng.chance(r, v.traditional())) {
      String traditional = Traditional.convert(name);
      if (!traditional.equals(name)) {
        name = traditional;
        c.add(PREFIX + "traditional");
        changed = true;
      }
    }
    if (!changed) {
      c.add(PREFIX + "exact");
    }
    return name;
  }

  /** 有限责任公司 -> 有限公司 and 有限公司 -> 有限责任公司 (not 股份有限公司). */
  static String swapOrgForm(String name) {
    if (name.contains(Vocabulary.LIMITED_LIABILITY)) {
      return name.replace(Vocabulary.LIMITED_LIABILITY, Vocabulary.LIMITED);
    }
    if (name.contains(Vocabulary.LIMITED) && !name.contains(Vocabulary.JOINT_STOCK)) {
      return name.replace(Vocabulary.LIMITED, Vocabulary.LIMITED_LIABILITY);
    }
    return name;
  }

  /** Full-width brackets to half-width ones, or the reverse. */
  static String swapWidth(String name) {
    if (name.contains(NameParts.OPEN)) {
      return name.replace(NameParts.OPEN, "(").replace(NameParts.CLOSE, ")");
    }
    return name.replace("(", NameParts.OPEN).replace(")", NameParts.CLOSE);
  }
}
