package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.CommitMetrics;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.common.text.Sha256;
import org.storerecon.jobs.config.CsvMultiLine;
import org.storerecon.jobs.config.InputFormat;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.normalize.NormalizeRecords;
import org.storerecon.jobs.pipeline.ChangeFeed;
import org.storerecon.jobs.pipeline.CodeVersion;
import org.storerecon.jobs.pipeline.RunAudit;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.RunMode;
import org.storerecon.jobs.pipeline.SessionSettings;
import org.storerecon.jobs.pipeline.Stage;
import org.storerecon.jobs.pipeline.StageTables;
import org.storerecon.jobs.resolve.LookupKeys;

/**
 * The ingest stage: reads each input, checks it against the contract, adds the normalised keys of
 * the domain library ({@link NormalizeRecords}), and writes the good rows to its canonical Delta
 * table ({@code shops}, {@code entities}, {@code brands}; overwritten with
 * the new snapshot, older snapshots stay reachable by Delta time travel) and every other row to
 * {@code quarantine} (appended) with its reason codes and raw text.
 *
 * <p>Use in two steps: {@link #prepare} every input first, so that a missing file or column
 * stops the run before anything is written; then {@link #ingest} each.
 */
public final class IngestInputs {

  /**
   * The input whose ingestion reads no other input's table and whose table no other input's
   * ingestion reads (the shops' reads the registry's): the brand list, which a run ingests beside
   * the others ({@code NightlyRun}), in a session of its own.
   */
  public static final InputSpec INDEPENDENT = Contract.BRANDS;

  /** Held while writing {@code quarantine}, the one table inputs ingested side by side share. */
  private static final ReentrantLock QUARANTINE_WRITE = new ReentrantLock();

  private final SparkSession spark;
  private final StoreReconConfig config;
  private final Warehouse warehouse;
  private final RawReader reader;

  public IngestInputs(SparkSession spark, StoreReconConfig config, Warehouse warehouse) {
    this.spark = spark;
    this.config = config;
    this.warehouse = warehouse;
    this.reader = new RawReader(spark, config.ingest());
  }

  /** An input whose files are found and whose columns satisfy the contract. */
  public record Prepared(InputFiles files, List<String> columns) {}

  /** Finds an input's files and checks its columns; reads no rows. */
  public Prepared prepare(InputSpec spec) {
    InputFiles files = InputFiles.resolve(spec, config.input(spec.name()), spark.sparkContext().hadoopConfiguration());
    return new Prepared(files, reader.checkColumns(files));
  }

  /**
   * Ingests one prepared input. A single-line CSV input is parsed only where its lines differ from
   * the ones the canonical table was built from ({@link LineChanges}); with {@link RunMode#FULL}, on
   * the first night, or when the settings that shape a record changed, every line is parsed.
   */
  public IngestReport ingest(Prepared input, RunContext run, RunMode mode) {
    long started = System.nanoTime();
    String settings = settingsDigest(input);
    Optional<String> fullBeforeReading = fullBeforeReading(input.files().spec().name(), mode, settings);
    // An incremental night's settings (storerecon.nightly.incremental-spark) from the line scan on;
    // taken back if the input turns out to need a full parse after all.
    try (SessionSettings incremental = fullBeforeReading.isEmpty()
        ? SessionSettings.set(spark, config.nightly().incrementalSpark()) : SessionSettings.none()) {
      return ingest(input, run, settings, fullBeforeReading, incremental, started);
    }
  }

  private IngestReport ingest(Prepared input, RunContext run, String settings, Optional<String> fullBeforeReading,
      SessionSettings incremental, long started) {
    InputSpec spec = input.files().spec();
    String table = spec.name();
    Optional<Dataset<Row>> registry = spec.equals(Contract.SHOPS) && warehouse.exists(spark, Tables.ENTITIES)
        ? Optional.of(spark.read().format("delta").load(warehouse.location(Tables.ENTITIES)))
        : Optional.empty();
    NormalizeRecords normalize = new NormalizeRecords();
    // Normalised records carry their lookup key hashes, which incremental resolution reads instead of
    // computing every record's keys each night.
    UnaryOperator<Dataset<Row>> normalizer = rows -> LookupKeys.withHashes(spec, normalize.apply(spec, rows, registry));
    Function<Dataset<Row>, Dataset<Row>> recheck = stored -> spec.equals(Contract.SHOPS)
        ? normalize.staleShops(stored, registry) : stored.limit(0);
    CanonicalTable canonical = new CanonicalTable(spark, warehouse, config.nightly().incrementalMaxShare(), LookupKeys.properties(spec));
    ValidateRows validate = new ValidateRows(config.ingest());

    Optional<CsvLines> lines = lines(input, fullBeforeReading.isEmpty() ? CsvLines.Index.KEPT : CsvLines.Index.NOT_KEPT);
    List<Dataset<Row>> cached = new ArrayList<>();
    try {
      Optional<String> full = fullBeforeReading.or(() -> fullAfterReading(table, input, lines, canonical, normalizer, validate));
      if (full.isPresent()) {
        incremental.close();
      }
      Optional<Skipped> skipped = full.isEmpty()
          ? Optional.of(parseChangedLines(lines.orElseThrow(), table, recheck, validate, cached))
          : Optional.empty();
      Dataset<Row> validated = skipped.map(Skipped::validated).orElseGet(() ->
          validate.apply(lines.map(CsvLines::parseAll).orElseGet(() -> reader.read(input.files(), input.columns()))));
      Dataset<Row> checked = new MarkDuplicates().apply(validated)
          .withColumn(Columns.RUN_ID, lit(run.runId()))
          .withColumn(Columns.RUN_DATE, lit(Date.valueOf(run.runDate())));
      // Parsing is the expensive part: parse once, then count and write both outputs from the cached rows.
      checked.persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(checked);
      Column good = size(col(Columns.REASONS)).equalTo(0);
      // coalesce: a sum over no rows (every line unchanged) is null.
      Row totals = checked.agg(count(lit(1)), coalesce(sum(when(good, 1L).otherwise(0L)), lit(0L))).first();
      long parsed = totals.getLong(0);
      // Lines not parsed are records the table holds as they are: they count as read and written.
      long unparsed = skipped.isPresent() ? lines.orElseThrow().index().count() - parsed : 0;
      long rowsIn = parsed + unparsed;
      long rowsWritten = totals.getLong(1) + unparsed;
      Map<String, Long> reasons = reasonCounts(checked.filter(not(good)));

      Dataset<Row> goodRows = CanonicalTable.withHash(checked.filter(good)
          .withColumnRenamed(CheckedColumns.KEY, CanonicalTable.RECORD_KEY)
          .drop(Columns.REASONS, Columns.DETAIL, Columns.RAW_RECORD, CheckedColumns.FILLED));
      CanonicalTable.Changes written = skipped.isPresent()
          ? canonical.writeParsed(table, goodRows, skipped.get().changes().vanished(skipped.get().parsedLines()),
              skipped.get().changes().recheckKeys(), normalizer, settings)
          : canonical.write(table, goodRows, normalizer, recheck, settings);
      CanonicalTable.Changes night = sinceLastRun(table, run, written);

      CommitMetrics quarantine = writeQuarantine(checked.filter(not(good)), spec, run);

      long stored = spark.read().format("delta").load(warehouse.location(table)).count();
      if (rowsIn != rowsWritten + quarantine.outputRows() || stored != rowsWritten) {
        throw Errors.reconciliationFailed(spec.name(), rowsIn, stored, quarantine.outputRows());
      }
      long durationMs = (System.nanoTime() - started) / 1_000_000;
      return new IngestReport(spec.name(), input.files().location(), input.files().files().size(), input.files().bytes(),
          rowsIn, rowsWritten, quarantine.outputRows(), reasons, durationMs, written.version(), night,
          full.map(r -> "full: " + r).orElse("incremental"), parsed);
    } finally {
      cached.forEach(Dataset::unpersist);
      lines.ifPresent(CsvLines::close);
    }
  }

  /**
   * Tonight's parsed lines when the unchanged ones are skipped.
   *
   * @param validated the parsed lines, checked
   * @param parsedLines hashes of the lines parsed
   */
  private record Skipped(LineChanges changes, Dataset<Row> validated, Dataset<Row> parsedLines) {}

  /**
   * Parses the lines unlike the stored records' ({@link LineChanges}): a first round (new, repeated
   * and rechecked lines), then, when a first-round line carries the key of an unchanged line, both
   * again so that {@link MarkDuplicates} sees every line with that key.
   */
  private Skipped parseChangedLines(CsvLines lines, String table, Function<Dataset<Row>, Dataset<Row>> recheck,
      ValidateRows validate, List<Dataset<Row>> cached) {
    LineChanges changes = LineChanges.of(lines.index(), new StageTables(spark, warehouse).read(table), recheck);
    Dataset<Row> first = changes.firstRound().localCheckpoint(true);
    // No line to parse (an unchanged input): an empty plan, which Spark's optimizer knows to be
    // empty, so the files are not scanned again to find nothing.
    Dataset<Row> firstLines = first.isEmpty() ? first.limit(0) : first;
    Dataset<Row> firstChecked = validate.apply(lines.parseOnly(firstLines)).persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(firstChecked);
    Dataset<Row> firstKeys = firstChecked.filter(size(col(Columns.REASONS)).equalTo(0).and(col(CheckedColumns.KEY).isNotNull()))
        .select(col(CheckedColumns.KEY).as(CanonicalTable.RECORD_KEY));
    Dataset<Row> second = changes.secondRound(firstKeys, first).localCheckpoint(true);
    Dataset<Row> parsed = firstLines.union(second).localCheckpoint(true);
    // Usually empty: a second round means a changed record's key is also on an unchanged line.
    Dataset<Row> validated = second.isEmpty() ? firstChecked : validate.apply(lines.parseOnly(parsed));
    return new Skipped(changes, validated, parsed);
  }

  /**
   * A CSV input read by lines when it can be ({@link CsvLines}): not configured multi-line, and, with
   * {@code csv-multi-line = auto}, no line with an odd number of quotes.
   */
  private Optional<CsvLines> lines(Prepared input, CsvLines.Index index) {
    if (input.files().format() != InputFormat.CSV || config.ingest().csvMultiLine() == CsvMultiLine.TRUE) {
      return Optional.empty();
    }
    CsvLines lines = CsvLines.read(spark, input.files(), input.columns(), index);
    if (config.ingest().csvMultiLine() == CsvMultiLine.AUTO && lines.quotedLineBreaks()) {
      lines.close();
      return Optional.empty();
    }
    return Optional.of(lines);
  }

  /**
   * Why every line must be parsed tonight, known before reading: {@code --full}, no table yet, or a
   * table built with other settings ({@link CanonicalTable#SETTINGS_PROPERTY}). Empty when unchanged
   * lines may be skipped.
   */
  private Optional<String> fullBeforeReading(String table, RunMode mode, String settings) {
    if (mode == RunMode.FULL) {
      return Optional.of("--full");
    }
    if (!warehouse.exists(spark, table)) {
      return Optional.of("no " + table + " table");
    }
    if (new StageTables(spark, warehouse).property(table, CanonicalTable.SETTINGS_PROPERTY).filter(settings::equals).isEmpty()) {
      return Optional.of("ingestion settings or code version changed");
    }
    return Optional.empty();
  }

  /** Why every line must be parsed after all: the input is not read by lines, or its columns changed. */
  private Optional<String> fullAfterReading(String table, Prepared input, Optional<CsvLines> lines, CanonicalTable canonical,
      UnaryOperator<Dataset<Row>> normalizer, ValidateRows validate) {
    if (lines.isEmpty()) {
      return Optional.of(input.files().format() == InputFormat.CSV ? "multi-line CSV"
          : input.files().format().name().toLowerCase(java.util.Locale.ROOT) + " input");
    }
    if (!canonical.mergeable(table, validateShape(lines.get(), validate), normalizer)) {
      return Optional.of("columns or lookup key definition of " + table + " changed");
    }
    return Optional.empty();
  }

  /** Tonight's good-row schema (analysed only, no job), to compare with the stored table's. */
  private Dataset<Row> validateShape(CsvLines lines, ValidateRows validate) {
    Dataset<Row> validated = validate.apply(lines.parseOnly(lines.index().limit(0)));
    return CanonicalTable.withHash(validated.withColumnRenamed(CheckedColumns.KEY, CanonicalTable.RECORD_KEY)
        .withColumn(Columns.RUN_ID, lit(""))
        .withColumn(Columns.RUN_DATE, lit(Date.valueOf("2000-01-01")))
        .drop(Columns.REASONS, Columns.DETAIL, Columns.RAW_RECORD, CheckedColumns.FILLED));
  }

  /**
   * Digest of what a stored record depends on besides its line: the code version, the input's
   * format and columns, and the ingestion limits.
   */
  private String settingsDigest(Prepared input) {
    return Sha256.hex(CodeVersion.current() + "|" + input.files().format() + "|" + String.join("\u0001", input.columns())
        + "|" + config.ingest().maxFieldLength() + "|" + new TreeMap<>(config.ingest().maxFieldLengthByColumn()));
  }

  /**
   * The records inserted, updated and deleted since the last successful run's ingestion of this
   * input (from the table's change feed), so that every attempt of a run reports the night's
   * changes; this write's own counts when there is no such run or no feed.
   */
  private CanonicalTable.Changes sinceLastRun(String table, RunContext run, CanonicalTable.Changes written) {
    Optional<Long> before = new RunAudit(spark, warehouse).lastSucceeded(Stage.INGEST.label(), Optional.of(table), run.runId())
        .flatMap(b -> Optional.ofNullable(b.inputVersions().get(table)));
    Optional<Dataset<Row>> feed = before.flatMap(v -> new ChangeFeed(spark, warehouse).between(table, v, written.version()));
    if (feed.isEmpty()) {
      return written;
    }
    ChangeFeed.NetChanges net = ChangeFeed.net(feed.get(), List.of(CanonicalTable.RECORD_KEY));
    return new CanonicalTable.Changes(net.inserted(), net.updated(), net.deleted(), written.version());
  }

  /**
   * Replaces the quarantine rows of this input and run date (a rerun of the same date never adds to
   * them) and returns the commit's metrics. Serialised within the JVM ({@link #QUARANTINE_WRITE}):
   * inputs ingested side by side ({@link #INDEPENDENT}) share the table, and the metrics are read as
   * the commits since the version before this write, which must be this write's alone.
   */
  private CommitMetrics writeQuarantine(Dataset<Row> bad, InputSpec spec, RunContext run) {
    String location = warehouse.location(Tables.QUARANTINE);
    QUARANTINE_WRITE.lock();
    try {
      long before = CommitMetrics.currentVersion(spark, location);
      new StageTables(spark, warehouse).replaceWhere(quarantineRows(bad, spec), Tables.QUARANTINE,
          Columns.RUN_DATE + " = DATE'" + run.runDate() + "' AND " + Columns.SOURCE + " = '" + spec.name() + "'");
      return CommitMetrics.since(spark, location, before);
    } finally {
      QUARANTINE_WRITE.unlock();
    }
  }

  private static Dataset<Row> quarantineRows(Dataset<Row> bad, InputSpec spec) {
    return bad.select(
        col(Columns.RUN_ID), col(Columns.RUN_DATE), lit(spec.name()).as(Columns.SOURCE), col(Columns.SOURCE_FILE),
        col(Columns.ROW), col(Columns.REASONS), col(Columns.DETAIL), col(Columns.RAW_RECORD));
  }

  private static Map<String, Long> reasonCounts(Dataset<Row> bad) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row r : bad.select(explode(col(Columns.REASONS)).as("reason")).groupBy("reason").count().collectAsList()) {
      counts.put(r.getString(0), r.getLong(1));
    }
    return counts;
  }
}
