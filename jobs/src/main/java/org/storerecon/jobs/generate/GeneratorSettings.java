package org.storerecon.jobs.generate;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storerecon.common.contract.Contract;

/**
 * Every knob of the synthetic data generator, read from the {@code storerecon.generate} block of
 * {@code conf/application.conf} (which documents each key and its default). Immutable and
 * serialisable, so Spark tasks receive it in their closures.
 *
 * @param rowsPerSlice rows one Spark task writes into one part file (does not change the output)
 * @param categories main categories with their Nice classes and industry words
 * @param entities registry phenomena
 * @param shops shop phenomena
 * @param brands protected brands and their use in shop names
 * @param dirty CSV faults of {@code --dirty}
 */
public record GeneratorSettings(
    int rowsPerSlice, List<Category> categories, Entities entities, Shops shops, Brands brands, Dirty dirty)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_NICE_CLASS = 45;

  public GeneratorSettings {
    categories = List.copyOf(categories);
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(shops, "shops");
    Objects.requireNonNull(brands, "brands");
    Objects.requireNonNull(dirty, "dirty");
  }

  /**
   * Reads and validates the settings.
   *
   * @param generate the {@code storerecon.generate} block
   * @throws ConfigException.BadValue naming the full key of a value out of range
   */
  public static GeneratorSettings from(Config generate) {
    SettingsReader r = new SettingsReader(generate);
    return new GeneratorSettings(r.count("rows-per-slice", 1), categories(r), Entities.from(r.block("entities")),
        Shops.from(r.block("shops")), Brands.from(r.block("brands")), Dirty.from(r.block("dirty")));
  }

  private static List<Category> categories(SettingsReader r) {
    List<Category> out = new ArrayList<>();
    List<? extends Config> list = r.config().getConfigList("categories");
    if (list.isEmpty()) {
      throw r.bad("categories", "must list at least one category");
    }
    for (int i = 0; i < list.size(); i++) {
      Config c = list.get(i);
      String key = r.key("categories") + "[" + i + "]";
      List<Integer> classes = c.getIntList("nice-classes");
      if (classes.isEmpty() || classes.stream().anyMatch(n -> n < 1 || n > MAX_NICE_CLASS)) {
        throw new ConfigException.BadValue(c.origin(), key + ".nice-classes", "must list Nice classes between 1 and " + MAX_NICE_CLASS);
      }
      List<String> industries = c.getStringList("industries");
      if (industries.isEmpty()) {
        throw new ConfigException.BadValue(c.origin(), key + ".industries", "must list at least one industry word");
      }
      out.add(new Category(c.getString("name"), classes, industries));
    }
    return out;
  }

  /** A named share (platform, brand tier). */
  public record Share(String name, double share) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A main category.
   *
   * @param name category label as platforms show it (女装)
   * @param niceClasses Nice classes its goods fall in
   * @param industries industry words for registered names of entities selling it (服饰)
   */
  public record Category(String name, List<Integer> niceClasses, List<String> industries) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Category {
      Objects.requireNonNull(name, "name");
      niceClasses = List.copyOf(niceClasses);
      industries = List.copyOf(industries);
    }
  }

  /** Registry phenomena; see {@code storerecon.generate.entities} in the configuration. */
  public record Entities(
      double individualRate, double cooperativeRate, double partnershipRate, double branchRate,
      double provinceRegionRate, double threeCharTradeNameRate, double individualPersonNameRate,
      double salesOfficeRate, double bracketedRegionRate, double formerNameRate, double legacyRegNoOnlyRate, double regNoWithUsccRate,
      double deregisteredRate, double revokedRate, double movedOutRate, double confuserRate,
      double confuserOneCharRate, double landlineRate, double missingPhoneRate,
      LocalDate establishedFrom, LocalDate establishedUntil) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Entities from(SettingsReader r) {
      LocalDate from = r.date("established-from");
      LocalDate until = r.date("established-until");
      if (until.isBefore(from)) {
        throw r.bad("established-until", "must not be before established-from");
      }
      Entities e = new Entities(r.rate("individual-rate"), r.rate("cooperative-rate"), r.rate("partnership-rate"),
          r.rate("branch-rate"), r.rate("province-region-rate"), r.rate("three-char-trade-name-rate"),
          r.rate("individual-person-name-rate"), r.rate("sales-office-rate"), r.rate("bracketed-region-rate"), r.rate("former-name-rate"),
          r.rate("legacy-reg-no-only-rate"), r.rate("reg-no-with-uscc-rate"), r.rate("deregistered-rate"),
          r.rate("revoked-rate"), r.rate("moved-out-rate"), r.rate("confuser-rate"), r.rate("confuser-one-char-rate"),
          r.rate("landline-rate"), r.rate("missing-phone-rate"), from, until);
      r.requireSumAtMostOne("entity kinds", "individual-rate", "cooperative-rate", "partnership-rate", "branch-rate");
      r.requireSumAtMostOne("entity statuses", "deregistered-rate", "revoked-rate", "moved-out-rate");
      return e;
    }
  }

  /** Shop phenomena; see {@code storerecon.generate.shops} in the configuration. */
  public record Shops(
      List<Share> platforms, double individualSellerRate, double unregisteredOperatorRate,
      double codeMistypeRate, double nameOnlyRate, double noLicenceRate, double licenceMisuseRate,
      NameVariants nameVariants, double legalRepShownRate, double phoneShownRate, double addressShownRate,
      double closedRate, double chineseShopTypeRate, double missingShopTypeRate, double missingCategoryRate,
      LocalDate openedFrom, LocalDate openedUntil) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Shops {
      platforms = List.copyOf(platforms);
    }

    static Shops from(SettingsReader r) {
      LocalDate from = r.date("opened-from");
      LocalDate until = r.date("opened-until");
      if (until.isBefore(from)) {
        throw r.bad("opened-until", "must not be before opened-from");
      }
      List<Share> platforms = r.shares("platforms");
      for (Share p : platforms) {
        if (!p.name().matches("[a-z0-9_]+")) {
          throw r.bad("platforms", "platform codes must be lower-case ASCII identifiers: " + p.name());
        }
      }
      Shops shops = new Shops(platforms, r.rate("individual-seller-rate"), r.rate("unregistered-operator-rate"),
          r.rate("code-mistype-rate"), r.rate("name-only-rate"), r.rate("no-licence-rate"), r.rate("licence-misuse-rate"),
          NameVariants.from(r.block("name-variants")), r.rate("legal-rep-shown-rate"), r.rate("phone-shown-rate"),
          r.rate("address-shown-rate"), r.rate("closed-rate"), r.rate("chinese-shop-type-rate"),
          r.rate("missing-shop-type-rate"), r.rate("missing-category-rate"), from, until);
      r.requireSumAtMostOne("shop operators", "individual-seller-rate", "unregistered-operator-rate");
      r.requireSumAtMostOne("licence display", "code-mistype-rate", "name-only-rate", "no-licence-rate", "licence-misuse-rate");
      return shops;
    }
  }

  /** Independent chances of each variant of the registered name on name-only shops. */
  public record NameVariants(
      double width, double bracket, double traditional, double droppedRegion, double orgForm, double formerName)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static NameVariants from(SettingsReader r) {
      return new NameVariants(r.rate("width"), r.rate("bracket"), r.rate("traditional"), r.rate("dropped-region"),
          r.rate("org-form"), r.rate("former-name"));
    }
  }

  /** Protected brands and their use; see {@code storerecon.generate.brands} in the configuration. */
  public record Brands(
      int count, List<Share> tiers, double latinRate, double twoLetterRate, int maxLicensees, int maxExtraClasses,
      double usageRate, Usage usage, double unrelatedSameCategoryRate, double obfuscatedRate,
      double substringTrapRate, List<String> claimWords) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Brands {
      tiers = List.copyOf(tiers);
      claimWords = List.copyOf(claimWords);
    }

    static Brands from(SettingsReader r) {
      List<Share> tiers = r.shares("tiers");
      for (Share t : tiers) {
        if (!Contract.BRAND_TIERS.containsValue(t.name())) {
          throw r.bad("tiers", "unknown brand tier " + t.name() + "; expected one of " + Contract.BRAND_TIERS.values());
        }
      }
      return new Brands(r.count("count", 1), tiers, r.rate("latin-rate"), r.rate("two-letter-rate"),
          r.count("max-licensees", 0), r.count("max-extra-classes", 0), r.rate("usage-rate"),
          Usage.from(r.block("usage")), r.rate("unrelated-same-category-rate"), r.rate("obfuscated-rate"),
          r.rate("substring-trap-rate"), r.texts("claim-words"));
    }
  }

  /** How shops that use a brand relate to it; shares summing to 1. */
  public record Usage(double owner, double licensee, double unrelatedClaim, double unrelatedDescriptive)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Usage from(SettingsReader r) {
      Usage u = new Usage(r.rate("owner"), r.rate("licensee"), r.rate("unrelated-claim"), r.rate("unrelated-descriptive"));
      r.requireSumOne("owner", u.owner + u.licensee + u.unrelatedClaim + u.unrelatedDescriptive);
      return u;
    }
  }

  /** CSV faults of {@code --dirty}; counts are records per fault. */
  public record Dirty(
      boolean bom, boolean crlf, int quotedFields, int emptyKey, int duplicateExact, int duplicateReduced,
      int extraColumns, int invalidUtf8, int badDate, List<String> badDates, int fieldTooLong,
      int fieldTooLongLength, int badEnum, String badShopType, String badStatus, int brokenQuote)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public Dirty {
      badDates = List.copyOf(badDates);
    }

    static Dirty from(SettingsReader r) {
      return new Dirty(r.flag("bom"), r.flag("crlf"), r.count("quoted-fields", 0), r.count("empty-key", 0),
          r.count("duplicate-exact", 0), r.count("duplicate-reduced", 0), r.count("extra-columns", 0),
          r.count("invalid-utf8", 0), r.count("bad-date", 0), r.texts("bad-dates"), r.count("field-too-long", 0),
          r.count("field-too-long-length", 1), r.count("bad-enum", 0), r.text("bad-shop-type"), r.text("bad-status"),
          r.count("broken-quote", 0, 1));
    }
  }
}
