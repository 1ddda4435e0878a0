package org.storerecon.common.address;

import java.util.List;
import java.util.Optional;
import org.storerecon.common.division.Division;
import org.storerecon.common.division.DivisionNames;
import org.storerecon.common.division.DivisionNames.Reading;
import org.storerecon.common.division.Divisions;
import org.storerecon.common.name.NameNormalizer;
import org.storerecon.common.text.DictionaryTrie;

/**
 * Finds the administrative division that an address (or a name) names.
 *
 * <p>A run of division names is read left to right, province → city → county, each name
 * narrowing the previous one. Levels may be dropped (杭州市西湖区, 浙江省义乌市), short forms are
 * accepted for provinces and cities (浙江杭州), and former district names resolve to their
 * current division (杭州市江干区 → 上城区). A name with several readings is resolved by the
 * enclosing division already read; with none, the higher level wins (吉林 → 吉林省), and among
 * equals the nearest common enclosing division is kept. Thread-safe; use {@link #bundled()}.
 */
public final class AddressDivisions {

  private static final AddressDivisions BUNDLED = new AddressDivisions(DivisionNames.bundled(), Divisions.bundled());

  private final DictionaryTrie<List<Reading>> trie;
  private final Divisions divisions;

  private AddressDivisions(DivisionNames names, Divisions divisions) {
    this.trie = names.trie();
    this.divisions = divisions;
  }

  /** The instance over the bundled division table. */
  public static AddressDivisions bundled() {
    return BUNDLED;
  }

  /**
   * The most specific division an address names: the first run of division names at the start
   * of the address (after an optional 中国), or else the first run starting with an official
   * province or city name anywhere in it. Empty when it names none.
   */
  public Optional<DivisionMatch> mostSpecific(String address) {
    if (address == null || address.isEmpty()) {
      return Optional.empty();
    }
    String text = NameNormalizer.standard().normalize(address);
    int start = text.startsWith("中国") ? 2 : 0;
    Optional<DivisionMatch> atStart = runAt(text, start, text.length());
    if (atStart.isPresent()) {
      return atStart;
    }
    for (int i = start + 1; i < text.length(); i++) {
      Optional<DivisionMatch> m = runAt(text, i, text.length(), true);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** The most specific division code an address names, or null (for Spark callers). */
  public String divisionCode(String address) {
    return mostSpecific(address).map(DivisionMatch::code).orElse(null);
  }

  /**
   * The run of division names starting exactly at {@code from} in an already normalised
   * text, ending at or before {@code limit}.
   */
  public Optional<DivisionMatch> runAt(CharSequence text, int from, int limit) {
    return runAt(text, from, limit, false);
  }

  private Optional<DivisionMatch> runAt(CharSequence text, int from, int limit, boolean officialHigherLevelStart) {
    Division current = null;
    int pos = from;
    while (pos < limit) {
      int[] lengths = trie.matchLengths(text, pos, from, limit);
      Division next = null;
      int nextLength = 0;
      for (int k = lengths.length - 1; k >= 0 && next == null; k--) {
        List<Reading> readings = trie.valueAt(text, pos, lengths[k]);
        if (current == null && officialHigherLevelStart) {
          readings = readings.stream()
              .filter(r -> r.form() == DivisionNames.Form.OFFICIAL && r.division().level() != Division.Level.COUNTY)
              .toList();
        }
        next = choose(readings, current);
        nextLength = lengths[k];
      }
      if (next == null) {
        break;
      }
      current = next;
      pos += nextLength;
      if (current.level() == Division.Level.COUNTY) {
        break;
      }
    }
    if (current == null) {
      return Optional.empty();
    }
    return Optional.of(new DivisionMatch(current, from, pos, text.subSequence(from, pos).toString()));
  }

  /**
   * The division the readings of one name denote, given the division read so far: the readings
   * that narrow it, at their highest level; several distinct ones give their nearest common
   * enclosing division. Null when that makes no progress.
   */
  private Division choose(List<Reading> readings, Division current) {
    Division best = null;
    for (Reading r : readings) {
      Division d = r.division();
      if (current != null && !narrows(d, current)) {
        continue;
      }
      if (best == null || d.level().compareTo(best.level()) < 0) {
        best = d;
      } else if (d.level() == best.level() && !d.code().equals(best.code())) {
        best = commonAncestor(best, d);
        if (best == null) {
          return null;
        }
      }
    }
    if (best == null || (current != null && !narrows(best, current))) {
      return null;
    }
    return best;
  }

  private static boolean narrows(Division d, Division current) {
    if (d.level().compareTo(current.level()) <= 0) {
      return false;
    }
    int prefix = current.level() == Division.Level.PROVINCE ? 2 : 4;
    return d.code().regionMatches(0, current.code(), 0, prefix);
  }

  private Division commonAncestor(Division a, Division b) {
    if (a.level() == Division.Level.COUNTY && a.cityCode().equals(b.cityCode())) {
      Optional<Division> city = divisions.find(a.cityCode());
      if (city.isPresent() && !city.get().isPlaceholder()) {
        return city.get();
      }
    }
    if (a.provinceCode().equals(b.provinceCode())) {
      return divisions.find(a.provinceCode()).orElse(a);
    }
    return null;
  }
}
