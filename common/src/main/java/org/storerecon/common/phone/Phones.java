package org.storerecon.common.phone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Extracts canonical Chinese phone numbers from a free-text contact field.
 *
 * <p>Accepted: mobiles ({@code 1[3-9]} + 9 digits, also grouped as 138 1234 5678), landlines with
 * area code ({@code 0571-88888888}, {@code (0571)88888888}, {@code 057188888888}, {@code 010-1234-5678}),
 * the prefixes {@code +86}, {@code 86-}, {@code 0086} (the area code's 0 is restored), extensions
 * after 转, 分机, ext, x, # or a final short hyphenated group, 400/800 service numbers, and bare
 * 7–8 digit local numbers (which take the area code of a landline just before them:
 * {@code 0571-87654321、87654322}). Several numbers in one field may be separated by any
 * punctuation, spaces or words (/ , ; 、 或 TEL FAX). Masked numbers (138****5678) are ignored.
 * Stateless and thread-safe.
 */
public final class Phones {

  private static final int MOBILE_LENGTH = 11;
  private static final int SERVICE_LENGTH = 10;
  private static final int LOCAL_MIN = 7;
  private static final int LOCAL_MAX = 8;
  private static final int EXTENSION_MAX = 6;
  /** Separator characters that end a number outright (another number may follow). */
  private static final String HARD_SEPARATORS = ",;/|、，；\n\r\t或及和";
  private static final String[] EXTENSION_MARKERS = {"分机", "转", "#"};
  /** Latin words that mark an extension; any other Latin word (TEL, FAX) separates numbers. */
  private static final java.util.Set<String> EXTENSION_WORDS = java.util.Set.of("EXT", "X");

  private Phones() {}

  /** The distinct canonical numbers of a field, in order of appearance (extensions dropped). */
  public static List<String> canonicalNumbers(String field) {
    return parse(field).stream().map(PhoneNumber::number).distinct().toList();
  }

  /** Every phone number found in a field, in order, without duplicates; empty for null. */
  public static List<PhoneNumber> parse(String field) {
    if (field == null || field.isEmpty()) {
      return List.of();
    }
    List<Group> groups = groups(field);
    Map<String, PhoneNumber> out = new LinkedHashMap<>();
    PhoneNumber last = null;
    int i = 0;
    while (i < groups.size()) {
      Group g = groups.get(i);
      if (last != null && (g.extensionBefore || g.hyphenBefore && last.kind() == PhoneKind.LANDLINE)
          && g.digits.length() <= EXTENSION_MAX && last.extension() == null && !g.hardBefore) {
        last = last.withExtension(g.digits);
        out.put(last.number(), last);
        i++;
        continue;
      }
      Parsed p = parseAt(groups, i);
      if (p == null) {
        last = null;
        i++;
        continue;
      }
      if (p.number.kind() == PhoneKind.LOCAL && last != null && last.kind() == PhoneKind.LANDLINE) {
        String area = last.number().substring(0, last.number().indexOf('-'));
        p = new Parsed(new PhoneNumber(area + "-" + p.number.number(), null, PhoneKind.LANDLINE), p.next);
      }
      last = p.number;
      out.putIfAbsent(last.number(), last);
      i = p.next;
    }
    return List.copyOf(out.values());
  }

  private record Parsed(PhoneNumber number, int next) {}

  private static Parsed parseAt(List<Group> groups, int start) {
    int i = start;
    String digits = groups.get(i).digits;
    boolean international = false;
    if (digits.equals("0086") || digits.equals("86") && (groups.get(i).plusBefore || groups.size() > i + 1)) {
      if (i + 1 >= groups.size() || groups.get(i + 1).hardBefore || groups.get(i + 1).extensionBefore) {
        return null;
      }
      international = true;
      i++;
      digits = groups.get(i).digits;
    } else if (digits.startsWith("0086") && digits.length() > 4) {
      international = true;
      digits = digits.substring(4);
    } else if (digits.startsWith("86") && digits.length() == MOBILE_LENGTH + 2 && digits.charAt(2) == '1') {
      international = true;
      digits = digits.substring(2);
    }
    if (international && !isMobileStart(digits) && !digits.startsWith("0")) {
      digits = "0" + digits;
    }
    i++;
    if (isMobileStart(digits)) {
      StringBuilder sb = new StringBuilder(digits);
      i = extend(groups, i, sb, MOBILE_LENGTH, MOBILE_LENGTH);
      return sb.length() == MOBILE_LENGTH ? new Parsed(new PhoneNumber(sb.toString(), null, PhoneKind.MOBILE), i) : null;
    }
    if (digits.startsWith("400") || digits.startsWith("800")) {
      StringBuilder sb = new StringBuilder(digits);
      i = extend(groups, i, sb, SERVICE_LENGTH, SERVICE_LENGTH);
      return sb.length() == SERVICE_LENGTH ? new Parsed(new PhoneNumber(sb.toString(), null, PhoneKind.SERVICE), i) : null;
    }
    if (digits.startsWith("0") && digits.length() >= 3) {
      int areaLength = digits.charAt(1) == '1' || digits.charAt(1) == '2' ? 3 : 4;
      if (digits.length() < areaLength) {
        return null;
      }
      String area = digits.substring(0, areaLength);
      StringBuilder local = new StringBuilder(digits.substring(areaLength));
      i = extend(groups, i, local, LOCAL_MIN, LOCAL_MAX);
      if (local.length() < LOCAL_MIN || local.length() > LOCAL_MAX || local.charAt(0) == '0' || local.charAt(0) == '1') {
        return null;
      }
      return new Parsed(new PhoneNumber(area + "-" + local, null, PhoneKind.LANDLINE), i);
    }
    if (digits.length() >= LOCAL_MIN && digits.length() <= LOCAL_MAX && digits.charAt(0) >= '2') {
      return new Parsed(new PhoneNumber(digits, null, PhoneKind.LOCAL), i);
    }
    return null;
  }

  private static boolean isMobileStart(String digits) {
    return digits.length() >= 3 && digits.charAt(0) == '1' && digits.charAt(1) >= '3' && digits.charAt(1) <= '9';
  }

  /**
   * Appends following soft-separated groups while the number has fewer than {@code min} digits
   * and stays within {@code max}; returns the index of the first group not used.
   */
  private static int extend(List<Group> groups, int i, StringBuilder sb, int min, int max) {
    while (sb.length() < min && i < groups.size()) {
      Group g = groups.get(i);
      if (g.hardBefore || g.extensionBefore || sb.length() + g.digits.length() > max) {
        break;
      }
      sb.append(g.digits);
      i++;
    }
    return i;
  }

  /** A run of digits and what separated it from the previous run. */
  private record Group(String digits, boolean plusBefore, boolean hyphenBefore, boolean extensionBefore, boolean hardBefore) {}

  private static List<Group> groups(String field) {
    String s = fold(field);
    List<Group> groups = new ArrayList<>();
    boolean plus = false;
    boolean hyphen = false;
    boolean extension = false;
    boolean hard = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        groups.add(new Group(s.substring(i, j), plus, hyphen, extension, hard || groups.isEmpty()));
        plus = false;
        hyphen = false;
        extension = false;
        hard = false;
        i = j;
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        int j = i;
        while (j < s.length() && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') {
          j++;
        }
        if (EXTENSION_WORDS.contains(s.substring(i, j))) {
          extension = true;
        } else {
          hard = true;
        }
        i = j;
        continue;
      }
      String marker = extensionMarkerAt(s, i);
      if (marker != null) {
        extension = true;
        i += marker.length();
        continue;
      }
      if (c == '+') {
        plus = true;
      } else if (c == '-') {
        hyphen = true;
      } else if (HARD_SEPARATORS.indexOf(c) >= 0 || Character.isLetter(c) && c > 0x7F) {
        hard = true;
      } else if (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
        hard = true;
      }
      i++;
    }
    return groups;
  }

  private static String extensionMarkerAt(String s, int i) {
    for (String m : EXTENSION_MARKERS) {
      if (s.startsWith(m, i)) {
        return m;
      }
    }
    return null;
  }

  /** Full-width to ASCII, upper case, any white space to a plain space. */
  private static String fold(String field) {
    StringBuilder sb = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (Character.isWhitespace(c) && c != '\n' || Character.isSpaceChar(c)) {
        c = ' ';
      }
      sb.append(c);
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }
}
