package org.storerecon.common.code;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A code as written, folded to canonical characters, and the foldings that were needed.
 *
 * <p>Folding: full-width → ASCII, white space and hyphens/dashes removed, lower → upper case,
 * look-alike letters O→0, I→1, Z→2, S→5 (none of them is in the USCC alphabet).
 *
 * @param code the folded code
 * @param folds the foldings applied
 */
public record FoldedCode(String code, Set<CodeFold> folds) implements Serializable {

  private static final String HYPHENS = "-‐‑‒–—―−_";

  public FoldedCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(folds, "folds");
  }

  /** Folds a code as written; null folds to the empty code. */
  public static FoldedCode of(String input) {
    if (input == null) {
      return new FoldedCode("", Set.of());
    }
    if (isCanonical(input)) {
      return new FoldedCode(input, Set.of());
    }
    EnumSet<CodeFold> folds = EnumSet.noneOf(CodeFold.class);
    StringBuilder sb = new StringBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
        folds.add(CodeFold.FULL_WIDTH);
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        folds.add(CodeFold.WHITESPACE);
        continue;
      }
      if (HYPHENS.indexOf(c) >= 0) {
        folds.add(CodeFold.HYPHEN);
        continue;
      }
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 'a' + 'A');
        folds.add(CodeFold.CASE);
      }
      char lookAlike = lookAlike(c);
      if (lookAlike != c) {
        c = lookAlike;
        folds.add(CodeFold.LOOK_ALIKE);
      }
      sb.append(c);
    }
    return new FoldedCode(sb.toString(), Collections.unmodifiableSet(folds));
  }

  private static boolean isCanonical(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Uscc.value(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static char lookAlike(char c) {
    switch (c) {
      case 'O':
        return '0';
      case 'I':
        return '1';
      case 'Z':
        return '2';
      case 'S':
        return '5';
      default:
        return c;
    }
  }
}
