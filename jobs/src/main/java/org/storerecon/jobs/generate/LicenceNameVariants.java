package org.storerecon.jobs.generate;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.storerecon.common.name.CompanyName;
import org.storerecon.common.name.CompanyNameParser;
import org.storerecon.common.name.OrgFormKind;

/**
 * Another way of writing the same licence name, as a shop that uploads its licence again writes
 * it: the brackets' width (（杭州） / (杭州)), the region in or out of brackets (杭州宏达贸易有限公司 /
 * 宏达贸易（杭州）有限公司, companies only), 有限公司 / 有限责任公司, or traditional characters. Every
 * variant keeps the 字号, the region and the industry, so the name still names the same entity.
 */
final class LicenceNameVariants {

  private static final String HALF_OPEN = "(";

  /** A variant: its name in changes.csv and the rewritten name. */
  record Variant(String kind, String name) {}

  private enum Kind {
    WIDTH(LicenceNameVariants::width),
    BRACKET(LicenceNameVariants::bracket),
    ORG_FORM(NameVariants::swapOrgForm),
    TRADITIONAL(Traditional::convert);

    private final UnaryOperator<String> rewrite;

    Kind(UnaryOperator<String> rewrite) {
      this.rewrite = rewrite;
    }
  }

  private LicenceNameVariants() {}

  /**
   * A variant of {@code name} that differs from it, starting from a random kind and trying the
   * others in turn; empty when no kind changes the name (or the name is empty).
   */
  static Optional<Variant> pick(String name, SplittableRandom r) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Kind[] kinds = Kind.values();
    int start = r.nextInt(kinds.length);
    for (int k = 0; k < kinds.length; k++) {
      Kind kind = kinds[(start + k) % kinds.length];
      String variant = kind.rewrite.apply(name);
      if (!variant.equals(name)) {
        return Optional.of(new Variant(kind.name().toLowerCase(Locale.ROOT), variant));
      }
    }
    return Optional.empty();
  }

  /** The brackets in the other width; the name itself when it has none. */
  private static String width(String name) {
    return name.contains(NameParts.OPEN) || name.contains(HALF_OPEN) ? NameVariants.swapWidth(name) : name;
  }

  /**
   * 宏达贸易（杭州）有限公司 → 杭州宏达贸易有限公司 and back, for a company name (not a branch) whose region
   * the parser finds; the name itself otherwise.
   */
  private static String bracket(String name) {
    CompanyName parsed = CompanyNameParser.standard().parse(name);
    String region = parsed.region();
    if (region == null || parsed.form() == null || parsed.isBranch() || parsed.form().kind() != OrgFormKind.COMPANY) {
      return name;
    }
    String bracketed = NameParts.OPEN + region + NameParts.CLOSE;
    if (name.contains(bracketed)) {
      return region + name.replace(bracketed, "");
    }
    if (!name.startsWith(region)) {
      return name;
    }
    String rest = name.substring(region.length());
    int form = rest.lastIndexOf(parsed.form().written());
    if (form < CompanyNameParser.MIN_TRADE_NAME_LENGTH) {
      return name;
    }
    return rest.substring(0, form) + bracketed + rest.substring(form);
  }
}
