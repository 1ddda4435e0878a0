package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.normalize.NormalizeRecords;
import org.storerecon.jobs.pipeline.ChangeFeed;
import org.storerecon.jobs.pipeline.RunAudit;
import org.storerecon.jobs.pipeline.RunContext;
import org.storerecon.jobs.pipeline.Stage;
import org.storerecon.jobs.pipeline.StageTables;

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

  /** Ingests one prepared input. */
  public IngestReport ingest(Prepared input, RunContext run) {
    long started = System.nanoTime();
    InputSpec spec = input.files().spec();
    RawInput raw = reader.read(input.files(), input.columns());
    Dataset<Row> checked = new MarkDuplicates().apply(new ValidateRows(config.ingest()).apply(raw))
        .withColumn(Columns.RUN_ID, lit(run.runId()))
        .withColumn(Columns.RUN_DATE, lit(Date.valueOf(run.runDate())));
    // Parsing (multi-line CSV above all) is the expensive part: parse once, then count and write
    // both outputs from the cached rows.
    checked.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Column good = size(col(Columns.REASONS)).equalTo(0);
      Row totals = checked.agg(count(lit(1)), sum(when(good, 1L).otherwise(0L))).first();
      long rowsIn = totals.getLong(0);
      long rowsWritten = totals.getLong(1);
      Map<String, Long> reasons = reasonCounts(checked.filter(org.apache.spark.sql.functions.not(good)));

      String table = spec.name();
      long quarantineBefore = CommitMetrics.currentVersion(spark, warehouse.location(Tables.QUARANTINE));
      Dataset<Row> goodRows = CanonicalTable.withHash(checked.filter(good)
          .withColumnRenamed(CheckedColumns.KEY, CanonicalTable.RECORD_KEY)
          .drop(Columns.REASONS, Columns.DETAIL, Columns.RAW_RECORD, CheckedColumns.FILLED));
      Optional<Dataset<Row>> registry = spec.equals(Contract.SHOPS) && warehouse.exists(spark, Tables.ENTITIES)
          ? Optional.of(spark.read().format("delta").load(warehouse.location(Tables.ENTITIES)))
          : Optional.empty();
      NormalizeRecords normalize = new NormalizeRecords();
      CanonicalTable.Changes written = new CanonicalTable(spark, warehouse).write(table, goodRows,
          rows -> normalize.apply(spec, rows, registry),
          stored -> spec.equals(Contract.SHOPS) ? normalize.staleShops(stored, registry) : stored.limit(0));
      CanonicalTable.Changes night = sinceLastRun(table, run, written);

      // A rerun of the same run date replaces the quarantine rows it wrote before, never adds to them.
      new StageTables(spark, warehouse).replaceWhere(quarantineRows(checked.filter(org.apache.spark.sql.functions.not(good)), spec),
          Tables.QUARANTINE, Columns.RUN_DATE + " = DATE'" + run.runDate() + "' AND " + Columns.SOURCE + " = '" + spec.name() + "'");
      CommitMetrics quarantine = CommitMetrics.since(spark, warehouse.location(Tables.QUARANTINE), quarantineBefore);

      long stored = spark.read().format("delta").load(warehouse.location(table)).count();
      if (rowsIn != rowsWritten + quarantine.outputRows() || stored != rowsWritten) {
        throw Errors.reconciliationFailed(spec.name(), rowsIn, stored, quarantine.outputRows());
      }
      long durationMs = (System.nanoTime() - started) / 1_000_000;
      return new IngestReport(spec.name(), input.files().location(), input.files().files().size(), input.files().bytes(),
          rowsIn, rowsWritten, quarantine.outputRows(), reasons, durationMs, written.version(), night);
    } finally {
      checked.unpersist();
    }
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
    Map<String, Long> byType = new TreeMap<>();
    for (Row r : feed.get().groupBy(ChangeFeed.CHANGE_TYPE).count().collectAsList()) {
      byType.put(r.getString(0), r.getLong(1));
    }
    return new CanonicalTable.Changes(byType.getOrDefault("insert", 0L), byType.getOrDefault("update_postimage", 0L),
        byType.getOrDefault("delete", 0L), written.version());
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
