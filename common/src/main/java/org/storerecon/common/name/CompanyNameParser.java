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
    int len = n.length();

    // 1. organisation form
    OrgForm form = null;
    int formStart = len;
    int formEnd = len;
    for (int i = MIN_TRADE_NAME_LENGTH; i < len && form == null; i++) {
      int l = entityForms.longest(n, i, 0, len);
      if (l > 0) {
        form = entityForms.valueAt(n, i, l);
        formStart = i;
        formEnd = i + l;
      }
    }
    String branch = null;
    if (form == null) {
      int l = soleTraderForms.longest(n, len, MIN_TRADE_NAME_LENGTH, len);
      if (l > 0) {
        form = soleTraderForms.valueAt(n, len, l);
        formStart = len - l;
      } else {
        int open = trailingBracketGroup(n, len);
        if (open >= MIN_TRADE_NAME_LENGTH && branchMarkers.longest(n, len - 1, open + 1, len - 1) > 0) {
          branch = n.substring(open + 1, len - 1);
          formStart = open;
        }
      }
      formEnd = len;
    }

    // 2. branch after the form
    if (formEnd < len) {
      String tail = n.substring(formEnd);
      boolean qualifierOnly = tail.charAt(0) == '(' && tail.indexOf('(', 1) < 0 && tail.indexOf(')') == tail.length() - 1;
      if (!qualifierOnly) {
        branch = tail;
      }
    }
    String branchDivision = null;
    if (branch != null) {
      branchDivision = divisions.runAt(branch, 0, branch.length()).map(DivisionMatch::code).orElse(null);
    }

    // 3. regions before the form
    StringBuilder head = new StringBuilder(formStart);
    StringBuilder region = new StringBuilder();
    DivisionMatch bracketRegion = null;
    int i = 0;
    while (i < formStart) {
      char c = n.charAt(i);
      int close = c == '(' ? n.indexOf(')', i + 1) : -1;
      if (close > 0 && close < formStart) {
        String inner = n.substring(i + 1, close);
        Optional<DivisionMatch> run = divisions.runAt(inner, 0, inner.length());
        boolean isRegion = true;
        if (run.isPresent() && run.get().end() == inner.length()) {
          bracketRegion = run.get();
        } else if (!inner.equals(NATIONAL_REGION) && DivisionNames.bundled().readings(inner).isEmpty()) {
          isRegion = false;
          head.append(inner);
        }
        if (isRegion) {
          region.append(inner);
        }
        i = close + 1;
      } else {
        if (c != '(' && c != ')') {
          head.append(c);
        }
        i++;
      }
    }
    DivisionMatch leading = divisions.runAt(head, 0, head.length())
        .filter(m -> head.length() - m.end() >= MIN_TRADE_NAME_LENGTH)
        .orElse(null);
    int coreStart = 0;
    if (leading != null) {
      coreStart = leading.end();
      if (leading.division().level() == Division.Level.COUNTY) {
        coreStart = afterTown(head, coreStart);
      }
      region.insert(0, head.substring(0, coreStart));
    }
    String divisionCode = mostSpecific(leading, bracketRegion);

    // 4. industry words, then the trade name
    int coreEnd = head.length();
    while (true) {
      int[] lengths = industryWords.matchLengths(head, coreEnd, coreStart, coreEnd);
      int strip = 0;
      for (int k = lengths.length - 1; k >= 0; k--) {
        if (coreEnd - lengths[k] - coreStart >= MIN_TRADE_NAME_LENGTH) {
          strip = lengths[k];
          break;
        }
      }
      if (strip == 0) {
        break;
      }
      coreEnd -= strip;
    }
    String industry = coreEnd < head.length() ? head.substring(coreEnd) : null;
    return new CompanyName(n, region.length() == 0 ? null : region.toString(), divisionCode,
        head.substring(coreStart, coreEnd), industry, form, branch, branchDivision);
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
