package org.storerecon.jobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.pipeline.NightlyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storerecon sql}: Spark SQL over the output tables by name. With {@code --format csv} or
 * {@code json}, stdout carries only the result (CSV with a header; JSON Lines), for scripts.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Runs one Spark SQL query over the storerecon tables (shops, entities, brands, quarantine, run_audit, ...), "
        + "named without a path.", "Example: storerecon sql --format csv \"SELECT count(*) AS n FROM shops\""})
final class SqlCommand implements Callable<Integer> {

  /** How the result is printed. */
  enum Format { TABLE, CSV, JSON }

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL query.")
  String query;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv (with header) or json (JSON Lines).")
  Format format = Format.TABLE;

  @Option(names = "--max-rows", paramLabel = "N", description = "Rows shown by --format table (default: ${DEFAULT-VALUE}).")
  int maxRows = 100;

  @Override
  public Integer call() {
    StoreReconConfig config = options.load();
    SparkSession spark = options.startSession(config, "storerecon sql");
    Warehouse warehouse = Warehouse.at(config.warehouse(), config.database());
    // Temporary views by bare name: always the warehouse given now, whatever the catalog holds.
    warehouse.createViews(spark, NightlyRun.TABLES);
    Dataset<Row> result;
    try {
      result = spark.sql(query);
    } catch (Exception e) {
      // Scala throws AnalysisException (a checked exception to Java) undeclared: analysis and
      // parse errors are the user's; anything else is a runtime failure.
      if (e instanceof AnalysisException analysis) {
        throw Errors.queryFailed(analysis.getSimpleMessage(), e);
      }
      throw Errors.runFailed("sql", e);
    }
    print(result, spec.commandLine().getOut());
    return 0;
  }

  private void print(Dataset<Row> result, PrintWriter out) {
    switch (format) {
      // Dataset.show prints to the JVM's stdout; the table format is for people at a terminal.
      case TABLE -> result.show(maxRows, false);
      case JSON -> result.toJSON().toLocalIterator().forEachRemaining(out::println);
      case CSV -> {
        Dataset<Row> flat = flatten(result);
        out.println(String.join(",", java.util.Arrays.stream(flat.columns()).map(SqlCommand::csvField).toList()));
        Iterator<Row> rows = flat.toLocalIterator();
        while (rows.hasNext()) {
          Row row = rows.next();
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < row.length(); i++) {
            if (i > 0) {
              line.append(',');
            }
            line.append(row.isNullAt(i) ? "" : csvField(row.getString(i)));
          }
          out.println(line);
        }
      }
    }
    out.flush();
  }

  /** Every column as a string; arrays, maps and structs as JSON. */
  private static Dataset<Row> flatten(Dataset<Row> result) {
    StructType schema = result.schema();
    Column[] columns = new Column[schema.size()];
    for (int i = 0; i < schema.size(); i++) {
      StructField f = schema.fields()[i];
      Column c = col("`" + f.name().replace("`", "``") + "`");
      boolean complex = f.dataType() instanceof ArrayType || f.dataType() instanceof MapType || f.dataType() instanceof StructType;
      columns[i] = (complex ? to_json(c) : c.cast(DataTypes.StringType)).as(f.name());
    }
    return result.select(columns);
  }

  private static String csvField(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
