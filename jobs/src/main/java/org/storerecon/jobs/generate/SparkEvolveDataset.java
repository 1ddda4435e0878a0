package org.storerecon.jobs.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Contract;
import org.storerecon.jobs.config.EvolveConfig;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.error.StoreReconException;

/**
 * {@link EvolveDataset} on Spark. Checks the source ({@link SourceDataset}) first, then runs one
 * pass per source file, one task per split, each task writing its part files ({@link CsvPass}):
 * labels (which also collects the operators of the shops that change), brand labels, shops (with
 * the operators broadcast), entities; then the new shops and new entities in slices
 * ({@link SliceJobs}); the driver joins the parts into one file per output (kept rows in file
 * order, then new rows; {@link EvolveParts}), copies brands.csv and writes the manifest. The
 * output folder must be visible to driver and executors (local mode or a shared mount); the parts
 * live in a temporary sub-folder that is removed afterwards.
 *
 * <p>New shops are shop indices {@code nextShopIndex ..} of the source's generator: shops are pure
 * functions of their index (the generator is prefix-stable: generating N + k shops with the same
 * seed and entity count gives the same first N), so they are the rows a larger generation would
 * have had. New entities count down from the top of the code index space ({@link NewEntitiesTask}).
 */
public final class SparkEvolveDataset implements EvolveDataset {

  private static final String PARTS_PREFIX = ".storerecon-parts-";
  private static final byte[] NONE = new byte[0];

  private final SparkSession spark;
  private Path from;
  private EvolveConfig rates;
  private Long seed;
  private Path outputDir;

  public SparkEvolveDataset(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  @Override
  public EvolveDataset from(Path dir) {
    this.from = Objects.requireNonNull(dir, "dir");
    return this;
  }

  @Override
  public EvolveDataset rates(EvolveConfig value) {
    this.rates = Objects.requireNonNull(value, "rates");
    return this;
  }

  @Override
  public EvolveDataset seed(long value) {
    this.seed = value;
    return this;
  }

  @Override
  public EvolveDataset outputDir(Path dir) {
    this.outputDir = Objects.requireNonNull(dir, "dir");
    return this;
  }

  @Override
  public Result execute() {
    if (from == null || rates == null || outputDir == null) {
      throw new IllegalStateException("from, rates and outputDir are required");
    }
    long started = System.nanoTime();
    SourceDataset source = SourceDataset.read(from);
    if (from.toAbsolutePath().normalize().equals(outputDir.toAbsolutePath().normalize())) {
      throw Errors.evolveIntoSource(from.toString());
    }
    EvolveManifest.Generator lineage = source.generator();
    Sizes sizes = new Sizes(Math.round(rates.newShops() * source.records(OutputFiles.SHOPS)),
        Math.round(rates.newEntities() * source.records(OutputFiles.ENTITIES)));
    long needed = lineage.entities() + lineage.nextShopIndex() + sizes.shops() + lineage.newEntities() + sizes.entities();
    if (needed > Codes.INDEX_SPACE) {
      throw Errors.indexSpaceExhausted(needed, Codes.INDEX_SPACE);
    }
    EvolvePlan plan = new EvolvePlan(seed == null ? lineage.seed() : seed, source.day() + 1, rates);
    Path parts = createParts();
    try {
      Counters counts = evolve(source, plan, sizes, parts);
      EvolveManifest manifest = manifest(source, plan, sizes, counts);
      ManifestJson.write(manifest, outputDir.resolve(OutputFiles.MANIFEST));
      return new Result(outputDir, manifest.records(), Duration.ofNanos(System.nanoTime() - started), manifest);
    } catch (StoreReconException e) {
      throw e;
    } catch (Exception e) {
      throw Errors.evolveFailed(e);
    } finally {
      PartConcatenator.deleteTree(parts);
    }
  }

  /** New rows of this evolve. */
  private record Sizes(long shops, long entities) {}

  private Counters evolve(SourceDataset source, EvolvePlan plan, Sizes sizes, Path parts) throws IOException {
    EvolveManifest.Generator lineage = source.generator();
    GeneratorSettings settings = lineage.settings();
    GeneratorFactories factories = GeneratorFactories.build(lineage.seed(), lineage.entities(), settings);
    String partsDir = parts.toString();

    Counters counts = new Counters();
    counts.merge(pass(source, OutputFiles.LABELS, Contract.LABELS.columnNames(), new LabelsTask(plan, partsDir)));
    counts.merge(pass(source, OutputFiles.BRAND_LABELS, Contract.BRAND_LABELS.columnNames(), new BrandLabelsTask(plan, partsDir)));
    Broadcast<Map<String, String>> operators = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(operators(parts));
    try {
      counts.merge(pass(source, OutputFiles.SHOPS, Contract.SHOPS.columnNames(), new ShopsTask(plan, operators, partsDir)));
    } finally {
      operators.destroy();
    }
    counts.merge(SliceJobs.run(spark, "evolve: new shops", sizes.shops(), settings.rowsPerSlice(),
        new NewShopsTask(factories.shops(), lineage.nextShopIndex(), sizes.shops(), settings.rowsPerSlice(), partsDir)));
    EntityChanges entityChanges = new EntityChanges(brandParties(factories), settings.entities().threeCharTradeNameRate());
    counts.merge(pass(source, OutputFiles.ENTITIES, Contract.ENTITIES.columnNames(), new EntitiesTask(plan, entityChanges, partsDir)));
    LocalDate registeredOn = settings.entities().establishedUntil().plusDays(plan.day() - 1L);
    counts.merge(SliceJobs.run(spark, "evolve: new entities", sizes.entities(), settings.rowsPerSlice(),
        new NewEntitiesTask(factories.registry(), lineage.newEntities(), sizes.entities(), settings.rowsPerSlice(),
            registeredOn, partsDir)));

    Files.createDirectories(outputDir);
    Files.copy(source.file(OutputFiles.BRANDS), outputDir.resolve(OutputFiles.BRANDS), StandardCopyOption.REPLACE_EXISTING);
    counts.add(OutputFiles.records(OutputFiles.BRANDS), source.records(OutputFiles.BRANDS));
    EvolveParts.files().forEach((file, out) -> PartConcatenator.concatenate(parts, out.folders(), outputDir.resolve(file), NONE,
        CsvRecords.line(out.header(), CsvRecords.LF).getBytes(StandardCharsets.UTF_8)));
    return counts;
  }

  private Counters pass(SourceDataset source, String file, List<String> columns, CsvPass.SplitTask task) {
    return CsvPass.run(spark, source.file(file), CsvRecords.line(columns, ""), "evolve: " + file, task);
  }

  /** {@code labels.uscc} by shop key of the shops the plan does not keep, from the labels pass. */
  private static Map<String, String> operators(Path parts) {
    Map<String, String> out = new HashMap<>();
    for (String line : PartConcatenator.lines(parts, EvolveParts.OPERATORS)) {
      String[] f = CsvLine.parse(line);
      out.put(EvolvePlan.shopKey(f[0], f[1]), f[2]);
    }
    return out;
  }

  /** Registry keys of every brand owner and licensee. */
  private static Set<String> brandParties(GeneratorFactories factories) {
    Set<String> keys = new HashSet<>();
    for (Brand b : factories.catalog().brands()) {
      keys.add(factories.registry().entity(b.owner()).key());
      b.licensees().forEach(i -> keys.add(factories.registry().entity(i).key()));
    }
    return keys;
  }

  private EvolveManifest manifest(SourceDataset source, EvolvePlan plan, Sizes sizes, Counters counts) {
    SortedMap<String, Long> records = new TreeMap<>();
    SortedMap<String, Long> kinds = new TreeMap<>();
    SortedMap<String, Long> variants = new TreeMap<>();
    for (ChangeKind k : ChangeKind.values()) {
      kinds.put(k.code(), 0L);
    }
    counts.sorted().forEach((key, value) -> {
      if (key.startsWith(OutputFiles.RECORDS)) {
        records.put(key.substring(OutputFiles.RECORDS.length()), value);
      } else if (kinds.containsKey(key)) {
        kinds.put(key, value);
      } else {
        variants.put(key, value);
      }
    });
    for (String file : EvolveParts.files().keySet()) {
      records.putIfAbsent(file, 0L);
    }
    EvolveManifest.Generator lineage = source.generator();
    EvolveManifest.Generator next = new EvolveManifest.Generator(lineage.seed(), lineage.entities(),
        lineage.nextShopIndex() + sizes.shops(), lineage.newEntities() + sizes.entities(), lineage.settings());
    return new EvolveManifest(source.dir().toAbsolutePath().normalize().toString(), plan.day(), plan.seed(), rates, kinds,
        variants, records, next, EvolveNotes.NOTES);
  }

  private Path createParts() {
    try {
      Files.createDirectories(outputDir);
      return Files.createTempDirectory(outputDir, PARTS_PREFIX);
    } catch (IOException e) {
      throw Errors.cannotWrite("the output folder", outputDir.toString(), e);
    }
  }
}
