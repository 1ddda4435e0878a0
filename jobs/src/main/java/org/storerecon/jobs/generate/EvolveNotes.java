package org.storerecon.jobs.generate;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The {@code notes} of an evolve manifest: what a reader of the files needs to know. */
final class EvolveNotes {

  static final SortedMap<String, String> NOTES = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
      "selection", "each row has a random generator seeded by (seed, day, row key: platform TAB shop_id for shops, uscc "
          + "else reg_no for entities); its first draw u decides: shops u < removed-shops removed, then closed-shops "
          + "closed, then changed-shops changed; entities u < changed-entities changed. Rows not changed are copied "
          + "byte for byte",
      "shop_new", "shop indices [generator.next_shop_index - shop_new, generator.next_shop_index) of the generator: "
          + "the rows generate --shops N+k with the same seed and entities would add (generation is prefix-stable); "
          + "they show their operator's registry data as generated",
      "entity_new", "new entity n of the lineage (generator.new_entities counts them) has generator index "
          + (Codes.INDEX_SPACE - 1) + " - n, far from the registry and the unregistered operators, so its USCC is fresh; active, no "
          + "reg_no, established on generate.entities.established-until + day - 1",
      "labels", "changed and closed shops keep their labels and brand labels; removed shops lose both; a changed entity "
          + "keeps its codes and stays the operator of its shops (a renamed one has its old name first in former_names)",
      "changes.detail", "column: old -> new, or column (variant): old -> new for a licence-name variant; (none) for an "
          + "empty value; the shop or entity name for shop_new, shop_removed and entity_new",
      "changes.entity_code", "for shop rows the shop's operator in labels.uscc (empty when not registered); for entity "
          + "rows the entity's uscc, else reg_no")));

  private EvolveNotes() {}
}
