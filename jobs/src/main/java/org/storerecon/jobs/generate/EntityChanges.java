package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.name.CompanyNameParser;

/**
 * Changes one registry record the way the registry changes from one night to the next, never its
 * codes (uscc, reg_no): deregistered or revoked (an active or moved-out entity), a new address in
 * its county, a new legal representative, a new phone, or a rename — a new 字号 in the same name
 * pattern, the old name first in former_names. Shops keep their operator: labels name the
 * entity by its code. Brand owners and licensees are not renamed, so that brands.csv, copied
 * unchanged, still names its owners right; branches are not renamed (their name is their
 * parent's).
 */
final class EntityChanges implements Serializable {

  private static final long serialVersionUID = 1L;
  /** How many values to draw before giving up on one that differs from the old. */
  private static final int TRIES = 8;
  private static final Set<String> CAN_END = Set.of(EntityFactory.ACTIVE, EntityFactory.MOVED_OUT, "");
  private static final String[] ENDS = {EntityFactory.DEREGISTERED, EntityFactory.REVOKED};

  private enum Kind {
    STATUS,
    ADDRESS,
    LEGAL_REP,
    PHONE,
    RENAME
  }

  private final Set<String> brandParties;
  private final double threeCharTradeNameRate;

  /**
   * @param brandParties registry keys of brand owners and licensees (not renamed)
   * @param threeCharTradeNameRate share of new 字号 with three characters (as the generator's)
   */
  EntityChanges(Set<String> brandParties, double threeCharTradeNameRate) {
    this.brandParties = Set.copyOf(brandParties);
    this.threeCharTradeNameRate = threeCharTradeNameRate;
  }

  /**
   * Changes {@code record} in place: a kind drawn from {@code r}, or the next one that applies (a
   * new legal representative always does); counts {@code entity_changed.<kind>} in {@code c}.
   *
   * @return the changes.csv detail
   */
  String apply(String[] record, SplittableRandom r, Counters c) {
    Kind[] kinds = Kind.values();
    int start = r.nextInt(kinds.length);
    for (int k = 0; k < kinds.length; k++) {
      Kind kind = kinds[(start + k) % kinds.length];
      Optional<String> detail = switch (kind) {
        case STATUS -> status(record, r);
        case ADDRESS -> county(record).flatMap(county -> replace(record, EntityColumns.ADDRESS, () -> People.address(r, county)));
        case LEGAL_REP -> replace(record, EntityColumns.LEGAL_REP, () -> People.personName(r));
        case PHONE -> replace(record, EntityColumns.PHONE, () -> phone(record, r));
        case RENAME -> rename(record, r);
      };
      if (detail.isPresent()) {
        c.add(ChangeKind.ENTITY_CHANGED.code() + "." + kind.name().toLowerCase(Locale.ROOT));
        return detail.get();
      }
    }
    throw new IllegalStateException("A legal representative change always applies");
  }

  private static Optional<String> status(String[] record, SplittableRandom r) {
    String old = record[EntityColumns.STATUS];
    if (!CAN_END.contains(old)) {
      return Optional.empty();
    }
    record[EntityColumns.STATUS] = ENDS[r.nextInt(ENDS.length)];
    return Optional.of(ChangeDetail.of(EntityColumns.NAMES.get(EntityColumns.STATUS), old, record[EntityColumns.STATUS]));
  }

  private static Optional<Regions.County> county(String[] record) {
    return Regions.bundled().byCode(record[EntityColumns.DIVISION_CODE]);
  }

  /** A landline of the entity's county or a mobile, half each; a mobile when the county is unknown. */
  private static String phone(String[] record, SplittableRandom r) {
    Optional<Regions.County> county = county(record);
    return county.isPresent() && r.nextBoolean() ? People.landline(r, county.get().areaCode()) : People.mobile(r);
  }

  /** Sets the column to the first drawn value that differs from the old one. */
  private static Optional<String> replace(String[] record, int column, Supplier<String> draw) {
    String old = record[column];
    for (int t = 0; t < TRIES; t++) {
      String value = draw.get();
      if (!value.equals(old)) {
        record[column] = value;
        return Optional.of(ChangeDetail.of(EntityColumns.NAMES.get(column), old, value));
      }
    }
    return Optional.empty();
  }

  private Optional<String> rename(String[] record, SplittableRandom r) {
    String name = record[EntityColumns.NAME];
    if (EntityKind.BRANCH.code().equals(record[EntityColumns.ENTITY_TYPE]) || brandParties.contains(EntityColumns.key(record))) {
      return Optional.empty();
    }
    String tradeName = CompanyNameParser.standard().parse(name).tradeName();
    int at = name.indexOf(tradeName);
    if (tradeName.length() < CompanyNameParser.MIN_TRADE_NAME_LENGTH || at < 0) {
      return Optional.empty();
    }
    String formers = record[EntityColumns.FORMER_NAMES];
    List<String> taken = List.of(formers.split(Pattern.quote(Contract.LIST_SEPARATOR)));
    for (int t = 0; t < TRIES; t++) {
      String renamed = name.substring(0, at) + People.tradeName(r, threeCharTradeNameRate) + name.substring(at + tradeName.length());
      if (!renamed.equals(name) && !taken.contains(renamed)) {
        record[EntityColumns.NAME] = renamed;
        record[EntityColumns.FORMER_NAMES] = formers.isEmpty() ? name : name + Contract.LIST_SEPARATOR + formers;
        return Optional.of(ChangeDetail.of(EntityColumns.NAMES.get(EntityColumns.NAME), name, renamed));
      }
    }
    return Optional.empty();
  }
}
