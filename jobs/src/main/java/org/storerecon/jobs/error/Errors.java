package org.storerecon.jobs.error;

import java.util.Collection;
import org.storerecon.jobs.error.StoreReconException.Kind;

/**
 * Builds every user-facing error of storerecon: problem, cause, fix, in one line. Keeping them in
 * one class keeps their wording consistent and makes them easy to review.
 */
public final class Errors {

  private Errors() {}

  public static StoreReconException unknownConfigKey(String key, String origin) {
    return new StoreReconException(Kind.USAGE, "Invalid configuration",
        "unknown key '" + key + "' (" + origin + ")",
        "remove it or correct its spelling; conf/application.conf lists every key", null);
  }

  public static StoreReconException badConfigValue(String key, String cause, Throwable underlying) {
    return new StoreReconException(Kind.USAGE, "Invalid configuration", "key '" + key + "' " + cause,
        "see conf/application.conf for the allowed values", underlying);
  }

  public static StoreReconException invalidConfig(String detail, Throwable underlying) {
    return new StoreReconException(Kind.USAGE, "Invalid configuration", detail,
        "see conf/application.conf for every key, its type and its default", underlying);
  }

  public static StoreReconException badConfigFile(String file, String cause, Throwable underlying) {
    return new StoreReconException(Kind.USAGE, "Cannot read configuration file " + file, cause,
        "check that the file exists and is valid HOCON", underlying);
  }

  public static StoreReconException missingInputPath(String input) {
    return new StoreReconException(Kind.USAGE, "Cannot ingest " + input, "no input path is configured",
        "pass --" + input + " PATH or set storerecon.inputs." + input + ".path", null);
  }

  public static StoreReconException inputNotFound(String input, String path) {
    return new StoreReconException(Kind.USAGE, "Cannot ingest " + input, "path " + path + " does not exist or holds no data files",
        "check --" + input + " or storerecon.inputs." + input + ".path", null);
  }

  public static StoreReconException unknownInputFormat(String input, String path) {
    return new StoreReconException(Kind.USAGE, "Cannot ingest " + input,
        "cannot tell the format of " + path + " from its extension",
        "name it .csv, .parquet, .json or .jsonl, or set storerecon.inputs." + input + ".format", null);
  }

  public static StoreReconException missingColumn(String input, String file, String column, Collection<String> found) {
    return new StoreReconException(Kind.USAGE, "Cannot ingest " + input,
        "required column '" + column + "' is missing in " + file + " (columns found: " + String.join(", ", found) + ")",
        "add the column, or rename the file's column to the contract name (see docs/data-contract.md)", null);
  }

  public static StoreReconException missingOneOf(String input, String file, Collection<String> columns) {
    return new StoreReconException(Kind.USAGE, "Cannot ingest " + input,
        file + " has none of the columns " + String.join(", ", columns) + " (at least one is required)",
        "add one of them (see docs/data-contract.md)", null);
  }

  public static StoreReconException inconsistentHeaders(String input, String first, String other) {
    return new StoreReconException(Kind.USAGE, "Cannot ingest " + input,
        "part files have different headers (" + first + " vs " + other + ")",
        "give every part file of one input the same header", null);
  }

  public static StoreReconException unreadableInput(String input, String path, Throwable underlying) {
    return new StoreReconException(Kind.USAGE, "Cannot ingest " + input, "cannot read " + path + ": " + underlying.getMessage(),
        "check the file's format and permissions", underlying);
  }

  public static StoreReconException reconciliationFailed(String input, long in, long written, long quarantined) {
    return new StoreReconException(Kind.RUNTIME, "Ingestion of " + input + " lost rows",
        "rows in " + in + " != rows written " + written + " + rows quarantined " + quarantined,
        "this is a bug: rerun with --verbose and report it with the run_audit rows", null);
  }

  public static StoreReconException noSparkMaster() {
    return new StoreReconException(Kind.USAGE, "Cannot start Spark", "no Spark master is set",
        "run through bin/storerecon (local) or spark-submit (cluster), or set storerecon.spark.\"spark.master\"", null);
  }

  public static StoreReconException badRunDate(String value) {
    return new StoreReconException(Kind.USAGE, "Invalid --run-date '" + value + "'", "expected yyyy-MM-dd",
        "for example --run-date 2026-11-27", null);
  }

  public static StoreReconException tableMissing(String table, String location) {
    return new StoreReconException(Kind.USAGE, "Table " + table + " does not exist", "nothing at " + location,
        "run 'storerecon run' or 'storerecon demo' first, or pass the right --warehouse", null);
  }

  public static StoreReconException queryFailed(String cause, Throwable underlying) {
    return new StoreReconException(Kind.USAGE, "Query failed", cause,
        "check the SQL; 'SHOW TABLES' lists the tables", underlying);
  }

  public static StoreReconException runFailed(String stage, Throwable underlying) {
    return new StoreReconException(Kind.RUNTIME, "Stage " + stage + " failed", firstLine(underlying),
        "rerun with --verbose for the stack trace; the tables keep their previous version", underlying);
  }

  /** The first line of an exception's message (Spark's run to pages), or its class name when it has none. */
  private static String firstLine(Throwable underlying) {
    String cause = underlying.getMessage() == null ? underlying.getClass().getSimpleName() : underlying.getMessage();
    int newline = cause.indexOf('\n');
    return newline > 0 ? cause.substring(0, newline) : cause;
  }

  public static StoreReconException cannotWrite(String what, String path, Throwable underlying) {
    return new StoreReconException(Kind.RUNTIME, "Cannot write " + what, path + ": " + underlying.getMessage(),
        "check that the folder is writable", underlying);
  }

  public static StoreReconException retentionTooShort(String key, int hours, int minimum) {
    return new StoreReconException(Kind.USAGE, "Invalid configuration",
        "key '" + key + "' is " + hours + " hours, below the minimum of " + minimum + ": incremental nights read the previous "
            + "night's snapshot by Delta time travel, which Delta refuses for a version older than the table's retention "
            + "and which needs the files VACUUM would delete",
        "set it to at least " + minimum + " (the default 168 keeps a week of time travel)", null);
  }

  public static StoreReconException unknownTable(String table, Collection<String> tables) {
    return new StoreReconException(Kind.USAGE, "Unknown table '" + table + "'", "it is not a storerecon table",
        "name one of " + String.join(", ", tables), null);
  }

  public static StoreReconException noTablesToMaintain(String root) {
    return new StoreReconException(Kind.USAGE, "Nothing to maintain", "no storerecon table exists under " + root,
        "pass the warehouse the nightly run writes (--warehouse or storerecon.warehouse), or run 'storerecon run' first", null);
  }

  public static StoreReconException clusterColumnsMissing(String table, String key, Collection<String> missing,
      Collection<String> found) {
    return new StoreReconException(Kind.USAGE, "Cannot maintain table " + table,
        "the cluster column(s) " + String.join(", ", missing) + " of " + key + " are not in the table (columns: "
            + String.join(", ", found) + ")",
        "correct " + key + ", or set it to [] to compact the table without ordering; no table was changed", null);
  }

  public static StoreReconException maintenanceFailed(String table, Throwable underlying) {
    return new StoreReconException(Kind.RUNTIME, "Maintenance of table " + table + " failed", firstLine(underlying),
        "rerun with --verbose for the stack trace; OPTIMIZE and VACUUM never change a table's rows, so the table reads as "
            + "before and maintain can be rerun", underlying);
  }

  public static StoreReconException labelsNotFound(String path) {
    return new StoreReconException(Kind.USAGE, "Cannot evaluate", "labels file " + path + " does not exist",
        "pass --labels with the labels.csv that storerecon generate wrote next to the inputs", null);
  }

  public static StoreReconException badManifest(String path, Throwable underlying) {
    return new StoreReconException(Kind.USAGE, "Cannot evaluate", "cannot read manifest " + path + ": " + underlying.getMessage(),
        "pass --manifest with the manifest.json storerecon generate wrote, or remove the option", underlying);
  }

  public static StoreReconException warehouseLocked(String warehouse, String holder) {
    return new StoreReconException(Kind.RUNTIME, "Cannot start: another run is writing to the warehouse " + warehouse,
        "it holds the run lock (" + holder.strip().replace("\n", ", ") + ")",
        "wait for it to finish; a lock left by a killed run is taken over automatically once its process is gone"
            + " or storerecon.nightly.lock-timeout has passed since its last heartbeat", null);
  }

  public static StoreReconException runDateBeforeLatest(java.time.LocalDate runDate, java.time.LocalDate latest) {
    return new StoreReconException(Kind.USAGE, "Cannot run " + runDate,
        "the warehouse already holds the run of the later date " + latest + ", and history tables only move forward",
        "run dates in order; to redo an earlier date, restore the tables to the versions before it (run_audit.table_versions,"
            + " Delta RESTORE) and run the dates from there (README, Backfill)", null);
  }

  public static StoreReconException notADataSet(String dir, String missing) {
    return new StoreReconException(Kind.USAGE, "Cannot evolve " + dir, "it has no " + missing,
        "pass --from a folder written by storerecon generate or storerecon evolve", null);
  }

  public static StoreReconException badEvolveSource(String file, String cause, Throwable underlying) {
    return new StoreReconException(Kind.USAGE, "Cannot evolve", "cannot read " + file + ": " + cause,
        "pass --from a folder written by storerecon generate or storerecon evolve, with its files unchanged", underlying);
  }

  public static StoreReconException dirtyDataSet(String dir) {
    return new StoreReconException(Kind.USAGE, "Cannot evolve " + dir,
        "it was generated with --dirty, and its faulty records have no sound key to evolve",
        "generate the source without --dirty", null);
  }

  public static StoreReconException evolveIntoSource(String dir) {
    return new StoreReconException(Kind.USAGE, "Cannot evolve", "--out is the --from folder " + dir,
        "write the next snapshot to another folder", null);
  }

  public static StoreReconException indexSpaceExhausted(long needed, long space) {
    return new StoreReconException(Kind.USAGE, "Cannot evolve",
        "the lineage would need " + needed + " entity and shop indices, more than the " + space
            + " the generator's codes are unique for",
        "evolve a smaller data set, or lower storerecon.evolve.new-shops and new-entities", null);
  }

  public static StoreReconException evolveFailed(Throwable underlying) {
    Throwable root = underlying;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new StoreReconException(Kind.RUNTIME, "Evolve failed", cause,
        "rerun with --verbose for the stack trace; the output folder holds no complete snapshot", underlying);
  }
}
