package org.storerecon.jobs.generate;

import java.util.SplittableRandom;

/**
 * The random draws of one row of {@code evolve}: a pure function of (seed, day, stream, row key),
 * so that which rows change, and how, depends neither on partitioning nor on any other row.
 */
final class RowDraw {

  /** FNV-1a 64-bit offset basis and prime, for a stable hash of the row key. */
  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  /** Independent streams of the two kinds of rows. */
  enum Stream {
    SHOP(0x2545F4914F6CDD1DL),
    ENTITY(0x9FB21C651E98DF25L);

    private final long salt;

    Stream(long salt) {
      this.salt = salt;
    }
  }

  private RowDraw() {}

  /** The generator of the row with key {@code key} on day {@code day}. */
  static SplittableRandom of(long seed, int day, Stream stream, String key) {
    return new SplittableRandom(Rng.mix(Rng.mix(Rng.mix(seed ^ stream.salt) + day) + hash(key)));
  }

  /** FNV-1a over the UTF-16 code units of {@code key}. */
  static long hash(String key) {
    long h = FNV_OFFSET;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }
}
