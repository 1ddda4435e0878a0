package org.storerecon.jobs.generate;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a generator run wrote: written as {@code manifest.json}.
 *
 * @param seed the seed
 * @param sizes requested sizes: {@code shops}, {@code entities}, {@code brands}
 * @param records data records (header excluded) per file name; a CSV record may span lines
 * @param counts phenomenon counts, dotted keys such as {@code shops.code_mistyped},
 *     {@code shops.name_only.traditional}, {@code entities.legacy_reg_no_only},
 *     {@code brands.usage.unrelated_claim}, {@code brand_labels.lead_true}
 * @param dirty per injected fault (empty without {@code --dirty}): count and expected reason code
 * @param notes decisions a reader of the files needs to know
 * @param settings the settings used
 */
public record GenerationManifest(
    long seed, SortedMap<String, Long> sizes, SortedMap<String, Long> records, SortedMap<String, Long> counts,
    SortedMap<String, DirtyEntry> dirty, SortedMap<String, String> notes, GeneratorSettings settings) {

  public GenerationManifest {
    sizes = sorted(sizes);
    records = sorted(records);
    counts = sorted(counts);
    dirty = sorted(dirty);
    notes = sorted(notes);
  }

  /**
   * One injected fault.
   *
   * @param count records (or 1 for a file-level fault) carrying it
   * @param expectedReason the {@link org.storerecon.common.contract.ReasonCode} name ingestion must
   *     give, or {@code null} for tolerated faults
   */
  public record DirtyEntry(long count, String expectedReason) {}

  /** A phenomenon count, 0 when absent. */
  public long count(String key) {
    return counts.getOrDefault(key, 0L);
  }

  private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
