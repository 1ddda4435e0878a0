package org.storerecon.jobs.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Builds the protected-brand list on the driver (it is small): the bundled hand-written brands of
 * {@code brands.tsv} first, then synthesised Chinese and Latin brands up to the configured count.
 * Owners and licensees are registry companies with a USCC, active, chosen as pure functions of
 * (seed, brand); owners are distinct and get the brand as 字号.
 */
final class BrandCatalog {

  private static final String RESOURCE = "brands.tsv";
  private static final String ID_FORMAT = "B%04d";
  private static final int MAX_NICE_CLASS = 45;
  private static final int LATIN_MIN_SYLLABLES = 2;
  private static final int LATIN_EXTRA_SYLLABLES = 2;
  private static final int LETTERS = 26;

  private BrandCatalog() {}

  /** A brand line of the bundled list, before owners are assigned. */
  private record Seed(String name, String tier, String category, List<String> aliases, List<String> trapWords) {}

  /**
   * The brands and the 字号 overrides that make each owner carry its brand.
   *
   * @param brands brands in id order
   * @param overrides owner entity index to its override
   */
  record Catalog(List<Brand> brands, Map<Long, EntityFactory.TradeNameOverride> overrides) {}

  static Catalog build(long seed, GeneratorSettings settings, EntityFactory registry) {
    List<GeneratorSettings.Category> categories = settings.categories();
    List<Seed> seeds = new ArrayList<>(bundled());
    seeds.removeIf(s -> categoryIndex(categories, s.category()) < 0);
    GeneratorSettings.Brands b = settings.brands();
    Set<String> names = new HashSet<>();
    seeds.forEach(s -> names.add(s.name()));
    List<Brand> brands = new ArrayList<>();
    Map<Long, EntityFactory.TradeNameOverride> overrides = new HashMap<>();
    Set<Long> owners = new HashSet<>();
    for (int i = 0; i < b.count(); i++) {
      SplittableRandom r = Rng.row(seed, Rng.Stream.BRAND, i);
      Seed s = i < seeds.size() ? seeds.get(i) : synthesise(r, settings, names);
      int category = categoryIndex(categories, s.category());
      long owner = pickCompany(r, registry, owners, -1);
      owners.add(owner);
      List<Long> licensees = new ArrayList<>();
      int n = r.nextInt(b.maxLicensees() + 1);
      for (int k = 0; k < n; k++) {
        long licensee = pickCompany(r, registry, owners, owner);
        if (!licensees.contains(licensee)) {
          licensees.add(licensee);
        }
      }
      brands.add(new Brand(String.format(ID_FORMAT, i + 1), s.name(), s.aliases(), s.tier(),
          niceClasses(r, categories.get(category), b.maxExtraClasses()), category, owner, licensees, s.trapWords()));
      overrides.put(owner, new EntityFactory.TradeNameOverride(chineseName(s), category));
    }
    return new Catalog(List.copyOf(brands), Map.copyOf(overrides));
  }

  /** The brand's Chinese form for the owner's 字号: the name, or a Chinese alias of a Latin brand. */
  private static String chineseName(Seed s) {
    if (s.name().chars().anyMatch(c -> c >= 0x80)) {
      return s.name();
    }
    return s.aliases().stream().filter(a -> a.chars().allMatch(c -> c >= 0x80)).findFirst().orElse("");
  }

  /**
   * An active company with a USCC: scans forward from a random index, skipping {@code taken}
   * entities and {@code excluded}.
   */
  private static long pickCompany(SplittableRandom r, EntityFactory registry, Set<Long> taken, long excluded) {
    long n = registry.count();
    long start = r.nextLong(n);
    for (long step = 0; step < n; step++) {
      long j = (start + step) % n;
      if (j == excluded || taken.contains(j)) {
        continue;
      }
      EntityFactory.Core c = registry.core(j);
      if (c.kind() == EntityKind.COMPANY && !c.legacyOnly() && EntityFactory.ACTIVE.equals(c.status())) {
        return j;
      }
    }
    throw new IllegalArgumentException("The registry of " + n + " entities has too few active companies to own and license "
        + "the configured brands; generate more entities or fewer brands (storerecon.generate.brands.count)");
  }

  private static List<Integer> niceClasses(SplittableRandom r, GeneratorSettings.Category category, int maxExtra) {
    TreeSet<Integer> classes = new TreeSet<>(category.niceClasses());
    int extra = r.nextInt(maxExtra + 1);
    for (int k = 0; k < extra; k++) {
      classes.add(1 + r.nextInt(MAX_NICE_CLASS));
    }
    return List.copyOf(classes);
  }

  private static Seed synthesise(SplittableRandom r, GeneratorSettings settings, Set<String> names) {
    GeneratorSettings.Brands b = settings.brands();
    String tier = b.tiers().get(Rng.weighted(r, b.tiers())).name();
    String category = Rng.pick(r, settings.categories()).name();
    while (true) {
      String name;
      List<String> aliases = new ArrayList<>();
      if (Rng.chance(r, b.latinRate())) {
        name = Rng.chance(r, b.twoLetterRate()) ? twoLetters(r) : latinWord(r);
      } else {
        name = People.tradeName(r, settings.entities().threeCharTradeNameRate());
        String traditional = Traditional.convert(name);
        if (!traditional.equals(name)) {
          aliases.add(traditional);
        }
      }
      if (names.add(name)) {
        return new Seed(name, tier, category, aliases, List.of());
      }
    }
  }

  private static String twoLetters(SplittableRandom r) {
    return "" + (char) ('A' + r.nextInt(LETTERS)) + (char) ('A' + r.nextInt(LETTERS));
  }

  private static String latinWord(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int syllables = LATIN_MIN_SYLLABLES + r.nextInt(LATIN_EXTRA_SYLLABLES);
    for (int k = 0; k < syllables; k++) {
      sb.append(Rng.pick(r, Vocabulary.LATIN_CONSONANTS)).append(Rng.pick(r, Vocabulary.LATIN_VOWELS));
    }
    return sb.toString();
  }

  private static int categoryIndex(List<GeneratorSettings.Category> categories, String name) {
    for (int i = 0; i < categories.size(); i++) {
      if (categories.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static List<Seed> bundled() {
    try (InputStream in = BrandCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Seed> out = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Seed(f[0], f[1], f[2], split(f[3]), split(f[4])));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
  }
}
