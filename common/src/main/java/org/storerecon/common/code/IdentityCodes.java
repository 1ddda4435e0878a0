package org.storerecon.common.code;

import java.util.Set;

/**
 * Checks identity codes as written on licences and in registries: USCC (18 characters) or legacy
 * registration number (15 digits), after {@linkplain FoldedCode folding}.
 *
 * <p>Checks, in order (the first failure is the {@link InvalidReason}): length, charset, for a
 * USCC the organisation-code check, then the overall check (a USCC whose organisation check
 * passes but overall check fails is {@link CodeStatus#LEGACY_PILOT}), then the province part of
 * the division. Stateless and thread-safe; about a microsecond per code or less.
 */
public final class IdentityCodes {

  private IdentityCodes() {}

  /** Checks a code as written. Null, empty or separator-only input is {@link CodeStatus#ABSENT}. */
  public static CodeCheck check(String input) {
    FoldedCode folded = FoldedCode.of(input);
    String code = folded.code();
    Set<CodeFold> folds = folded.folds();
    if (code.isEmpty()) {
      return new CodeCheck(input, code, CodeType.UNKNOWN, CodeStatus.ABSENT, null, folds, null);
    }
    if (code.length() == Uscc.LENGTH) {
      return checkUscc(input, code, folds);
    }
    if (code.length() == LegacyRegNo.LENGTH) {
      return checkLegacy(input, code, folds);
    }
    return invalid(input, code, CodeType.UNKNOWN, InvalidReason.LENGTH, folds, null);
  }

  /** The status label of a code as written (for Spark UDFs). */
  public static String statusLabel(String input) {
    return check(input).status().label();
  }

  private static CodeCheck checkUscc(String input, String code, Set<CodeFold> folds) {
    if (!Uscc.inAlphabet(code)) {
      return invalid(input, code, CodeType.USCC, InvalidReason.CHARSET, folds, null);
    }
    CodeParts parts = Uscc.parts(code);
    if (!Uscc.organisationCheckPasses(code)) {
      return invalid(input, code, CodeType.USCC, InvalidReason.ORGANISATION_CHECK, folds, parts);
    }
    CodeStatus status = Uscc.overallCheckPasses(code) ? CodeStatus.VALID : CodeStatus.LEGACY_PILOT;
    if (!parts.provinceKnown()) {
      return invalid(input, code, CodeType.USCC, InvalidReason.DIVISION, folds, parts);
    }
    return new CodeCheck(input, code, CodeType.USCC, status, null, folds, parts);
  }

  private static CodeCheck checkLegacy(String input, String code, Set<CodeFold> folds) {
    if (!LegacyRegNo.allDigits(code)) {
      return invalid(input, code, CodeType.LEGACY_REG_NO, InvalidReason.CHARSET, folds, null);
    }
    CodeParts parts = LegacyRegNo.parts(code);
    if (!LegacyRegNo.checkPasses(code)) {
      return invalid(input, code, CodeType.LEGACY_REG_NO, InvalidReason.OVERALL_CHECK, folds, parts);
    }
    if (!parts.provinceKnown()) {
      return invalid(input, code, CodeType.LEGACY_REG_NO, InvalidReason.DIVISION, folds, parts);
    }
    return new CodeCheck(input, code, CodeType.LEGACY_REG_NO, CodeStatus.VALID, null, folds, parts);
  }

  private static CodeCheck invalid(
      String input, String code, CodeType type, InvalidReason reason, Set<CodeFold> folds, CodeParts parts) {
    return new CodeCheck(input, code, type, CodeStatus.INVALID, reason, folds, parts);
  }
}
