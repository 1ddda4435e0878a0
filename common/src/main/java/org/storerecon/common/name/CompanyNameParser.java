package org.storerecon.common.name;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.storerecon.common.address.AddressDivisions;
import org.storerecon.common.address.DivisionMatch;
import org.storerecon.common.division.Division;
import org.storerecon.common.division.DivisionNames;
import org.storerecon.common.text.DictionaryTrie;
import org.storerecon.common.text.ResourceLines;

/**
 * Parses registered company names into {@link CompanyName} parts.
 *
 * <p>Rules, applied to the {@linkplain NameNormalizer normalised} name:
 *
 * <ol>
 *   <li>The organisation form is the leftmost company, partnership or cooperative form
 *       ({@code org-forms.tsv}, longest at a position) with at least {@link #MIN_TRADE_NAME_LENGTH}
 *       characters before it; failing that, the longest sole-trader form (店, 商行, 经营部, …) ending
 *       the name.
 *   <li>Text after the form is the branch ({@code 杭州上塘路店}); a trailing bracket group alone
 *       is a qualifier of the form (（自然人独资）) and is dropped. A name without a form that ends
 *       in a bracket group ending with a branch marker ({@code branch-markers.txt}) has that group
 *       as branch (老娘舅(文三路店)).
 *   <li>Before the form: a bracket group that is a run of division names, or 中国, is the region
 *       written after the trade name (腾讯科技(深圳)); a run of division names at the start is the
 *       leading region (杭州宏达…), taken only if at least {@link #MIN_TRADE_NAME_LENGTH}
 *       characters remain (a bracketed ambiguous name such as (西湖区) is region text without a
 *       code); after a county, a township name ending in 街道, 镇 or 乡
 *       ({@code town-markers.txt}) joins the region. Other brackets are removed, their content kept.
 *   <li>Industry words ({@code industry-words.txt}) are stripped from the end of what remains,
 *       longest first, repeatedly, keeping at least {@link #MIN_TRADE_NAME_LENGTH} characters;
 *       the rest is the trade name (字号).
 * </ol>
 *
 * <p>Dictionaries are loaded once; thread-safe. Obtain with {@link #standard()} (also from
 * Spark executors, which keeps it out of closures).
 */
public final class CompanyNameParser {

  /** Shortest trade name the parser leaves when stripping regions, industry words or forms. */
  public static final int MIN_TRADE_NAME_LENGTH = 2;

  /** Shortest and longest township name (before 街道, 镇, 乡) skipped after a county. */
  public static final int MIN_TOWN_NAME_LENGTH = 2;

  public static final int MAX_TOWN_NAME_LENGTH = 4;

  private static final String NATIONAL_REGION = "中国";

  private static final CompanyNameParser STANDARD = new CompanyNameParser();

  private final NameNormalizer normalizer = NameNormalizer.standard();
  private final AddressDivisions divisions = AddressDivisions.bundled();
  private final DictionaryTrie<OrgForm> entityForms;
  private final DictionaryTrie<OrgForm> soleTraderForms;
  private final DictionaryTrie<String> industryWords;
  private final DictionaryTrie<String> branchMarkers;
  private final DictionaryTrie<String> townMarkers;

  private CompanyNameParser() {
    Map<String, OrgForm> entity = new HashMap<>();
    Map<String, OrgForm> sole = new HashMap<>();
    for (String[] f : ResourceLines.read(CompanyNameParser.class, "org-forms.tsv")) {
      String written = normalizer.normalize(f[0]);
      OrgForm form = new OrgForm(written, normalizer.normalize(f[1]), OrgFormKind.ofLabel(f[2]));
      (form.kind() == OrgFormKind.SOLE_TRADER && !written.startsWith("(") ? sole : entity).put(written, form);
    }
    this.entityForms = DictionaryTrie.forwards(entity);
    this.soleTraderForms = DictionaryTrie.reversed(sole);
    this.industryWords = DictionaryTrie.reversed(DictionaryTrie.identity(
        ResourceLines.words(CompanyNameParser.class, "industry-words.txt")));
    this.branchMarkers = DictionaryTrie.reversed(DictionaryTrie.identity(
        ResourceLines.words(CompanyNameParser.class, "branch-markers.txt")));
    this.townMarkers = DictionaryTrie.forwards(DictionaryTrie.identity(
        ResourceLines.words(CompanyNameParser.class, "town-markers.txt")));
  }

  /** The parser with the bundled dictionaries. */
  public static CompanyNameParser standard() {
    return STANDARD;
  }

  /** Parses a company name; a null name parses as the empty name. */
  public CompanyName parse(String name) {
    String n = normalizer.normalize(name);
    FormSpan form = locateForm(n);
    String branch = form.branch;
    String branchDivision = branch == null ? null
        : divisions.runAt(branch, 0, branch.length()).map(DivisionMatch::code).orElse(null);

    Head head = splitHead(n, form.start);
    StringBuilder region = new StringBuilder(head.bracketRegionText);
    CharSequence text = head.text;
    DivisionMatch leading = divisions.runAt(text, 0, text.length())
        .filter(m -> text.length() - m.end() >= MIN_TRADE_NAME_LENGTH)
        .orElse(null);
    int coreStart = 0;
    if (leading != null) {
      coreStart = leading.end();
      if (leading.division().level() == Division.Level.COUNTY) {
        coreStart = afterTown(text, coreStart);
      }
      region.insert(0, text.subSequence(0, coreStart));
    }
    int coreEnd = industryStart(text, coreStart);
    String industry = coreEnd < text.length() ? text.subSequence(coreEnd, text.length()).toString() : null;
    return new CompanyName(n, region.length() == 0 ? null : region.toString(), mostSpecific(leading, head.bracketRegion),
        text.subSequence(coreStart, coreEnd).toString(), industry, form.form, branch, branchDivision);
  }

  /** Where the organisation form is, and the branch it leaves. */
  private record FormSpan(OrgForm form, int start, String branch) {}

  /** Step 1 and 2: the form (leftmost entity form, else trailing sole-trader form) and the branch. */
  private FormSpan locateForm(String n) {
    int len = n.length();
    for (int i = MIN_TRADE_NAME_LENGTH; i < len; i++) {
      int l = entityForms.longest(n, i, 0, len);
      if (l > 0) {
        return new FormSpan(entityForms.valueAt(n, i, l), i, branchAfter(n, i + l));
      }
    }
    int l = soleTraderForms.longest(n, len, MIN_TRADE_NAME_LENGTH, len);
    if (l > 0) {
      return new FormSpan(soleTraderForms.valueAt(n, len, l), len - l, null);
    }
    int open = trailingBracketGroup(n, len);
    if (open >= MIN_TRADE_NAME_LENGTH && branchMarkers.longest(n, len - 1, open + 1, len - 1) > 0) {
      return new FormSpan(null, open, n.substring(open + 1, len - 1));
    }
    return new FormSpan(null, len, null);
  }

  /** The branch written after the form ending at {@code formEnd}; null when none or only a qualifier. */
  private static String branchAfter(String n, int formEnd) {
    if (formEnd >= n.length()) {
      return null;
    }
    String tail = n.substring(formEnd);
    boolean qualifierOnly = tail.charAt(0) == '(' && tail.indexOf('(', 1) < 0 && tail.indexOf(')') == tail.length() - 1;
    return qualifierOnly ? null : tail;
  }

  /** The part before the form without brackets, and the region written in brackets. */
  private record Head(CharSequence text, String bracketRegionText, DivisionMatch bracketRegion) {}

  /** Step 3a: removes bracket groups before {@code end}; those naming a region become the region. */
  private Head splitHead(String n, int end) {
    StringBuilder text = new StringBuilder(end);
    StringBuilder region = new StringBuilder();
    DivisionMatch bracketRegion = null;
    int i = 0;
    while (i < end) {
      char c = n.charAt(i);
      int close = c == '(' ? n.indexOf(')', i + 1) : -1;
      if (close > 0 && close < end) {
        String inner = n.substring(i + 1, close);
        Optional<DivisionMatch> run = divisions.runAt(inner, 0, inner.length());
        if (run.isPresent() && run.get().end() == inner.length()) {
          bracketRegion = run.get();
          region.append(inner);
        } else if (inner.equals(NATIONAL_REGION) || !DivisionNames.bundled().readings(inner).isEmpty()) {
          region.append(inner);
        } else {
          text.append(inner);
        }
        i = close + 1;
      } else {
        if (c != '(' && c != ')') {
          text.append(c);
        }
        i++;
      }
    }
    return new Head(text, region.toString(), bracketRegion);
  }

  /** Step 4: where the industry words at the end of {@code text} begin (text length when none). */
  private int industryStart(CharSequence text, int coreStart) {
    int coreEnd = text.length();
    while (true) {
      int[] lengths = industryWords.matchLengths(text, coreEnd, coreStart, coreEnd);
      int strip = 0;
      for (int k = lengths.length - 1; k >= 0 && strip == 0; k--) {
        if (coreEnd - lengths[k] - coreStart >= MIN_TRADE_NAME_LENGTH) {
          strip = lengths[k];
        }
      }
      if (strip == 0) {
        return coreEnd;
      }
      coreEnd -= strip;
    }
  }

  /**
   * The index after a township name (2–4 characters and 街道, 镇 or 乡) starting at {@code from},
   * if at least {@link #MIN_TRADE_NAME_LENGTH} characters follow it; else {@code from}.
   */
  private int afterTown(CharSequence head, int from) {
    for (int l = MIN_TOWN_NAME_LENGTH; l <= MAX_TOWN_NAME_LENGTH; l++) {
      int marker = townMarkers.longest(head, from + l, 0, head.length());
      if (marker > 0 && head.length() - (from + l + marker) >= MIN_TRADE_NAME_LENGTH) {
        return from + l + marker;
      }
    }
    return from;
  }

  private static String mostSpecific(DivisionMatch a, DivisionMatch b) {
    if (a == null) {
      return b == null ? null : b.code();
    }
    if (b == null) {
      return a.code();
    }
    return b.division().level().compareTo(a.division().level()) > 0 ? b.code() : a.code();
  }

  /** Index of the '(' of a bracket group ending the text, or -1. */
  private static int trailingBracketGroup(String n, int len) {
    if (len == 0 || n.charAt(len - 1) != ')') {
      return -1;
    }
    return n.lastIndexOf('(', len - 2);
  }
}
