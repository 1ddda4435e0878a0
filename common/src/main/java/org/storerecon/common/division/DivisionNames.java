package org.storerecon.common.division;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storerecon.common.text.DictionaryTrie;
import org.storerecon.common.text.ResourceLines;

/**
 * Names by which divisions are written in names and addresses: official names, short forms and
 * former names, indexed for longest-match scanning.
 *
 * <p>Short forms: a province or city without its suffix (浙江省 → 浙江, 杭州市 → 杭州, 广西壮族自治区 →
 * 广西, 延边朝鲜族自治州 → 延边) and a county-level city without 市 (义乌市 → 义乌). Districts (区),
 * counties (县), 地区 and 盟 are only recognised by their full name, because their short forms
 * collide with trade names too often (阿里地区 / 阿里巴巴). Former names come from
 * the resource {@code renamed-districts.tsv} and resolve to the current division. Loaded once;
 * immutable and thread-safe.
 */
public final class DivisionNames {

  /** How a name refers to a division. */
  public enum Form {
    OFFICIAL,
    SHORT,
    FORMER
  }

  /** One reading of a name: the (current) division it denotes and how. */
  public record Reading(Division division, Form form) {}

  private static final String RENAMED_RESOURCE = "renamed-districts.tsv";
  private static final String ETHNIC_RESOURCE = "ethnic-groups.txt";
  /** Shortest short form kept: one-character short forms (e.g. 沙 for a hypothetical 沙市) are noise. */
  private static final int MIN_SHORT_FORM_LENGTH = 2;
  private static final String[] SUFFIXES = {"特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"};

  private static volatile DivisionNames instance;

  private final Map<String, List<Reading>> readings;
  private final DictionaryTrie<List<Reading>> trie;
  private final Map<String, FormerDivision> formerByCode;

  private DivisionNames(Divisions divisions, List<FormerDivision> former, List<String> ethnicGroups) {
    Map<String, List<Reading>> map = new HashMap<>();
    for (Division d : divisions.all()) {
      if (d.isPlaceholder()) {
        continue;
      }
      add(map, d.name(), new Reading(d, Form.OFFICIAL));
      shortForm(d, ethnicGroups).ifPresent(s -> add(map, s, new Reading(d, Form.SHORT)));
    }
    Map<String, FormerDivision> byCode = new HashMap<>();
    for (FormerDivision f : former) {
      Division current = divisions.find(f.currentCode()).orElseThrow(
          () -> new IllegalStateException(RENAMED_RESOURCE + ": unknown current code " + f.currentCode()));
      add(map, f.name(), new Reading(current, Form.FORMER));
      byCode.put(f.code(), f);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.readings = Map.copyOf(map);
    this.trie = DictionaryTrie.forwards(readings);
    this.formerByCode = Map.copyOf(byCode);
  }

  private static void add(Map<String, List<Reading>> map, String name, Reading r) {
    map.computeIfAbsent(name, k -> new ArrayList<>()).add(r);
  }

  /** The names of the bundled division table, built on first use. */
  public static DivisionNames bundled() {
    DivisionNames local = instance;
    if (local == null) {
      synchronized (DivisionNames.class) {
        local = instance;
        if (local == null) {
          List<FormerDivision> former = ResourceLines.read(DivisionNames.class, RENAMED_RESOURCE).stream()
              .map(f -> new FormerDivision(f[0], f[1], f[2], Integer.parseInt(f[3])))
              .toList();
          local = new DivisionNames(Divisions.bundled(), former,
              ResourceLines.words(DivisionNames.class, ETHNIC_RESOURCE));
          instance = local;
        }
      }
    }
    return local;
  }

  /**
   * The short form of a division's name, if it has one: provinces and cities lose their suffix
   * and any ethnic-group part, county-level cities lose 市; districts and counties have none.
   */
  static Optional<String> shortForm(Division d, List<String> ethnicGroups) {
    String name = d.name();
    if (d.level() == Division.Level.COUNTY && !name.endsWith("市")
        || name.endsWith("地区") || name.endsWith("盟")) {
      return Optional.empty();
    }
    String s = name;
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length());
        break;
      }
    }
    for (String group : ethnicGroups) {
      int i = s.indexOf(group);
      if (i >= MIN_SHORT_FORM_LENGTH) {
        s = s.substring(0, i);
      }
    }
    return s.length() >= MIN_SHORT_FORM_LENGTH && !s.equals(name) ? Optional.of(s) : Optional.empty();
  }

  /** Every reading of exactly this name (empty when it names no division). */
  public List<Reading> readings(String name) {
    return readings.getOrDefault(name, List.of());
  }

  /** The trie of all names, for scanning text; values are the readings of each name. */
  public DictionaryTrie<List<Reading>> trie() {
    return trie;
  }

  /** The former division with this code, if the code was retired. */
  public Optional<FormerDivision> former(String code) {
    return Optional.ofNullable(formerByCode.get(code));
  }
}
