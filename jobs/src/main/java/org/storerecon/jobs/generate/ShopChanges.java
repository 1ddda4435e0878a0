package org.storerecon.jobs.generate;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Changes one shop record the way a shop's page changes from one night to the next, without
 * touching anything its ground truth depends on (platform, shop_id, shop_name, shop_type,
 * main_category, license_code, legal_rep, opened_on, status): a new phone, a new address in the
 * same county, or another way of writing the licence name ({@link LicenceNameVariants}). So the
 * shop keeps its operator and its brand labels.
 */
final class ShopChanges {

  /** How many new addresses to draw before giving up on one that differs from the old. */
  private static final int ADDRESS_TRIES = 8;

  private enum Kind {
    PHONE,
    ADDRESS,
    LICENCE_NAME
  }

  private ShopChanges() {}

  /**
   * Changes {@code record} in place: a kind drawn from {@code r}, or the next one that applies (a
   * phone always does); counts {@code shop_changed.<kind>} in {@code c}.
   *
   * @return the changes.csv detail
   */
  static String apply(String[] record, SplittableRandom r, Counters c) {
    Kind[] kinds = Kind.values();
    int start = r.nextInt(kinds.length);
    for (int k = 0; k < kinds.length; k++) {
      Kind kind = kinds[(start + k) % kinds.length];
      Optional<String> detail = switch (kind) {
        case PHONE -> Optional.of(phone(record, r));
        case ADDRESS -> address(record, r);
        case LICENCE_NAME -> licenceName(record, r);
      };
      if (detail.isPresent()) {
        c.add(ChangeKind.SHOP_CHANGED.code() + "." + kind.name().toLowerCase(Locale.ROOT));
        return detail.get();
      }
    }
    throw new IllegalStateException("A phone change always applies");
  }

  private static String phone(String[] record, SplittableRandom r) {
    String old = record[ShopColumns.PHONE];
    String phone;
    do {
      phone = People.mobile(r);
    } while (phone.equals(old));
    record[ShopColumns.PHONE] = phone;
    return ChangeDetail.of(ShopColumns.NAMES.get(ShopColumns.PHONE), old, phone);
  }

  /** A new address in the county the old one names; none when the shop shows no address of a known county. */
  private static Optional<String> address(String[] record, SplittableRandom r) {
    String old = record[ShopColumns.ADDRESS];
    Optional<Regions.County> county = Regions.bundled().byAddress(old);
    if (old.isEmpty() || county.isEmpty()) {
      return Optional.empty();
    }
    for (int t = 0; t < ADDRESS_TRIES; t++) {
      String address = People.address(r, county.get());
      if (!address.equals(old)) {
        record[ShopColumns.ADDRESS] = address;
        return Optional.of(ChangeDetail.of(ShopColumns.NAMES.get(ShopColumns.ADDRESS), old, address));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> licenceName(String[] record, SplittableRandom r) {
    String old = record[ShopColumns.LICENSE_NAME];
    return LicenceNameVariants.pick(old, r).map(v -> {
      record[ShopColumns.LICENSE_NAME] = v.name();
      return ChangeDetail.of(ShopColumns.NAMES.get(ShopColumns.LICENSE_NAME), v.kind(), old, v.name());
    });
  }
}
