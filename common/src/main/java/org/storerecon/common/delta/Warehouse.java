package org.storerecon.common.delta;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalog;
import org.apache.spark.sql.SparkSession;

/**
 * Where storerecon's Delta tables live: {@code <root>/<table>}, registered in one catalog
 * database so that SQL can name them. A root without a URI scheme is a local folder, made
 * absolute against the working directory.
 */
public final class Warehouse {

  private final String root;
  private final String database;

  private Warehouse(String root, String database) {
    this.root = root;
    this.database = database;
  }

  /** A warehouse at a local path or URI, registering its tables in {@code database}. */
  public static Warehouse at(String rootPathOrUri, String database) {
    Objects.requireNonNull(rootPathOrUri, "rootPathOrUri");
    Objects.requireNonNull(database, "database");
    String root = hasScheme(rootPathOrUri) ? rootPathOrUri : Path.of(rootPathOrUri).toAbsolutePath().normalize().toUri().toString();
    return new Warehouse(stripTrailingSlash(root), database);
  }

  private static String stripTrailingSlash(String s) {
    String out = s;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static boolean hasScheme(String path) {
    return path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !path.matches("^[A-Za-z]:\\\\.*");
  }

  /** Root URI, without a trailing slash. */
  public String root() {
    return root;
  }

  public String database() {
    return database;
  }

  /** Location of a table. */
  public String location(String table) {
    return root + "/" + table;
  }

  /** The catalog name of a table, quoted: {@code `db`.`table`}. */
  public String qualified(String table) {
    return "`" + database + "`.`" + table + "`";
  }

  /** Whether a Delta table exists at the table's location. */
  public boolean exists(SparkSession spark, String table) {
    try {
      org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(location(table) + "/_delta_log");
      FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(log);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot check table " + table + " at " + location(table), e);
    }
  }

  /**
   * Creates the database if needed and registers every existing table of {@code tables} under
   * it, so that {@code SELECT ... FROM database.table} works in this session (and, with a
   * persistent metastore, in every session). Cheap: reads only Delta logs. A name registered at
   * another location (another warehouse used earlier in the same session) is re-pointed.
   */
  public void register(SparkSession spark, Iterable<String> tables) {
    if (!spark.catalog().databaseExists(database)) {
      // With a location, Spark does not create a stray spark-warehouse folder in the working directory.
      spark.sql("CREATE DATABASE IF NOT EXISTS `" + database + "` LOCATION '" + escape(root) + "'");
    }
    for (String table : tables) {
      if (!exists(spark, table)) {
        continue;
      }
      // Checked and dropped through the external catalog, not SQL: Delta's catalog would load the
      // registered location, which may be gone. The tables are external (created with a
      // LOCATION), so dropping the entry never touches data.
      ExternalCatalog catalog = ((org.apache.spark.sql.classic.SparkSession) spark).sharedState().externalCatalog();
      if (catalog.tableExists(database, table)
          && !sameLocation(catalog.getTable(database, table).location().toString(), location(table))) {
        catalog.dropTable(database, table, true, false);
      }
      spark.sql("CREATE TABLE IF NOT EXISTS " + qualified(table) + " USING delta LOCATION '" + escape(location(table)) + "'");
    }
  }

  /**
   * Makes every existing table of {@code tables} queryable by its bare name in this session, as a
   * temporary view of its current Delta location. Unlike catalog entries, views cannot go stale.
   */
  public void createViews(SparkSession spark, Iterable<String> tables) {
    for (String table : tables) {
      if (exists(spark, table)) {
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW `" + table + "` AS SELECT * FROM delta.`" + location(table).replace("`", "``") + "`");
      }
    }
  }

  private static boolean sameLocation(String a, String b) {
    if (a.isEmpty()) {
      return false;
    }
    URI x = new org.apache.hadoop.fs.Path(a).toUri();
    URI y = new org.apache.hadoop.fs.Path(b).toUri();
    return java.util.Objects.equals(x.getScheme(), y.getScheme()) && stripTrailingSlash(x.getPath()).equals(stripTrailingSlash(y.getPath()));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("'", "\\'");
  }
}
