package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Where the faulty records of {@code --dirty} go: each is written right after the regular shop
 * record at its anchor index. Faulty records are extra records built from virtual shop indices
 * beyond the shop count (so their ids are unique), except duplicates, which copy the regular
 * record at {@code source} (earlier than the anchor). Built on the driver; small.
 */
final class DirtyPlan implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One faulty record.
   *
   * @param fault the fault
   * @param ordinal position among all faulty records, used in the needle marker
   * @param variant position among the records of this fault (alternates bad values)
   * @param anchor index of the regular shop record it follows
   * @param source shop index it is built from: a virtual index for most faults, the copied
   *     earlier record for duplicates
   */
  record Planned(DirtyFault fault, int ordinal, int variant, long anchor, long source) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final List<Planned> planned;
  private final Map<Long, List<Planned>> byAnchor;

  private DirtyPlan(List<Planned> planned) {
    this.planned = List.copyOf(planned);
    Map<Long, List<Planned>> map = new HashMap<>();
    for (Planned p : planned) {
      map.computeIfAbsent(p.anchor(), k -> new ArrayList<>()).add(p);
    }
    // The broken quote swallows everything after it, so it goes last.
    map.values().forEach(l -> l.sort(Comparator.comparing((Planned p) -> p.fault() == DirtyFault.BROKEN_QUOTE)
        .thenComparingInt(Planned::ordinal)));
    this.byAnchor = map;
  }

  static DirtyPlan none() {
    return new DirtyPlan(List.of());
  }

  static DirtyPlan build(long seed, long shops, GeneratorSettings.Dirty settings) {
    List<Planned> out = new ArrayList<>();
    if (shops == 0) {
      return new DirtyPlan(out);
    }
    SplittableRandom r = Rng.row(seed, Rng.Stream.DIRTY, 0);
    Set<Long> copied = new HashSet<>();
    int ordinal = 0;
    for (DirtyFault f : DirtyFault.values()) {
      if (f.fileLevel()) {
        continue;
      }
      int n = f.count(settings);
      for (int k = 0; k < n; k++) {
        if (f.duplicate()) {
          if (shops < 2 || copied.size() >= shops - 1) {
            break;
          }
          long source;
          do {
            source = r.nextLong(shops - 1);
          } while (!copied.add(source));
          long anchor = source + 1 + r.nextLong(shops - 1 - source);
          out.add(new Planned(f, ordinal, k, anchor, source));
        } else {
          long anchor = f == DirtyFault.BROKEN_QUOTE ? shops - 1 : r.nextLong(shops);
          out.add(new Planned(f, ordinal, k, anchor, shops + ordinal));
        }
        ordinal++;
      }
    }
    return new DirtyPlan(out);
  }

  /** Faulty records in plan order. */
  List<Planned> planned() {
    return planned;
  }

  /** Faulty records that follow the regular record at this index, in file order. */
  List<Planned> after(long index) {
    return byAnchor.getOrDefault(index, List.of());
  }

  boolean isEmpty() {
    return planned.isEmpty();
  }
}
