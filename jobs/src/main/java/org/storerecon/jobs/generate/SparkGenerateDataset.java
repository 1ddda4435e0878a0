package org.storerecon.jobs.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.ReasonCode;

/**
 * {@link GenerateDataset} on Spark. Brands are built on the driver; entities and shops are
 * generated in parallel, one Spark task per slice of {@code rows-per-slice} indices, each task
 * writing its own part files (rows are pure functions of their index, so slicing does not change
 * the output); the driver then concatenates the parts into one file per dataset by byte streaming
 * and writes the manifest. The output folder must be visible to driver and executors (local mode
 * or a shared mount); the parts live in a temporary sub-folder that is removed afterwards.
 *
 * <p>Ground-truth decisions: {@code labels.uscc} holds the operator's registry key, which for a
 * legacy entity without USCC is its 15-digit reg_no (counted as {@code labels.reg_no_key}); it is
 * empty for individual sellers without licence and for operators not in the registry. Faulty
 * records that ingestion must quarantine get no labels; tolerated ones (quoted fields) do. A shop
 * showing a licence of another entity (licence misuse) is labelled with its real operator, whose
 * name it shows.
 */
public final class SparkGenerateDataset implements GenerateDataset {

  private static final String PARTS_PREFIX = ".storerecon-parts-";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] NONE = new byte[0];

  private final SparkSession spark;
  private long shops;
  private long entities = 1;
  private long seed;
  private boolean dirty;
  private GeneratorSettings settings;
  private Path outputDir;

  public SparkGenerateDataset(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  @Override
  public GenerateDataset shops(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("Shop count must not be negative: " + count);
    }
    this.shops = count;
    return this;
  }

  @Override
  public GenerateDataset entities(long count) {
    if (count < 1) {
      throw new IllegalArgumentException("Entity count must be at least 1: " + count);
    }
    this.entities = count;
    return this;
  }

  @Override
  public GenerateDataset seed(long value) {
    this.seed = value;
    return this;
  }

  @Override
  public GenerateDataset dirty() {
    this.dirty = true;
    return this;
  }

  @Override
  public GenerateDataset settings(GeneratorSettings value) {
    this.settings = Objects.requireNonNull(value, "settings");
    return this;
  }

  @Override
  public GenerateDataset outputDir(Path dir) {
    this.outputDir = Objects.requireNonNull(dir, "dir");
    return this;
  }

  @Override
  public Result execute() {
    if (outputDir == null) {
      throw new IllegalStateException("outputDir is required");
    }
    if (settings == null) {
      throw new IllegalStateException("settings are required");
    }
    long started = System.nanoTime();
    Path parts = createParts();
    try {
      GenerationManifest manifest = generate(parts);
      ManifestJson.write(manifest, outputDir.resolve(OutputFiles.MANIFEST));
      return new Result(outputDir, manifest.records(), Duration.ofNanos(System.nanoTime() - started), manifest);
    } finally {
      PartConcatenator.deleteTree(parts);
    }
  }

  private GenerationManifest generate(Path parts) {
    GeneratorFactories factories = GeneratorFactories.build(seed, entities, settings);
    BrandCatalog.Catalog catalog = factories.catalog();
    EntityFactory registry = factories.registry();
    ShopFactory shopFactory = factories.shops();
    DirtyPlan plan = dirty ? DirtyPlan.build(seed, shops, settings.dirty()) : DirtyPlan.none();
    boolean crlf = dirty && settings.dirty().crlf();
    String partsDir = parts.toString();

    Counters counts = new Counters();
    counts.merge(runSlices("generate entities", entities,
        new EntitySliceTask(registry, settings.rowsPerSlice(), partsDir)));
    counts.merge(runSlices("generate shops", shops, new ShopSliceTask(shopFactory, shops, settings.rowsPerSlice(),
        partsDir, plan, settings.dirty(), crlf ? CsvRecords.CRLF : CsvRecords.LF)));

    long brandRecords = BrandsFile.write(catalog.brands(), registry, outputDir.resolve(OutputFiles.BRANDS));
    concatenate(parts, OutputFiles.ENTITIES, NONE, header(Contract.ENTITIES.columnNames(), CsvRecords.LF));
    concatenate(parts, OutputFiles.SHOPS, dirty && settings.dirty().bom() ? BOM : NONE,
        header(Contract.SHOPS.columnNames(), crlf ? CsvRecords.CRLF : CsvRecords.LF));
    concatenate(parts, OutputFiles.LABELS, NONE, header(Contract.LABELS.columnNames(), CsvRecords.LF));
    concatenate(parts, OutputFiles.BRAND_LABELS, NONE, header(Contract.BRAND_LABELS.columnNames(), CsvRecords.LF));
    if (dirty) {
      DirtyRowsFile.write(plan, shopFactory.codes(), outputDir.resolve(OutputFiles.DIRTY_ROWS));
    }
    return manifest(counts, brandRecords, catalog, plan);
  }

  private GenerationManifest manifest(Counters counts, long brandRecords, BrandCatalog.Catalog catalog, DirtyPlan plan) {
    SortedMap<String, Long> records = new TreeMap<>();
    SortedMap<String, Long> phenomena = new TreeMap<>();
    counts.sorted().forEach((key, value) -> {
      if (key.startsWith(OutputFiles.RECORDS)) {
        records.put(key.substring(OutputFiles.RECORDS.length()), value);
      } else {
        phenomena.put(key, value);
      }
    });
    for (String file : new String[] {OutputFiles.SHOPS, OutputFiles.ENTITIES, OutputFiles.LABELS, OutputFiles.BRAND_LABELS}) {
      records.putIfAbsent(file, 0L);
    }
    records.put(OutputFiles.BRANDS, brandRecords);
    phenomena.put("brands.total", (long) catalog.brands().size());
    catalog.brands().forEach(b -> phenomena.merge("brands.tier." + b.tier(), 1L, Long::sum));
    phenomena.put("brands.licensees", catalog.brands().stream().mapToLong(b -> b.licensees().size()).sum());
    phenomena.put("brands.latin", catalog.brands().stream().filter(Brand::latin).count());

    SortedMap<String, GenerationManifest.DirtyEntry> faults = new TreeMap<>();
    if (dirty) {
      records.put(OutputFiles.DIRTY_ROWS, (long) plan.planned().size());
      for (DirtyFault f : DirtyFault.values()) {
        long n = f.fileLevel() ? f.count(settings.dirty())
            : plan.planned().stream().filter(p -> p.fault() == f).count();
        if (n > 0) {
          faults.put(f.key(), new GenerationManifest.DirtyEntry(n, f.expectedReason().map(ReasonCode::name).orElse(null)));
        }
      }
    }
    SortedMap<String, Long> sizes = new TreeMap<>(Map.of("shops", shops, "entities", entities,
        "brands", (long) settings.brands().count()));
    SortedMap<String, String> notes = new TreeMap<>(Map.of(
        "labels.uscc", "registry key of the operator: its USCC, or its 15-digit reg_no when it has no USCC "
            + "(counted as labels.reg_no_key); empty when the operator is not in the registry",
        "labels.dirty", "quarantined faulty records have no labels; tolerated ones (quoted_fields) have",
        "dirty_rows.needle", "a DIRTY-nnnn marker in shop_name that occurs in no other record; for duplicates the "
            + "shop_id shared by the original and the later copy, which ingestion must quarantine",
        "brand_labels.lead", "operator neither owner nor licensee (or unregistered) AND brand in scope (Nice classes "
            + "meet the category's, or well_known) AND (claim word in shop_name or tier well_known/time_honored)",
        "brands.usage.substring_trap", "shop names with a Latin brand inside a longer word; they have no brand label"));
    return new GenerationManifest(seed, sizes, records, phenomena, faults, notes, settings);
  }

  private Counters runSlices(String description, long rows, MapFunction<Long, String> task) {
    return SliceJobs.run(spark, description, rows, settings.rowsPerSlice(), task);
  }

  private void concatenate(Path parts, String dataset, byte[] preamble, byte[] header) {
    PartConcatenator.concatenate(parts, dataset, outputDir.resolve(dataset), preamble, header);
  }

  private static byte[] header(java.util.List<String> columns, String terminator) {
    return CsvRecords.line(columns, terminator).getBytes(StandardCharsets.UTF_8);
  }

  private Path createParts() {
    try {
      Files.createDirectories(outputDir);
      return Files.createTempDirectory(outputDir, PARTS_PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the output folder " + outputDir, e);
    }
  }
}
