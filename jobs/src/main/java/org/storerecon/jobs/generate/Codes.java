package org.storerecon.jobs.generate;

import java.io.Serializable;
import java.util.SplittableRandom;
import org.storerecon.common.code.LegacyRegNo;
import org.storerecon.common.code.Uscc;

/**
 * Unique identity codes by index: a USCC or legacy registration number is a bijective function of
 * an entity's index (an affine permutation of the serial space seeded by the generator seed), so
 * no two indices share a code and codes look random. Indices beyond the registry size give
 * plausible codes of operators that are not in the registry.
 */
final class Codes implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int RADIX = Uscc.ALPHABET.length();
  private static final int ORG_BODY_LENGTH = 8;
  /** 31^8: size of the organisation-code body space. */
  private static final long ORG_SPACE = pow(RADIX, ORG_BODY_LENGTH);
  private static final int SERIAL_DIGITS = 8;
  private static final long SERIAL_SPACE = pow(10, SERIAL_DIGITS);
  /**
   * Indices below this get codes of every kind that no other index below it gets (the reg_no
   * serial space is the smallest of the code spaces).
   */
  static final long INDEX_SPACE = SERIAL_SPACE;
  /** Registration authority 9: market regulation (工商). */
  private static final char AUTHORITY = '9';
  /** Tries to find a one-character change that breaks the check; almost always the first. */
  private static final int MISTYPE_ATTEMPTS = 32;
  private static final int HALF_BITS = 20;
  /** Shop ids are 11 digits: a leading 2 and a 10-digit permuted serial. */
  private static final long SHOP_ID_SPACE = pow(10, 10);
  private static final long SHOP_ID_BASE = 2 * SHOP_ID_SPACE;
  private static final long HALF_MASK = (1L << HALF_BITS) - 1;

  private final long usccMultiplier;
  private final long usccOffset;
  private final long serialMultiplier;
  private final long serialOffset;
  private final long shopMultiplier;
  private final long shopOffset;

  Codes(long seed) {
    long k = Rng.constant(seed, Rng.Stream.CODES);
    long m = Math.floorMod(k, ORG_SPACE);
    // The multiplier must be coprime to 31^8 for the map to be a bijection.
    usccMultiplier = m % RADIX == 0 ? m + 1 : m;
    usccOffset = Math.floorMod(Rng.mix(k), ORG_SPACE);
    long s = Math.floorMod(Rng.mix(k + 1), SERIAL_SPACE);
    // Coprime to 10^8: odd and not a multiple of 5.
    s = s | 1;
    serialMultiplier = s % 5 == 0 ? s + 2 : s;
    serialOffset = Math.floorMod(Rng.mix(k + 2), SERIAL_SPACE);
    long h = Math.floorMod(Rng.mix(k + 3), SHOP_ID_SPACE) | 1;
    shopMultiplier = h % 5 == 0 ? h + 2 : h;
    shopOffset = Math.floorMod(Rng.mix(k + 4), SHOP_ID_SPACE);
  }

  /**
   * The USCC of the entity with this index.
   *
   * @param kind entity kind character (1 enterprise, 2 individual business, 3 farmers' cooperative)
   * @param divisionCode six-digit county code of the domicile
   */
  String uscc(char kind, String divisionCode, long index) {
    long body = (mulMod(index, usccMultiplier, ORG_SPACE) + usccOffset) % ORG_SPACE;
    char[] org = new char[ORG_BODY_LENGTH];
    for (int i = ORG_BODY_LENGTH - 1; i >= 0; i--) {
      org[i] = Uscc.ALPHABET.charAt((int) (body % RADIX));
      body /= RADIX;
    }
    String orgBody = new String(org);
    String first17 = "" + AUTHORITY + kind + divisionCode + orgBody + Uscc.organisationCheckCharacter(orgBody);
    return first17 + Uscc.checkCharacter(first17);
  }

  /** The legacy 15-digit registration number of the entity with this index. */
  String regNo(String divisionCode, long index) {
    long serial = (mulMod(index, serialMultiplier, SERIAL_SPACE) + serialOffset) % SERIAL_SPACE;
    String first14 = divisionCode + String.format("%08d", serial);
    return first14 + LegacyRegNo.checkDigit(first14);
  }

  /** The platform shop id of shop {@code index}: unique across all shops and platforms. */
  String shopId(long index) {
    return Long.toString(SHOP_ID_BASE + (mulMod(index, shopMultiplier, SHOP_ID_SPACE) + shopOffset) % SHOP_ID_SPACE);
  }

  /**
   * The code with one character substituted or two adjacent characters swapped, such that the
   * check characters no longer match.
   */
  static String mistype(String code, SplittableRandom r) {
    boolean uscc = code.length() == Uscc.LENGTH;
    String alphabet = uscc ? Uscc.ALPHABET : "0123456789";
    for (int attempt = 0; attempt < MISTYPE_ATTEMPTS; attempt++) {
      char[] c = code.toCharArray();
      int p = r.nextInt(c.length - 1);
      if (r.nextBoolean()) {
        char swap = c[p];
        c[p] = c[p + 1];
        c[p + 1] = swap;
      } else {
        c[p] = alphabet.charAt(r.nextInt(alphabet.length()));
      }
      String typo = new String(c);
      if (!typo.equals(code) && !(uscc ? Uscc.isValid(typo) : LegacyRegNo.isValid(typo))) {
        return typo;
      }
    }
    throw new IllegalStateException("No one-character typo of " + code + " breaks its check characters");
  }

  /**
   * (a * b) mod m without overflow for 0 <= a < 2^31 and b < m < 2^40: b is split into 20-bit halves
   * so every intermediate product stays below 2^63.
   */
  private static long mulMod(long a, long b, long m) {
    if (a < 0 || a > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Index out of range for code generation: " + a);
    }
    long high = a * (b >>> HALF_BITS) % m;
    long low = a * (b & HALF_MASK) % m;
    return ((high << HALF_BITS) % m + low) % m;
  }

  private static long pow(long base, int exp) {
    long v = 1;
    for (int i = 0; i < exp; i++) {
      v *= base;
    }
    return v;
  }
}
