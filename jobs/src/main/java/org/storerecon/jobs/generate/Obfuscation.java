package org.storerecon.jobs.generate;

import java.util.Map;

/** Ways unrelated shops disguise a brand in their names. */
enum Obfuscation {
  /** Letters spaced apart: L V. */
  SPACED,
  /** Full-width letters: ＬＶ. */
  FULL_WIDTH,
  /** Traditional characters: 張小泉. */
  TRADITIONAL,
  /** Digits that look like letters: GUCC1, N1KE. */
  LOOK_ALIKE;

  /** Offset from an ASCII character to its full-width form. */
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;
  private static final Map<Character, Character> LOOK_ALIKES = Map.of('I', '1', 'O', '0', 'S', '5', 'E', '3', 'L', '1', 'B', '8');

  /** The disguised brand, or the brand unchanged when this disguise does not apply to it. */
  String apply(String brand) {
    return switch (this) {
      case SPACED -> String.join(" ", brand.split(""));
      case FULL_WIDTH -> fullWidth(brand);
      case TRADITIONAL -> Traditional.convert(brand);
      case LOOK_ALIKE -> lookAlike(brand);
    };
  }

  /** Disguises that fit a Latin or a Chinese brand. */
  static Obfuscation[] forBrand(Brand brand) {
    return brand.latin() ? new Obfuscation[] {SPACED, FULL_WIDTH, LOOK_ALIKE} : new Obfuscation[] {TRADITIONAL, SPACED};
  }

  /** Key of this disguise in the manifest. */
  String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c > ' ' && c < 0x7F ? (char) (c + FULL_WIDTH_OFFSET) : c);
    }
    return sb.toString();
  }

  /** Replaces the last character that has a look-alike digit. */
  private static String lookAlike(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      Character d = LOOK_ALIKES.get(s.charAt(i));
      if (d != null) {
        return s.substring(0, i) + d + s.substring(i + 1);
      }
    }
    return s;
  }
}
