package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which lines of tonight's single-line CSV input must be parsed, given the canonical table that
 * holds last night's records with the hash of the line each was read from: the lines the table
 * does not hold, lines that occur more than once tonight (they compete for their key), lines of
 * stored records that must be normalised again ({@code recheck}), and — second round — the
 * unchanged lines of stored records whose key a parsed line also carries (they compete too). Every
 * other line is a record the table already holds, exactly: it is not parsed, checked or written.
 *
 * <p>The result is the same as parsing every line and comparing record hashes
 * ({@link CanonicalTable#write}): a line's row is fully determined by its text and the ingestion
 * settings, which the table's {@link CanonicalTable#SETTINGS_PROPERTY} pins; {@link MarkDuplicates}
 * sees every line that carries a key it decides on.
 *
 * <p>Shuffles: tonight's line hashes are counted (one long per line, partially aggregated) and
 * joined, full outer, with the table's (line hash, key): narrow columns of every record, once. The
 * rest works on a night's changes, broadcast.
 */
final class LineChanges {

  private static final String COUNT = "_lines";
  private static final String STORED_HASH = "_stored_hash";

  private final Dataset<Row> stored;
  private final Dataset<Row> diff;
  private final Dataset<Row> recheck;

  private LineChanges(Dataset<Row> stored, Dataset<Row> diff, Dataset<Row> recheck) {
    this.stored = stored;
    this.diff = diff;
    this.recheck = recheck;
  }

  /**
   * @param index tonight's lines ({@code source_file}, {@code row}, {@link CsvLines#LINE_HASH})
   * @param table the canonical table, with {@link CanonicalTable#RECORD_KEY} and {@link CsvLines#LINE_HASH}
   * @param recheck rows of {@code table} to normalise again although their line did not change
   */
  static LineChanges of(Dataset<Row> index, Dataset<Row> table, Function<Dataset<Row>, Dataset<Row>> recheck) {
    Dataset<Row> stored = table.select(col(CanonicalTable.RECORD_KEY), col(CsvLines.LINE_HASH).as(STORED_HASH));
    Dataset<Row> counts = index.groupBy(CsvLines.LINE_HASH).count().withColumnRenamed("count", COUNT);
    // Shuffle: tonight's (hash, count) ⋈ the table's (key, hash), full outer, by hash. Kept: the
    // night's differences only (new or repeated lines, records whose line is gone); checkpointed,
    // because every later step reads them.
    Column differs = col(CanonicalTable.RECORD_KEY).isNull().or(col(COUNT).isNull()).or(col(COUNT).gt(1));
    Dataset<Row> diff = counts.join(stored, counts.col(CsvLines.LINE_HASH).equalTo(stored.col(STORED_HASH)), "full_outer")
        .filter(differs)
        .select(col(CsvLines.LINE_HASH), col(COUNT), col(CanonicalTable.RECORD_KEY), col(STORED_HASH))
        .localCheckpoint(true);
    Dataset<Row> stale = recheck.apply(table).select(col(CanonicalTable.RECORD_KEY), col(CsvLines.LINE_HASH).as(STORED_HASH))
        .localCheckpoint(true);
    return new LineChanges(stored, diff, stale);
  }

  /** Hashes of the lines to parse in the first round: new, repeated, or of records to normalise again. */
  Dataset<Row> firstRound() {
    return diff.filter(col(COUNT).isNotNull().and(col(CanonicalTable.RECORD_KEY).isNull().or(col(COUNT).gt(1))))
        .select(CsvLines.LINE_HASH)
        .union(recheck.filter(col(STORED_HASH).isNotNull()).select(col(STORED_HASH).as(CsvLines.LINE_HASH)))
        .distinct();
  }

  /**
   * Hashes of the lines to parse in the second round: unchanged lines of stored records whose key
   * a line parsed in the first round carries (a broadcast semi-join of the table with those keys).
   *
   * @param keys {@link CanonicalTable#RECORD_KEY} of the first round's rows that passed every check
   */
  Dataset<Row> secondRound(Dataset<Row> keys, Dataset<Row> firstRound) {
    // A stored line that is not in tonight's input (an updated record's old line) is not asked for:
    // parsing it would find nothing, and asking would cost another scan of the input.
    Dataset<Row> gone = diff.filter(col(COUNT).isNull()).select(col(STORED_HASH).as(CsvLines.LINE_HASH));
    return stored.join(broadcast(keys.select(CanonicalTable.RECORD_KEY).distinct()), new String[] {CanonicalTable.RECORD_KEY}, "left_semi")
        .filter(col(STORED_HASH).isNotNull())
        .select(col(STORED_HASH).as(CsvLines.LINE_HASH))
        .join(broadcast(firstRound), new String[] {CsvLines.LINE_HASH}, "left_anti")
        .join(broadcast(gone), new String[] {CsvLines.LINE_HASH}, "left_anti");
  }

  /**
   * Keys of stored records that tonight's unparsed lines do not supply: their line is gone, or it
   * was parsed again (then tonight's parsed rows decide whether the key stays).
   *
   * @param parsed hashes of every line parsed tonight
   */
  Dataset<Row> vanished(Dataset<Row> parsed) {
    return diff.filter(col(COUNT).isNull()).select(CanonicalTable.RECORD_KEY)
        .union(stored.join(broadcast(parsed), stored.col(STORED_HASH).equalTo(parsed.col(CsvLines.LINE_HASH)), "left_semi")
            .select(CanonicalTable.RECORD_KEY))
        .distinct();
  }

  /** Keys of the stored records to normalise again. */
  Dataset<Row> recheckKeys() {
    return recheck.select(CanonicalTable.RECORD_KEY);
  }
}
