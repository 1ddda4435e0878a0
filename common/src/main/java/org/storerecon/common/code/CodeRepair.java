package org.storerecon.common.code;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidate repairs of a mistyped code: every code one substitution or one adjacent
 * transposition away that passes all checks (USCC: organisation and overall check; legacy:
 * MOD 11,10). Most single errors have several candidates; the resolution stage keeps those
 * present in the registry.
 */
public final class CodeRepair {

  private CodeRepair() {}

  /**
   * Repair candidates for a code as written (folded first): substitutions in position order,
   * then transpositions, without duplicates; empty for a code of neither length. A valid code
   * has candidates too (its neighbours); callers normally repair only codes that are not
   * {@link CodeStatus#VALID}.
   */
  public static List<String> candidates(String input) {
    String code = FoldedCode.of(input).code();
    if (code.length() == Uscc.LENGTH) {
      return repair(code, Uscc.ALPHABET, true);
    }
    if (code.length() == LegacyRegNo.LENGTH) {
      return repair(code, "0123456789", false);
    }
    return List.of();
  }

  private static List<String> repair(String code, String alphabet, boolean uscc) {
    Set<String> out = new LinkedHashSet<>();
    char[] chars = code.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char original = chars[i];
      for (int k = 0; k < alphabet.length(); k++) {
        char c = alphabet.charAt(k);
        if (c == original) {
          continue;
        }
        chars[i] = c;
        addIfValid(chars, uscc, out);
      }
      chars[i] = original;
    }
    for (int i = 0; i + 1 < chars.length; i++) {
      if (chars[i] == chars[i + 1]) {
        continue;
      }
      swap(chars, i);
      addIfValid(chars, uscc, out);
      swap(chars, i);
    }
    out.remove(code);
    return List.copyOf(out);
  }

  private static void addIfValid(char[] chars, boolean uscc, Set<String> out) {
    String candidate = new String(chars);
    if (uscc ? Uscc.isValid(candidate) : LegacyRegNo.isValid(candidate)) {
      out.add(candidate);
    }
  }

  private static void swap(char[] chars, int i) {
    char t = chars[i];
    chars[i] = chars[i + 1];
    chars[i + 1] = t;
  }
}
