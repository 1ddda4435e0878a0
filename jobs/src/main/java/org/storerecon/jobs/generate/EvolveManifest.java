package org.storerecon.jobs.generate;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storerecon.jobs.config.EvolveConfig;

/**
 * What an {@code evolve} run wrote: written as {@code manifest.json} of its output folder, and
 * read back when that folder is evolved again.
 *
 * @param from absolute path of the source folder
 * @param day the snapshot's day: 2 for the evolve of a generated set (day 1), 3 for the next, …
 * @param seed the seed of the change draws
 * @param rates the change rates used
 * @param counts changes per {@code changes.kind} ({@code shop_changed}, … ; every kind, 0 when none)
 * @param variants changes per kind and what changed: {@code shop_changed.phone|address|licence_name},
 *     {@code entity_changed.status|address|legal_rep|phone|rename}
 * @param records data records (header excluded) per file name
 * @param generator what the next evolve needs to continue the lineage
 * @param notes decisions a reader of the files needs to know
 */
public record EvolveManifest(
    String from, int day, long seed, EvolveConfig rates, SortedMap<String, Long> counts, SortedMap<String, Long> variants,
    SortedMap<String, Long> records, Generator generator, SortedMap<String, String> notes) {

  public EvolveManifest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(rates, "rates");
    counts = sorted(counts);
    variants = sorted(variants);
    records = sorted(records);
    Objects.requireNonNull(generator, "generator");
    notes = sorted(notes);
  }

  /**
   * The generation a lineage of snapshots descends from, and how far evolve has taken it.
   *
   * @param seed the generator seed
   * @param entities the generated registry size (the factories' entity count)
   * @param nextShopIndex the index the next new shop gets: the generated shops plus every new shop since
   * @param newEntities the new entities of every evolve so far
   * @param settings the generator settings
   */
  public record Generator(long seed, long entities, long nextShopIndex, long newEntities, GeneratorSettings settings) {
    public Generator {
      Objects.requireNonNull(settings, "settings");
    }
  }

  /** A change count, 0 when absent. */
  public long count(String kind) {
    return counts.getOrDefault(kind, 0L);
  }

  private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
