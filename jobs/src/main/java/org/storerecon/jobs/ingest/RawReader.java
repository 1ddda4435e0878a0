package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.translate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.jobs.config.CsvMultiLine;
import org.storerecon.jobs.config.IngestConfig;
import org.storerecon.jobs.error.Errors;

/**
 * Reads an input's files as all-string columns, after checking that the contract's required
 * columns exist (a usage error naming the file and the column otherwise, before any row is read).
 *
 * <p>CSV is read with Spark's parser in PERMISSIVE mode, multi-line by default: quoted fields may
 * hold commas and newlines, a leading BOM and CRLF endings are tolerated, and records with the
 * wrong number of fields or broken quoting are kept whole in {@link RawInput#CORRUPT_RECORD}
 * rather than dropped. Multi-line CSV files are not split; with
 * {@code storerecon.ingest.csv-multi-line = auto} (the default) files without a quoted line break
 * are read single-line, in splits on every core ({@link CsvMultiLine}).
 */
public final class RawReader {

  private final SparkSession spark;
  private final IngestConfig settings;

  public RawReader(SparkSession spark, IngestConfig settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /** Checks the columns of an input against its contract; returns the file's column names. */
  public List<String> checkColumns(InputFiles files) {
    List<String> columns = switch (files.format()) {
      case CSV -> files.csvHeader(spark.sparkContext().hadoopConfiguration());
      case PARQUET -> List.of(readSchema(files, spark.read().format("parquet")).fieldNames());
      // Schema inference adds the corrupt-record column when a line is not JSON; it is not a file column.
      case JSON -> java.util.Arrays.stream(readSchema(files, spark.read().format("json")).fieldNames())
          .filter(c -> !c.equals(RawInput.CORRUPT_RECORD)).toList();
      case AUTO -> throw new IllegalStateException("format is resolved by InputFiles");
    };
    InputSpec spec = files.spec();
    for (String required : spec.requiredColumns()) {
      if (!columns.contains(required)) {
        throw Errors.missingColumn(spec.name(), files.files().get(0), required, columns);
      }
    }
    if (!spec.oneOf().isEmpty() && spec.oneOf().stream().noneMatch(columns::contains)) {
      throw Errors.missingOneOf(spec.name(), files.files().get(0), spec.oneOf());
    }
    Set<String> seen = new HashSet<>();
    for (String c : columns) {
      if (!seen.add(c)) {
        throw Errors.unreadableInput(spec.name(), files.files().get(0), new IllegalArgumentException("column '" + c + "' appears twice"));
      }
    }
    return columns;
  }

  private StructType readSchema(InputFiles files, org.apache.spark.sql.DataFrameReader reader) {
    try {
      return reader.load(files.files().toArray(String[]::new)).schema();
    } catch (Exception e) {
      // Exception: Spark throws AnalysisException (checked to Java) undeclared for unreadable files.
      throw Errors.unreadableInput(files.spec().name(), files.location(), e);
    }
  }

  /** Reads the rows; {@code columns} is the result of {@link #checkColumns}. */
  public RawInput read(InputFiles files, List<String> columns) {
    String[] paths = files.files().toArray(String[]::new);
    Dataset<Row> rows = switch (files.format()) {
      case CSV -> spark.read()
          .option("header", "true")
          .option("multiLine", String.valueOf(multiLine(paths)))
          .option("mode", "PERMISSIVE")
          .option("columnNameOfCorruptRecord", RawInput.CORRUPT_RECORD)
          .option("escape", "\"")
          .option("encoding", "UTF-8")
          .schema(stringSchema(columns))
          .csv(paths);
      case JSON -> spark.read()
          .option("mode", "PERMISSIVE")
          .option("columnNameOfCorruptRecord", RawInput.CORRUPT_RECORD)
          .schema(stringSchema(columns))
          .json(paths);
      case PARQUET -> castToStrings(spark.read().parquet(paths), columns);
      case AUTO -> throw new IllegalStateException("format is resolved by InputFiles");
    };
    List<Column> select = new ArrayList<>();
    columns.forEach(c -> select.add(col(quote(c))));
    select.add(rows.schema().getFieldIndex(RawInput.CORRUPT_RECORD).isDefined()
        ? col(RawInput.CORRUPT_RECORD) : lit(null).cast(DataTypes.StringType).as(RawInput.CORRUPT_RECORD));
    select.add(col("_metadata.file_path").as(Columns.SOURCE_FILE));
    // File order within each partition; unique and stable for the same files and split sizes.
    select.add(monotonically_increasing_id().as(Columns.ROW));
    // Records read by a parser have no line of their own (CsvLines reads single-line CSV by lines).
    select.add(lit(null).cast(DataTypes.LongType).as(CsvLines.LINE_HASH));
    return new RawInput(files, columns, rows.select(select.toArray(Column[]::new)));
  }

  /**
   * Whether to parse CSV files multi-line. For {@link CsvMultiLine#AUTO}: one parallel scan of the
   * files as text (no shuffle; about a tenth of the parse) for a line with an odd number of quotes.
   */
  boolean multiLine(String[] paths) {
    return switch (settings.csvMultiLine()) {
      case TRUE -> true;
      case FALSE -> false;
      case AUTO -> {
        Column value = col("value");
        Column quotes = length(value).minus(length(translate(value, "\"", "")));
        yield spark.read().text(paths).filter(quotes.mod(2).equalTo(1)).limit(1).count() > 0;
      }
    };
  }

  private static Dataset<Row> castToStrings(Dataset<Row> rows, List<String> columns) {
    return rows.select(columns.stream().map(c -> col(quote(c)).cast(DataTypes.StringType).as(c)).toArray(Column[]::new));
  }

  /** Every column as a nullable string, then {@link RawInput#CORRUPT_RECORD}: what both CSV paths parse into. */
  static StructType stringSchema(List<String> columns) {
    List<StructField> fields = new ArrayList<>();
    columns.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
    fields.add(DataTypes.createStructField(RawInput.CORRUPT_RECORD, DataTypes.StringType, true));
    return new StructType(fields.toArray(StructField[]::new));
  }

  static String quote(String column) {
    return "`" + column.replace("`", "``") + "`";
  }
}
