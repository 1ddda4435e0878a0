package org.storerecon.jobs.resolve;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.expressions.XXH64;
import org.apache.spark.unsafe.types.UTF8String;
import scala.collection.Seq;

/**
 * The 64-bit hash of a lookup key under its rule, computed in Java as Spark's
 * {@code xxhash64(rule, key)} computes it for two strings (the key hashed with the rule's hash as
 * seed, the rule with seed 42), so that hashes stored by ingestion ({@link LookupKeys#HASHES}) and
 * hashes of key rows computed by Spark SQL meet in one join. {@code LookupKeysTest} checks the two
 * agree.
 */
final class KeyHash {

  /** What {@link #distinct} computes, part of {@link LookupKeys#definition}. */
  static final String DESCRIPTION = "xxhash64(rule, key) with seed 42 of every key that is not null; distinct, ascending";

  private static final long SEED = 42L;

  private KeyHash() {}

  /** The hash of each rule label: the seed of its keys' hashes. */
  static long[] seeds(List<String> rules) {
    return rules.stream().mapToLong(r -> XXH64.hashUTF8String(UTF8String.fromString(r), SEED)).toArray();
  }

  /**
   * The distinct hashes of the keys of one row, ascending.
   *
   * @param seeds {@link #seeds} of the rules, in the order of {@code keys}
   * @param keys each rule's keys (an array, or null), in the order of {@code seeds}
   */
  static long[] distinct(long[] seeds, Seq<Seq<String>> keys) {
    long[] out = new long[16];
    int n = 0;
    for (int r = 0; r < seeds.length; r++) {
      Seq<String> ruleKeys = keys.apply(r);
      if (ruleKeys == null) {
        continue;
      }
      for (int k = 0; k < ruleKeys.length(); k++) {
        String key = ruleKeys.apply(k);
        if (key != null) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = XXH64.hashUTF8String(UTF8String.fromString(key), seeds[r]);
        }
      }
    }
    long[] sorted = Arrays.copyOf(out, n);
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[unique++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, unique);
  }
}
