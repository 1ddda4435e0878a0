package org.storerecon.common.delta;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
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
   * it, so that {@code SELECT ... FROM table} works after {@code USE database}. Cheap: reads
   * only Delta logs.
   */
  public void register(SparkSession spark, Iterable<String> tables) {
    // With a location, Spark does not create a stray spark-warehouse folder in the working directory.
    spark.sql("CREATE DATABASE IF NOT EXISTS `" + database + "` LOCATION '" + escape(root) + "'");
    for (String table : tables) {
      if (!exists(spark, table)) {
        continue;
      }
      if (spark.catalog().tableExists(database, table) && !sameLocation(registeredAt(spark, table), location(table))) {
        // Registered elsewhere (another warehouse in this session): re-point the name. The tables are
        // external (created with a LOCATION), so DROP TABLE removes only the catalog entry, never data.
        spark.sql("DROP TABLE " + qualified(table));
      }
      spark.sql("CREATE TABLE IF NOT EXISTS " + qualified(table) + " USING delta LOCATION '" + escape(location(table)) + "'");
    }
  }

  private String registeredAt(SparkSession spark, String table) {
    try {
      for (org.apache.spark.sql.Row row : spark.sql("DESCRIBE TABLE EXTENDED " + qualified(table)).collectAsList()) {
        if ("Location".equals(row.getString(0))) {
          return row.getString(1);
        }
      }
      return "";
    } catch (Exception e) {
      // Scala throws AnalysisException undeclared. The registered location is gone or unreadable:
      // the entry is stale and gets re-pointed.
      return "";
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

  /** A location as a URI, for messages. */
  public URI uri(String table) {
    return URI.create(location(table));
  }
}
