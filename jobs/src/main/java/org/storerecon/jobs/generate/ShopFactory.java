package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Builds shops as pure functions of (seed, index). A shop's operator is a registry entity chosen
 * by index (rebuilt through {@link EntityFactory}, no join), an operator that is not in the
 * registry, or an individual seller without licence data; brand-using shops are run by the
 * brand's owner, a licensee or an unrelated operator. Every phenomenon is counted.
 */
final class ShopFactory implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String OPEN = "open";
  static final String CLOSED = "closed";
  private static final String INDIVIDUAL = "individual";
  private static final String ENTERPRISE = "enterprise";
  private static final String FLAGSHIP = "flagship";
  private static final String FRANCHISE = "franchise";
  private static final String SHOP_WORD = "店";
  /** Values of {@code labels.identity_shown}; all but the code ones are also manifest counter suffixes. */
  private static final String SHOWS_CODE = "code";
  private static final String SHOWS_CODE_REG_NO = "code_reg_no";
  private static final String SHOWS_CODE_MISTYPED = "code_mistyped";
  private static final String SHOWS_NAME_ONLY = "name_only";
  private static final String SHOWS_NO_LICENCE = "no_licence";
  private static final String SHOWS_LICENCE_MISUSE = "licence_misuse";
  private static final String SHOWS_NONE = "none";

  /** Who runs a shop. */
  private enum Operator {
    REGISTERED,
    UNREGISTERED,
    INDIVIDUAL_SELLER
  }

  /** How a shop name uses a brand. */
  private enum Usage {
    NONE,
    OWNER,
    LICENSEE,
    UNRELATED_CLAIM,
    UNRELATED_DESCRIPTIVE;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final long seed;
  private final GeneratorSettings settings;
  private final EntityFactory entities;
  private final List<Brand> brands;
  private final Codes codes;

  ShopFactory(long seed, GeneratorSettings settings, EntityFactory entities, List<Brand> brands) {
    this.seed = seed;
    this.settings = settings;
    this.entities = entities;
    this.brands = List.copyOf(brands);
    this.codes = new Codes(seed);
  }

  /** Shop {@code index}, counting its phenomena into {@code c}. */
  SyntheticShop shop(long index, Counters c) {
    GeneratorSettings.Shops s = settings.shops();
    SplittableRandom r = Rng.row(seed, Rng.Stream.SHOP, index);
    String platform = s.platforms().get(Rng.weighted(r, s.platforms())).name();
    c.add("shops.total");
    c.add("shops.platform." + platform);

    Brand brand = null;
    Usage usage = Usage.NONE;
    if (!brands.isEmpty() && Rng.chance(r, settings.brands().usageRate())) {
      brand = Rng.pick(r, brands);
      usage = usage(r);
      if (usage == Usage.LICENSEE && brand.licensees().isEmpty()) {
        usage = Usage.OWNER;
      }
    }

    Operator operator;
    SyntheticEntity entity;
    if (usage == Usage.OWNER) {
      operator = Operator.REGISTERED;
      entity = entities.entity(brand.owner());
    } else if (usage == Usage.LICENSEE) {
      operator = Operator.REGISTERED;
      entity = entities.entity(Rng.pick(r, brand.licensees()));
    } else {
      double u = r.nextDouble();
      if (u < s.individualSellerRate()) {
        operator = Operator.INDIVIDUAL_SELLER;
        entity = null;
      } else if (u < s.individualSellerRate() + s.unregisteredOperatorRate()) {
        operator = Operator.UNREGISTERED;
        entity = entities.unregistered(index);
      } else {
        operator = Operator.REGISTERED;
        entity = entities.entity(r.nextLong(entities.count()));
      }
    }
    c.add("shops.operator." + operator.name().toLowerCase(java.util.Locale.ROOT));

    int category = category(r, usage, brand, entity);
    GeneratorSettings.Category cat = settings.categories().get(category);
    String shopType = shopType(r, usage, operator, platform, entity);

    String brandText = "";
    if (brand != null) {
      brandText = brand.name();
      c.add("brands.usage." + usage.key());
      if ((usage == Usage.UNRELATED_CLAIM || usage == Usage.UNRELATED_DESCRIPTIVE)
          && Rng.chance(r, settings.brands().obfuscatedRate())) {
        Obfuscation[] kinds = Obfuscation.forBrand(brand);
        Obfuscation o = kinds[r.nextInt(kinds.length)];
        String disguised = o.apply(brand.name());
        if (!disguised.equals(brandText)) {
          brandText = disguised;
          c.add("brands.usage.obfuscated." + o.key());
        }
      }
    }
    String core = entity == null ? nickname(r) : entity.parts().tradeName();
    String name = shopName(r, usage, brandText, core, cat, shopType, c);

    String[] f = new String[ShopColumns.NAMES.size()];
    Arrays.fill(f, "");
    f[ShopColumns.PLATFORM] = platform;
    f[ShopColumns.SHOP_ID] = codes.shopId(index);
    f[ShopColumns.SHOP_NAME] = name;
    f[ShopColumns.SHOP_TYPE] = shopTypeLabel(r, shopType, c);
    f[ShopColumns.MAIN_CATEGORY] = Rng.chance(r, s.missingCategoryRate()) ? count(c, "shops.main_category.missing", "") : cat.name();
    String identityShown;
    if (entity != null) {
      identityShown = licence(r, entity, operator, f, c);
    } else {
      identityShown = SHOWS_NONE;
      c.add("shops.individual_no_licence");
    }
    LocalDate from = entity != null && entity.establishedOn().isAfter(s.openedFrom()) ? entity.establishedOn() : s.openedFrom();
    f[ShopColumns.OPENED_ON] = Rng.date(r, from.isAfter(s.openedUntil()) ? s.openedUntil() : from, s.openedUntil()).toString();
    boolean closed = Rng.chance(r, s.closedRate());
    f[ShopColumns.STATUS] = closed ? CLOSED : OPEN;
    if (closed) {
      c.add("shops.status.closed");
    }

    String labelKey = operator == Operator.REGISTERED ? entity.key() : "";
    if (operator == Operator.REGISTERED) {
      if (entity.legacyOnly()) {
        c.add("labels.reg_no_key");
      }
      if (!EntityFactory.ACTIVE.equals(entity.status()) && !closed) {
        c.add("shops.open_with_inactive_operator." + entity.status());
      }
      if (entity.confuser() != SyntheticEntity.Confuser.NONE) {
        c.add("shops.operator_is_confuser");
      }
    } else {
      c.add("labels.not_registered");
    }

    Optional<SyntheticShop.BrandLabel> brandLabel = Optional.empty();
    if (brand != null) {
      LeadRule.Relation relation = operator == Operator.REGISTERED ? LeadRule.relation(brand, entity.index())
          : LeadRule.Relation.UNRELATED;
      boolean lead = LeadRule.lead(relation, brand, cat, name, settings.brands().claimWords());
      c.add("brand_labels.relation." + relation.name().toLowerCase(java.util.Locale.ROOT));
      c.add(lead ? "brand_labels.lead_true" : "brand_labels.lead_false");
      if (!LeadRule.inScope(brand, cat)) {
        c.add("brand_labels.out_of_scope");
      }
      brandLabel = Optional.of(new SyntheticShop.BrandLabel(brand.id(), lead));
    }
    return new SyntheticShop(List.of(f), labelKey, identityShown, brandLabel);
  }

  private Usage usage(SplittableRandom r) {
    GeneratorSettings.Usage u = settings.brands().usage();
    double x = r.nextDouble();
    if (x < u.owner()) {
      return Usage.OWNER;
    }
    if (x < u.owner() + u.licensee()) {
      return Usage.LICENSEE;
    }
    return x < u.owner() + u.licensee() + u.unrelatedClaim() ? Usage.UNRELATED_CLAIM : Usage.UNRELATED_DESCRIPTIVE;
  }

  private int category(SplittableRandom r, Usage usage, Brand brand, SyntheticEntity entity) {
    int any = r.nextInt(settings.categories().size());
    return switch (usage) {
      case OWNER, LICENSEE -> brand.category();
      case UNRELATED_CLAIM, UNRELATED_DESCRIPTIVE ->
          Rng.chance(r, settings.brands().unrelatedSameCategoryRate()) ? brand.category() : any;
      case NONE -> entity == null ? any : entity.category();
    };
  }

  private static String shopType(SplittableRandom r, Usage usage, Operator operator, String platform,
      SyntheticEntity entity) {
    if (usage == Usage.OWNER) {
      return FLAGSHIP;
    }
    if (usage == Usage.LICENSEE) {
      return FRANCHISE;
    }
    if (operator == Operator.INDIVIDUAL_SELLER) {
      return INDIVIDUAL;
    }
    String type = Rng.pick(r, Vocabulary.PLATFORM_SHOP_TYPES.getOrDefault(platform, Vocabulary.ANY_SHOP_TYPES));
    // Only natural persons and 个体工商户 run 个人店; companies run 企业店.
    return INDIVIDUAL.equals(type) && entity != null && entity.kind() != EntityKind.INDIVIDUAL ? ENTERPRISE : type;
  }

  private String shopTypeLabel(SplittableRandom r, String shopType, Counters c) {
    GeneratorSettings.Shops s = settings.shops();
    if (Rng.chance(r, s.missingShopTypeRate())) {
      return count(c, "shops.shop_type.missing", "");
    }
    if (Rng.chance(r, s.chineseShopTypeRate())) {
      return count(c, "shops.shop_type.chinese_label", Vocabulary.SHOP_TYPE_LABELS.get(shopType));
    }
    return shopType;
  }

  private String shopName(SplittableRandom r, Usage usage, String brandText, String core,
      GeneratorSettings.Category cat, String shopType, Counters c) {
    return switch (usage) {
      case OWNER -> brandText + Rng.pick(r, Vocabulary.OWNER_SUFFIXES);
      case LICENSEE -> brandText + cat.name() + Rng.pick(r, Vocabulary.LICENSEE_SUFFIXES);
      case UNRELATED_CLAIM -> brandText + (r.nextBoolean() ? cat.name() : "")
          + Rng.pick(r, settings.brands().claimWords()) + SHOP_WORD;
      case UNRELATED_DESCRIPTIVE -> core + brandText + Rng.pick(r, Vocabulary.DESCRIPTIVE_WORDS) + SHOP_WORD;
      case NONE -> ordinaryName(r, core, cat, shopType, c);
    };
  }

  private String ordinaryName(SplittableRandom r, String core, GeneratorSettings.Category cat, String shopType, Counters c) {
    String suffix = Rng.pick(r, Vocabulary.SHOP_SUFFIXES.get(shopType));
    if (Rng.chance(r, settings.brands().substringTrapRate())) {
      List<Brand> traps = brands.stream().filter(b -> !b.trapWords().isEmpty()).toList();
      if (!traps.isEmpty()) {
        Brand b = Rng.pick(r, traps);
        c.add("brands.usage.substring_trap");
        return core + Rng.pick(r, b.trapWords()) + cat.name() + suffix;
      }
    }
    return core + cat.name() + suffix;
  }

  private static String nickname(SplittableRandom r) {
    return Rng.pick(r, Vocabulary.NICK_WORDS);
  }

  /**
   * Fills licence name, code, legal rep, phone and address as the shop displays them; returns
   * what it shows ({@link SyntheticShop#identityShown()}).
   */
  private String licence(SplittableRandom r, SyntheticEntity e, Operator operator, String[] f, Counters c) {
    GeneratorSettings.Shops s = settings.shops();
    double u = r.nextDouble();
    String prefix = operator == Operator.UNREGISTERED ? "shops.unregistered." : "shops.";
    String shown;
    if (u < s.codeMistypeRate()) {
      f[ShopColumns.LICENSE_CODE] = Codes.mistype(e.key(), r);
      f[ShopColumns.LICENSE_NAME] = e.name();
      shown = SHOWS_CODE_MISTYPED;
    } else if (u < s.codeMistypeRate() + s.nameOnlyRate()) {
      f[ShopColumns.LICENSE_NAME] = NameVariants.licenceName(e, r, s.nameVariants(), c);
      shown = SHOWS_NAME_ONLY;
    } else if (u < s.codeMistypeRate() + s.nameOnlyRate() + s.noLicenceRate()) {
      c.add(prefix + SHOWS_NO_LICENCE);
      return SHOWS_NO_LICENCE;
    } else if (u < s.codeMistypeRate() + s.nameOnlyRate() + s.noLicenceRate() + s.licenceMisuseRate()) {
      SyntheticEntity other = entities.entity(r.nextLong(entities.count()));
      f[ShopColumns.LICENSE_CODE] = other.key();
      f[ShopColumns.LICENSE_NAME] = e.name();
      shown = SHOWS_LICENCE_MISUSE;
    } else {
      f[ShopColumns.LICENSE_CODE] = e.key();
      f[ShopColumns.LICENSE_NAME] = e.name();
      c.add(prefix + (e.legacyOnly() ? "code_shown.reg_no" : "code_shown"));
      shown = e.legacyOnly() ? SHOWS_CODE_REG_NO : SHOWS_CODE;
    }
    if (!shown.equals(SHOWS_CODE) && !shown.equals(SHOWS_CODE_REG_NO)) {
      c.add(prefix + shown);
    }
    if (Rng.chance(r, s.legalRepShownRate())) {
      f[ShopColumns.LEGAL_REP] = e.legalRep();
    }
    if (Rng.chance(r, s.phoneShownRate())) {
      f[ShopColumns.PHONE] = e.phone().isEmpty() ? People.mobile(r) : e.phone();
    }
    if (Rng.chance(r, s.addressShownRate())) {
      f[ShopColumns.ADDRESS] = e.address();
    }
    return shown;
  }

  private static String count(Counters c, String key, String value) {
    c.add(key);
    return value;
  }

  Codes codes() {
    return codes;
  }
}
