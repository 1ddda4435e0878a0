package org.storerecon.jobs.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Per-row random streams: the generator of row {@code i} of stream {@code s} depends only on
 * (seed, s, i), so every row is a pure function of its index and the output does not depend on
 * partitioning or on which task generates the row.
 */
final class Rng {

  /** Independent random streams; a row's attributes in one stream never shift another stream. */
  enum Stream {
    ENTITY_CORE(0x9E3779B97F4A7C15L),
    ENTITY(0xBF58476D1CE4E5B9L),
    UNREGISTERED(0x94D049BB133111EBL),
    SHOP(0xD6E8FEB86659FD93L),
    BRAND(0xA0761D6478BD642FL),
    DIRTY(0xE7037ED1A0B428DBL),
    CODES(0x8EBC6AF09C88C6E3L);

    private final long salt;

    Stream(long salt) {
      this.salt = salt;
    }
  }

  private Rng() {}

  /** The random generator of one row. */
  static SplittableRandom row(long seed, Stream stream, long index) {
    return new SplittableRandom(mix(mix(seed ^ stream.salt) + index));
  }

  /** A well-mixed 64-bit value derived from (seed, stream), for constants such as code permutations. */
  static long constant(long seed, Stream stream) {
    return mix(seed ^ stream.salt);
  }

  /** The SplitMix64 finaliser: a bijective 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static boolean chance(SplittableRandom r, double rate) {
    return r.nextDouble() < rate;
  }

  static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  static char pick(SplittableRandom r, String chars) {
    return chars.charAt(r.nextInt(chars.length()));
  }

  /** A day in [from, until]. */
  static LocalDate date(SplittableRandom r, LocalDate from, LocalDate until) {
    long days = until.toEpochDay() - from.toEpochDay() + 1;
    return LocalDate.ofEpochDay(from.toEpochDay() + r.nextLong(days));
  }

  /** Index of the share a uniform draw falls in; shares sum to 1. */
  static int weighted(SplittableRandom r, List<GeneratorSettings.Share> shares) {
    double u = r.nextDouble();
    double acc = 0;
    for (int i = 0; i < shares.size(); i++) {
      acc += shares.get(i).share();
      if (u < acc) {
        return i;
      }
    }
    return shares.size() - 1;
  }
}
