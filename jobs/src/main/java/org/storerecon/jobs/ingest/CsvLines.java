package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.storerecon.common.contract.Columns;

/**
 * A single-line CSV input read as text lines, each with a hash of its raw text
 * ({@link #LINE_HASH}), so that ingestion can parse only the lines it has not seen before.
 *
 * <p>Lines are what Spark's single-line CSV reader would parse: the first line of each file (the
 * header) and blank lines (only characters up to U+0020) are left out, and a leading byte-order
 * mark is skipped by the line reader. {@link #parse} gives the rows Spark's CSV reader gives for
 * those lines, with the same parser ({@code from_csv}, PERMISSIVE, the same options), so a file
 * read this way and read by {@link RawReader} yields the same rows.
 *
 * <p>{@code row} is the line's ordinal in file order within the scan (monotonically increasing
 * id, unique and stable for the same files and split sizes), assigned before any filter, so a line
 * keeps its {@code row} whether every line or only a few are parsed.
 *
 * <p>Cost: {@link #read} scans the files once and, with {@link Index#KEPT}, keeps a narrow index
 * (file, row, hash) in memory and on disk; every parse scans them again (narrow, no shuffle) and
 * parses only the lines it keeps.
 */
final class CsvLines implements AutoCloseable {

  /** Column: xxhash64 of the line's raw text. */
  static final String LINE_HASH = "line_hash";

  private static final String VALUE = "value";
  private static final String BLOCK_START = "_block_start";
  private static final String ODD_QUOTES = "_odd_quotes";
  private static final String BLANK = "_blank";

  private final SparkSession spark;
  private final InputFiles files;
  private final List<String> columns;
  private final Dataset<Row> cached;
  private final Dataset<Row> index;
  private final Column notHeader;
  private final boolean quotedLineBreaks;

  private CsvLines(SparkSession spark, InputFiles files, List<String> columns, Dataset<Row> cached, Dataset<Row> index,
      Column notHeader, boolean quotedLineBreaks) {
    this.spark = spark;
    this.files = files;
    this.columns = List.copyOf(columns);
    this.cached = cached;
    this.index = index;
    this.notHeader = notHeader;
    this.quotedLineBreaks = quotedLineBreaks;
  }

  /** Whether {@link #read} keeps the lines' index, for skipping unchanged lines, or not, for parsing every line. */
  enum Index {
    /** Kept (memory and disk) for {@link #index()}. */
    KEPT,
    /** Not kept: {@link #index()} is unavailable, and reading costs one scan with no cache. */
    NOT_KEPT
  }

  /**
   * Scans the files once: hashes every line, finds each file's header line and whether any line
   * has an odd number of quotes (a quoted line break: the input must then be parsed multi-line).
   */
  static CsvLines read(SparkSession spark, InputFiles files, List<String> columns, Index index) {
    Dataset<Row> scanned = scan(spark, files)
        .select(col(Columns.SOURCE_FILE), col(Columns.ROW), col(LINE_HASH), col(BLOCK_START), col(ODD_QUOTES), blank().as(BLANK));
    Dataset<Row> base = index == Index.KEPT ? scanned.persist(StorageLevel.MEMORY_AND_DISK()) : scanned;
    // One job: per file, the header (the first line of the split that starts the file: the smallest
    // row there) and whether a line has an odd number of quotes.
    List<Row> perFile = base.groupBy(Columns.SOURCE_FILE)
        .agg(min(when(col(BLOCK_START).equalTo(0), col(Columns.ROW))), max(col(ODD_QUOTES).cast("int")))
        .collectAsList();
    Column notHeader = lit(true);
    boolean quoted = false;
    for (Row f : perFile) {
      if (!f.isNullAt(1)) {
        notHeader = notHeader.and(col(Columns.SOURCE_FILE).notEqual(f.getString(0)).or(col(Columns.ROW).notEqual(f.getLong(1))));
      }
      quoted |= !f.isNullAt(2) && f.getInt(2) == 1;
    }
    Dataset<Row> kept = index == Index.KEPT
        ? base.filter(notHeader.and(not(col(BLANK)))).select(Columns.SOURCE_FILE, Columns.ROW, LINE_HASH)
        : null;
    return new CsvLines(spark, files, columns, base, kept, notHeader, quoted);
  }

  /** Whether a line has an odd number of quotes, so that records may span lines. */
  boolean quotedLineBreaks() {
    return quotedLineBreaks;
  }

  /** {@code source_file}, {@code row}, {@link #LINE_HASH} of every line to parse; cached. Read with {@link Index#KEPT} only. */
  Dataset<Row> index() {
    if (index == null) {
      throw new IllegalStateException("the lines of " + files.location() + " were read without their index");
    }
    return index;
  }

  /** Parses every line. */
  RawInput parseAll() {
    return parse(scan(spark, files).filter(notHeader.and(not(blank()))));
  }

  /**
   * Parses the lines whose hash is in {@code hashes} (one column, {@link #LINE_HASH}; few:
   * broadcast), in one narrow scan.
   */
  RawInput parseOnly(Dataset<Row> hashes) {
    // No blank-line test: a blank line is not in the index, so its hash is never asked for.
    Dataset<Row> lines = scan(spark, files).filter(notHeader)
        .join(broadcast(hashes.select(LINE_HASH).distinct()), new String[] {LINE_HASH}, "left_semi");
    return parse(lines);
  }

  private RawInput parse(Dataset<Row> lines) {
    StructType schema = RawReader.stringSchema(columns);
    Column parsed = from_csv(col(VALUE), lit(schema.toDDL()), Map.of(
        "mode", "PERMISSIVE",
        "columnNameOfCorruptRecord", RawInput.CORRUPT_RECORD,
        "escape", "\""));
    List<Column> select = new ArrayList<>();
    for (StructField f : schema.fields()) {
      select.add(col("_parsed").getField(f.name()).as(f.name()));
    }
    select.add(col(Columns.SOURCE_FILE));
    select.add(col(Columns.ROW));
    select.add(col(LINE_HASH));
    return new RawInput(files, columns, lines.withColumn("_parsed", parsed).select(select.toArray(Column[]::new)));
  }

  private static Dataset<Row> scan(SparkSession spark, InputFiles files) {
    Column value = col(VALUE);
    // Counted only on lines with a quote (a byte search): the count copies the line.
    Column quotes = when(value.contains("\""), length(value).minus(length(translate(value, "\"", "")))).otherwise(lit(0));
    return spark.read().option("encoding", "UTF-8").text(files.files().toArray(String[]::new))
        .select(value,
            col("_metadata.file_path").as(Columns.SOURCE_FILE),
            col("_metadata.file_block_start").as(BLOCK_START),
            monotonically_increasing_id().as(Columns.ROW))
        .withColumn(LINE_HASH, xxhash64(value))
        .withColumn(ODD_QUOTES, quotes.mod(2).equalTo(1));
  }

  /**
   * Spark's CSV reader skips lines that trim to nothing (every character at most U+0020). The
   * pattern runs only on lines that start with such a character (or are empty).
   */
  private static Column blank() {
    Column value = col(VALUE);
    return value.substr(1, 1).leq(lit(" ")).and(not(value.rlike("[^\\x00-\\x20]")));
  }

  @Override
  public void close() {
    cached.unpersist();
  }
}
