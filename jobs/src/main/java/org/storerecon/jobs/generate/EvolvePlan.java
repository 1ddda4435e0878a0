package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.util.SplittableRandom;
import org.storerecon.jobs.config.EvolveConfig;

/**
 * Which rows {@code evolve} changes, for one (seed, day, rates). Each row has its own generator
 * ({@link RowDraw}, keyed by {@code platform TAB shop_id} for shops and by the registry key for
 * entities); its first draw {@code u} decides the row's fate, later draws how it changes:
 *
 * <ul>
 *   <li>shops: {@code u < removed} removed; {@code < removed + closed} closed; {@code < removed +
 *       closed + changed} changed; otherwise kept;
 *   <li>entities: {@code u < changed-entities} changed.
 * </ul>
 *
 * <p>So the fate of a row is a pure function of (seed, day, key): the labels passes find the
 * removed shops without seeing shops.csv, and a rerun changes the same rows in the same way.
 */
final class EvolvePlan implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final char KEY_SEPARATOR = '\t';

  private final long seed;
  private final int day;
  private final EvolveConfig rates;

  EvolvePlan(long seed, int day, EvolveConfig rates) {
    this.seed = seed;
    this.day = day;
    this.rates = rates;
  }

  /** The key of a shop: {@code platform TAB shop_id}. */
  static String shopKey(String platform, String shopId) {
    return platform + KEY_SEPARATOR + shopId;
  }

  /** The generator of one shop, before its first draw. */
  SplittableRandom shop(String platform, String shopId) {
    return RowDraw.of(seed, day, RowDraw.Stream.SHOP, shopKey(platform, shopId));
  }

  /** The fate of a shop, from the first draw of its {@link #shop} generator. */
  ShopFate fate(SplittableRandom shop) {
    double u = shop.nextDouble();
    double bound = rates.removedShops();
    if (u < bound) {
      return ShopFate.REMOVED;
    }
    bound += rates.closedShops();
    if (u < bound) {
      return ShopFate.CLOSED;
    }
    bound += rates.changedShops();
    return u < bound ? ShopFate.CHANGED : ShopFate.KEEP;
  }

  /** The fate of the shop with this key. */
  ShopFate fate(String platform, String shopId) {
    return fate(shop(platform, shopId));
  }

  /** The generator of one entity, by its registry key (USCC, else reg_no), before its first draw. */
  SplittableRandom entity(String key) {
    return RowDraw.of(seed, day, RowDraw.Stream.ENTITY, key);
  }

  /** Whether an entity changes, from the first draw of its {@link #entity} generator. */
  boolean changed(SplittableRandom entity) {
    return entity.nextDouble() < rates.changedEntities();
  }

  int day() {
    return day;
  }

  long seed() {
    return seed;
  }
}
