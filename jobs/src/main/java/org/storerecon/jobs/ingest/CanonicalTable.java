package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.delta.CommitMetrics;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.pipeline.ShopJoin;
import org.storerecon.jobs.pipeline.StageTables;

/**
 * Keeps a canonical table ({@code shops}, {@code entities}, {@code brands}) equal to tonight's
 * snapshot while rewriting only what changed: one Delta MERGE on {@link #RECORD_KEY} inserts new
 * records, updates records whose content changed ({@link #RECORD_HASH} differs) and deletes
 * records missing from the snapshot. Unchanged records keep their row, including the lineage
 * columns ({@code source_file}, {@code row}, {@code run_id}, {@code run_date}) of the night their
 * current content was first read. Only inserted and updated records are normalised (the domain
 * library's keys), which is most of the cost of ingestion after parsing.
 *
 * <p>A table that does not exist yet, whose columns differ from tonight's (a table from before
 * {@link #RECORD_HASH}, or an input that gained or lost a column), or whose pinned properties
 * differ (normalised columns of another definition), is written whole.
 *
 * <p>Shuffles: tonight's (key, hash) ⋈ the table's (key, hash), full outer, by key: two narrow
 * columns of every record; the changed records semi-join tonight's rows by key; the MERGE joins
 * its source (changed records only) with the table. The table has deletion vectors enabled, so a
 * MERGE that touches a few records in every file writes small deletion vectors and the new rows,
 * not every file again. When only changed lines were parsed ({@link #writeParsed}) and they are
 * few, they are compared with the stored key and hashes of their keys (a broadcast filter) and the
 * changed records replaced in one {@code replaceWhere} commit ({@link StageTables#merge}), so the
 * table's rows are neither shuffled nor read whole.
 */
public final class CanonicalTable {

  /** Column: the record's contract key ({@code platform␁shop_id}, {@code uscc:…}/{@code reg_no:…}, {@code brand_id}). */
  public static final String RECORD_KEY = "record_key";
  /** Column: hash of the record's content (every input column but the lineage ones). */
  public static final String RECORD_HASH = "record_hash";

  /**
   * Table property: digest of what a record's stored content depends on besides its line (the
   * ingestion settings, the code version, the file's columns). Lines are skipped only when it equals
   * tonight's ({@link LineChanges}).
   */
  public static final String SETTINGS_PROPERTY = "storerecon.ingest.settings";

  private static final Set<String> LINEAGE = Set.of(Columns.SOURCE_FILE, Columns.ROW, Columns.RUN_ID, Columns.RUN_DATE,
      CsvLines.LINE_HASH);
  private static final String DELETE = "_delete";
  private static final String FORCE = "_force";
  private static final String OLD_HASH = "_old_hash";
  private static final String OLD_LINE = "_old_line";

  /**
   * What a write did.
   *
   * @param inserted records new tonight
   * @param updated records whose content changed
   * @param deleted records missing from tonight's snapshot
   * @param version table version after the write
   */
  public record Changes(long inserted, long updated, long deleted, long version) {}

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final double incrementalMaxShare;
  private final Map<String, String> pinned;

  /**
   * @param incrementalMaxShare share of a table's records above which a night's changes are merged
   *     in one MERGE rather than broadcast ({@code storerecon.nightly.incremental-max-share})
   * @param pinned table properties that say how the normalised columns were computed (the lookup key
   *     definition): set on every write; a table without these values is written whole, so that no
   *     stored record keeps columns of another definition
   */
  public CanonicalTable(SparkSession spark, Warehouse warehouse, double incrementalMaxShare, Map<String, String> pinned) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.incrementalMaxShare = incrementalMaxShare;
    this.pinned = Map.copyOf(pinned);
  }

  /** Adds {@link #RECORD_HASH} to validated good rows that carry {@link #RECORD_KEY}. */
  public static Dataset<Row> withHash(Dataset<Row> rows) {
    List<Column> content = new ArrayList<>();
    Arrays.stream(rows.columns()).filter(c -> !LINEAGE.contains(c) && !c.equals(RECORD_KEY)).sorted().forEach(c -> content.add(col(c)));
    return rows.withColumn(RECORD_HASH, xxhash64(to_json(struct(content.toArray(Column[]::new)))));
  }

  /**
   * Makes {@code table} hold exactly {@code tonight}'s records. Records whose content and line are
   * unchanged are not rewritten, unless the table's {@link #SETTINGS_PROPERTY} differs from
   * {@code settings}: then every record is normalised and written again.
   *
   * @param tonight validated good rows with {@link #RECORD_KEY} and {@link #RECORD_HASH}, not yet normalised
   * @param normalize adds the domain keys to rows of {@code tonight}'s shape
   * @param recheck keys of records whose stored normalised form may be stale although their content
   *     did not change (for shops: the pilot-code rule reads the registry), given the table; renormalised too
   */
  public Changes write(String table, Dataset<Row> tonight, UnaryOperator<Dataset<Row>> normalize,
      java.util.function.Function<Dataset<Row>, Dataset<Row>> recheck, String settings) {
    StageTables tables = new StageTables(spark, warehouse);
    if (!mergeable(table, tonight, normalize)) {
      // First night, a table from before record hashes, or input columns that changed: write it whole.
      String location = warehouse.location(table);
      tables.overwrite(normalize.apply(tonight), table);
      long rows = CommitMetrics.latest(spark, location).outputRows();
      tables.enableChangeTracking(table);
      tables.ensureProperties(table, properties(settings));
      return new Changes(rows, 0, 0, CommitMetrics.latest(spark, location).version());
    }
    Dataset<Row> stored = tables.read(table);
    Dataset<Row> storedKeys = stored.select(col(RECORD_KEY), col(RECORD_HASH).as(OLD_HASH), col(CsvLines.LINE_HASH).as(OLD_LINE));
    // Shuffle: tonight's (key, hashes) ⋈ the table's (key, hashes), full outer, by key. A record whose
    // line changed but not its content (spacing the checks trim away) is rewritten too, so that the
    // stored line hash is tonight's whichever way the night was read.
    Dataset<Row> diff = tonight.select(col(RECORD_KEY), col(RECORD_HASH), col(CsvLines.LINE_HASH))
        .join(storedKeys, new String[] {RECORD_KEY}, "full_outer");
    // Records stored under other settings or by another code version may hold normalised columns
    // that tonight's would compute differently, although their content is the same: all are rewritten.
    Column storedAsTonight = lit(tables.property(table, SETTINGS_PROPERTY).filter(settings::equals).isPresent());
    Dataset<Row> changedKeys = diff.filter(col(RECORD_HASH).isNotNull()
            .and(not(storedAsTonight)
                .or(col(OLD_HASH).isNull()).or(col(OLD_HASH).notEqual(col(RECORD_HASH)))
                .or(not(col(OLD_LINE).eqNullSafe(col(CsvLines.LINE_HASH))))))
        .select(RECORD_KEY)
        .union(recheck.apply(stored).select(RECORD_KEY))
        .distinct();
    Dataset<Row> upserts = normalize.apply(tonight.join(changedKeys, new String[] {RECORD_KEY}, "left_semi"))
        .withColumn(DELETE, lit(false))
        .withColumn(FORCE, lit(true));
    Dataset<Row> removed = diff.filter(col(RECORD_HASH).isNull()).select(col(RECORD_KEY), lit(true).as(DELETE));
    return merge(table, upserts.unionByName(removed, true), settings, ShopJoin.SHUFFLE);
  }

  /**
   * Makes {@code table} hold tonight's records when only some lines were parsed
   * ({@link LineChanges}): every record the unparsed lines supply is already stored as it is.
   *
   * @param parsed good rows of the lines parsed tonight that won their key, with both hashes, not yet normalised
   * @param vanished keys of stored records the unparsed lines do not supply
   * @param recheck keys of stored records to normalise again although their line did not change
   */
  public Changes writeParsed(String table, Dataset<Row> parsed, Dataset<Row> vanished, Dataset<Row> recheck,
      UnaryOperator<Dataset<Row>> normalize, String settings) {
    Dataset<Row> force = recheck.select(RECORD_KEY).distinct().withColumn(FORCE, lit(true));
    // Materialised before its keys are read again below: a plan that read the parsed rows twice
    // found the cached copy on one side only, and parsed the input files again for the other.
    Dataset<Row> upserts = normalize.apply(parsed)
        .join(broadcast(force), new String[] {RECORD_KEY}, "left")
        .withColumn(FORCE, coalesce(col(FORCE), lit(false)))
        .withColumn(DELETE, lit(false))
        .localCheckpoint(true);
    Dataset<Row> removed = vanished.join(upserts.select(RECORD_KEY), new String[] {RECORD_KEY}, "left_anti")
        .select(col(RECORD_KEY), lit(true).as(DELETE));
    // Materialised: counted here, then read by the MERGE. A night's changes are few; when they are
    // more than incremental-max-share of the stored records, one MERGE is cheaper than broadcasting them.
    Dataset<Row> changes = upserts.unionByName(removed, true).localCheckpoint(true);
    long changed = changes.count();
    if (changed == 0) {
      // Every line is a stored record as it is: no MERGE, no commit.
      new StageTables(spark, warehouse).ensureProperties(table, properties(settings));
      return new Changes(0, 0, 0, CommitMetrics.currentVersion(spark, warehouse.location(table)));
    }
    long stored = new StageTables(spark, warehouse).read(table).count();
    ShopJoin join = changed <= incrementalMaxShare * stored ? ShopJoin.BROADCAST : ShopJoin.SHUFFLE;
    return merge(table, changes, settings, join);
  }

  /**
   * Whether {@code table} exists with the columns tonight's normalised rows have and the pinned
   * properties (analysed only, no job).
   */
  public boolean mergeable(String table, Dataset<Row> tonight, UnaryOperator<Dataset<Row>> normalize) {
    if (!warehouse.exists(spark, table)) {
      return false;
    }
    StageTables tables = new StageTables(spark, warehouse);
    return Arrays.asList(tables.read(table).columns()).equals(Arrays.asList(normalize.apply(tonight).columns()))
        && pinned.entrySet().stream().allMatch(p -> tables.property(table, p.getKey()).filter(p.getValue()::equals).isPresent());
  }

  private Map<String, String> properties(String settings) {
    Map<String, String> out = new LinkedHashMap<>(pinned);
    out.put(SETTINGS_PROPERTY, settings);
    return out;
  }

  /**
   * One MERGE ({@link StageTables#merge}): deletes on {@link #DELETE}; updates a stored record when
   * forced or when a hash differs (a first-round line that only repeats a stored one changes nothing);
   * inserts the rest.
   */
  private Changes merge(String table, Dataset<Row> source, String settings, ShopJoin join) {
    String location = warehouse.location(table);
    StageTables tables = new StageTables(spark, warehouse);
    Map<String, String> assign = new LinkedHashMap<>();
    for (String c : tables.read(table).columns()) {
      assign.put("`" + c + "`", "s.`" + c + "`");
    }
    String differs = "s." + FORCE + " OR NOT (t." + RECORD_HASH + " <=> s." + RECORD_HASH + ") OR NOT (t."
        + CsvLines.LINE_HASH + " <=> s." + CsvLines.LINE_HASH + ")";
    StageTables.Merged merged = tables.merge(table, source, List.of(RECORD_KEY), DELETE, differs, assign, join);
    tables.ensureProperties(table, properties(settings));
    return new Changes(merged.inserted(), merged.updated(), merged.deleted(), CommitMetrics.currentVersion(spark, location));
  }
}
