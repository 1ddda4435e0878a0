package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds registry entities as pure functions of (seed, index): any task, and the shop generator,
 * can rebuild entity {@code i} without a join. Indices at or beyond the registry size give
 * operators that are not in the registry (plausible names and codes that entities.csv lacks).
 *
 * <p>Brand owners get their brand as 字号 through {@link TradeNameOverride}s, so that
 * 张小泉 is owned by a company called …张小泉刀剪有限公司.
 */
final class EntityFactory implements Serializable {

  private static final long serialVersionUID = 1L;
  /** USCCs replaced registration numbers from 1 October 2015; legacy-only entities are older. */
  private static final LocalDate USCC_REFORM = LocalDate.of(2015, 10, 1);
  private static final int MAX_FORMER_NAMES = 2;
  private static final String ENUMERATION = "、";
  private static final String SALES = "销售";
  /** Contract entity status codes. */
  static final String ACTIVE = "active";
  static final String DEREGISTERED = "deregistered";
  static final String REVOKED = "revoked";
  static final String MOVED_OUT = "moved_out";

  /**
   * A brand owner's 字号 and main category, replacing the generated ones.
   *
   * @param tradeName the brand, used as 字号; empty to keep the generated one (Latin brands)
   * @param category index of the brand's main category
   */
  record TradeNameOverride(String tradeName, int category) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final long seed;
  private final long count;
  private final GeneratorSettings.Entities settings;
  private final List<GeneratorSettings.Category> categories;
  private final Map<Long, TradeNameOverride> overrides;
  private final Codes codes;

  EntityFactory(long seed, long count, GeneratorSettings settings, Map<Long, TradeNameOverride> overrides) {
    this.seed = seed;
    this.count = count;
    this.settings = settings.entities();
    this.categories = settings.categories();
    this.overrides = Map.copyOf(overrides);
    this.codes = new Codes(seed);
  }

  /** Number of registry entities. */
  long count() {
    return count;
  }

  /**
   * The attributes of entity {@code i} that other entities (branches, confusers) and brand
   * ownership derive from, with the brand override applied.
   */
  Core core(long index) {
    SplittableRandom r = Rng.row(seed, Rng.Stream.ENTITY_CORE, index);
    double u = r.nextDouble();
    EntityKind kind = kindFor(u);
    boolean legacyOnly = Rng.chance(r, settings.legacyRegNoOnlyRate());
    String status = statusFor(r.nextDouble());
    int county = r.nextInt(Regions.bundled().size());
    int category = r.nextInt(categories.size());
    String industry = Rng.pick(r, categories.get(category).industries());
    String tradeName = People.tradeName(r, settings.threeCharTradeNameRate());
    TradeNameOverride o = overrides.get(index);
    if (o != null) {
      if (!o.tradeName().isEmpty()) {
        tradeName = o.tradeName();
      }
      category = o.category();
      industry = categories.get(category).industries().get(0);
    }
    return new Core(kind, legacyOnly, status, county, category, industry, tradeName, o != null);
  }

  /**
   * Core attributes of an entity.
   *
   * @param overridden whether a brand owner's override applies (such entities are never confusers)
   */
  record Core(EntityKind kind, boolean legacyOnly, String status, int county, int category, String industry,
      String tradeName, boolean overridden) {}

  /** Entity {@code index} of the registry. */
  SyntheticEntity entity(long index) {
    return build(index, core(index), Rng.row(seed, Rng.Stream.ENTITY, index), true);
  }

  /**
   * A newly registered entity with index {@code index} (outside the registry's {@code [0, count)}
   * and the unregistered operators' {@code [count, count + shops)}): built like entity
   * {@code index}, but active, with a USCC, without legacy reg_no or former names, established
   * {@code on}.
   */
  SyntheticEntity newlyRegistered(long index, LocalDate on) {
    Core c = core(index);
    Core fresh = new Core(c.kind(), false, ACTIVE, c.county(), c.category(), c.industry(), c.tradeName(), c.overridden());
    SyntheticEntity e = build(index, fresh, Rng.row(seed, Rng.Stream.ENTITY, index), true);
    return new SyntheticEntity(index, e.kind(), e.uscc(), "", e.parts(), List.of(), e.legalRep(), e.address(),
        e.county(), e.status(), on, e.phone(), e.businessScope(), e.category(), e.confuser());
  }

  /**
   * Operator {@code k} that is not in the registry: a company or individual business with a
   * plausible name and a USCC with valid check characters that no registry entity has.
   */
  SyntheticEntity unregistered(long k) {
    SplittableRandom r = Rng.row(seed, Rng.Stream.UNREGISTERED, k);
    EntityKind kind = Rng.chance(r, settings.individualRate()) ? EntityKind.INDIVIDUAL : EntityKind.COMPANY;
    int category = r.nextInt(categories.size());
    Core core = new Core(kind, false, ACTIVE, r.nextInt(Regions.bundled().size()), category,
        Rng.pick(r, categories.get(category).industries()), People.tradeName(r, settings.threeCharTradeNameRate()), false);
    return build(count + k, core, r, false);
  }

  private SyntheticEntity build(long index, Core core, SplittableRandom r, boolean registered) {
    Regions regions = Regions.bundled();
    Regions.County county = regions.county(core.county());
    String tradeName = core.tradeName();
    String industry = core.industry();
    int category = core.category();
    SyntheticEntity.Confuser confuser = SyntheticEntity.Confuser.NONE;
    EntityKind kind = core.kind();
    boolean canConfuse = registered && !core.overridden() && (kind == EntityKind.COMPANY || kind == EntityKind.INDIVIDUAL);
    if (canConfuse && Rng.chance(r, settings.confuserRate())) {
      long base = r.nextLong(count);
      Core model = core(base);
      industry = model.industry();
      category = model.category();
      if (Rng.chance(r, settings.confuserOneCharRate())) {
        tradeName = People.oneCharApart(r, model.tradeName());
        confuser = SyntheticEntity.Confuser.ONE_CHAR;
      } else {
        tradeName = model.tradeName();
        county = otherCity(regions, county, regions.county(model.county()), r);
        confuser = SyntheticEntity.Confuser.OTHER_CITY;
      }
    }
    String legalRep = People.personName(r);
    NameParts parts = nameParts(index, kind, county, tradeName, industry, legalRep, r);
    List<String> formers = Rng.chance(r, settings.formerNameRate()) && kind != EntityKind.BRANCH
        ? formerNames(parts, r) : List.of();
    String uscc = core.legacyOnly() ? "" : codes.uscc(kind.usccKind(), county.code(), index);
    String regNo = core.legacyOnly() || Rng.chance(r, settings.regNoWithUsccRate()) ? codes.regNo(county.code(), index) : "";
    LocalDate until = core.legacyOnly() ? USCC_REFORM.minusDays(1) : settings.establishedUntil();
    LocalDate established = Rng.date(r, settings.establishedFrom(), until.isBefore(settings.establishedFrom())
        ? settings.establishedFrom() : until);
    String phone;
    if (Rng.chance(r, settings.missingPhoneRate())) {
      phone = "";
    } else if (Rng.chance(r, settings.landlineRate())) {
      phone = People.landline(r, county.areaCode());
    } else {
      phone = People.mobile(r);
    }
    String scope = String.join(ENUMERATION, categories.get(category).industries()) + SALES + Vocabulary.SCOPE_TAIL;
    return new SyntheticEntity(index, kind, uscc, regNo, parts, formers, legalRep, People.address(r, county), county,
        core.status(), established, phone, scope, category, confuser);
  }

  private NameParts nameParts(long index, EntityKind kind, Regions.County county, String tradeName, String industry,
      String legalRep, SplittableRandom r) {
    String cityRegion = Rng.chance(r, settings.provinceRegionRate()) ? Regions.shorten(county.provinceName()) : county.regionShort();
    return switch (kind) {
      case COMPANY -> new NameParts(Rng.chance(r, settings.bracketedRegionRate()) ? NameParts.Style.BRACKETED : NameParts.Style.PREFIX,
          cityRegion, tradeName, industry, Rng.pick(r, Vocabulary.COMPANY_FORMS), "");
      case INDIVIDUAL -> new NameParts(NameParts.Style.PREFIX, r.nextBoolean() ? county.cityAndCounty() : county.name(),
          Rng.chance(r, settings.individualPersonNameRate()) ? People.personalTradeName(r, legalRep) : tradeName,
          industry, Rng.pick(r, Vocabulary.INDIVIDUAL_FORMS), "");
      case COOPERATIVE -> new NameParts(NameParts.Style.PREFIX, county.cityAndCounty(), tradeName, industry,
          Rng.pick(r, Vocabulary.COOPERATIVE_FORMS), "");
      case PARTNERSHIP -> new NameParts(NameParts.Style.PREFIX, cityRegion, tradeName, industry,
          Rng.pick(r, Vocabulary.PARTNERSHIP_FORMS), "");
      case BRANCH -> branchParts(index, county, r);
    };
  }

  /** A branch of another entity, named after the parent and its own place. */
  private NameParts branchParts(long index, Regions.County county, SplittableRandom r) {
    long parentIndex = r.nextLong(count);
    Core parent = core(parentIndex == index ? (parentIndex + 1) % count : parentIndex);
    Regions.County parentCounty = Regions.bundled().county(parent.county());
    String parentName = parentCounty.regionShort() + parent.tradeName() + parent.industry() + Vocabulary.LIMITED;
    String place = county.sameCity(parentCounty) ? Regions.shorten(county.name()) : county.regionShort();
    String form = Rng.chance(r, settings.salesOfficeRate()) ? Vocabulary.SALES_OFFICE : Vocabulary.BRANCH;
    return new NameParts(NameParts.Style.BRANCH, place, parent.tradeName(), parent.industry(), form, parentName);
  }

  private List<String> formerNames(NameParts parts, SplittableRandom r) {
    int n = 1 + r.nextInt(MAX_FORMER_NAMES);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      NameParts former = r.nextBoolean()
          ? new NameParts(parts.style(), parts.region(), parts.tradeName(), parts.industry(), Rng.pick(r, Vocabulary.OLD_FORMS), "")
          : new NameParts(parts.style(), parts.region(), People.tradeName(r, settings.threeCharTradeNameRate()),
              parts.industry(), parts.form(), "");
      String name = former.compose();
      if (!name.equals(parts.compose()) && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** A county in another city than {@code model}'s, starting from the entity's own. */
  private static Regions.County otherCity(Regions regions, Regions.County own, Regions.County model, SplittableRandom r) {
    Regions.County c = own;
    while (c.sameCity(model)) {
      c = regions.county(r.nextInt(regions.size()));
    }
    return c;
  }

  private EntityKind kindFor(double u) {
    double acc = settings.individualRate();
    if (u < acc) {
      return EntityKind.INDIVIDUAL;
    }
    acc += settings.cooperativeRate();
    if (u < acc) {
      return EntityKind.COOPERATIVE;
    }
    acc += settings.partnershipRate();
    if (u < acc) {
      return EntityKind.PARTNERSHIP;
    }
    acc += settings.branchRate();
    return u < acc ? EntityKind.BRANCH : EntityKind.COMPANY;
  }

  private String statusFor(double u) {
    double acc = settings.deregisteredRate();
    if (u < acc) {
      return DEREGISTERED;
    }
    acc += settings.revokedRate();
    if (u < acc) {
      return REVOKED;
    }
    acc += settings.movedOutRate();
    return u < acc ? MOVED_OUT : ACTIVE;
  }
}
