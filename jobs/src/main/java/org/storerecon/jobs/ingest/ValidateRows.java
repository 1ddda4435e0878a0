package org.storerecon.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_csv;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.storerecon.common.contract.Columns;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.Field;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.common.contract.ReasonCode;
import org.storerecon.jobs.config.IngestConfig;
import org.storerecon.jobs.config.InputFormat;

/**
 * Checks every row of a {@link RawInput} against its contract and types its columns. Pure and
 * narrow (no shuffle): the result has one row per input row, with
 *
 * <ul>
 *   <li>every contract column, typed and cleaned (trimmed; blank is null; enum spellings mapped to
 *       their code; dates as dates; {@code |}-lists as arrays), null where the file lacks it;
 *   <li>the file's extra columns, carried along as strings (names made Delta-safe);
 *   <li>{@code source_file}, {@code row}, {@code reasons} (empty when the row is good),
 *       {@code detail} and {@code raw_record};
 *   <li>working columns {@link CheckedColumns#KEY} and {@link CheckedColumns#FILLED}.
 * </ul>
 */
public final class ValidateRows {

  private static final String TRIMMED = " \t\r\n\u3000";
  private static final String REPLACEMENT_CHAR = "\uFFFD";
  private static final String DATE_SHAPE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String IDENTIFIER_SHAPE = "^[a-z0-9_]+$";
  private static final Pattern UNSAFE_NAME = Pattern.compile("[ ,;{}()\\n\\t=]");
  private static final Set<String> RESERVED = Set.of(Columns.SOURCE_FILE, Columns.ROW, Columns.RUN_ID, Columns.RUN_DATE,
      Columns.REASONS, Columns.DETAIL, Columns.RAW_RECORD, CheckedColumns.KEY, CheckedColumns.FILLED, CsvLines.LINE_HASH);

  private final IngestConfig limits;

  public ValidateRows(IngestConfig limits) {
    this.limits = limits;
  }

  public Dataset<Row> apply(RawInput input) {
    InputSpec spec = input.files().spec();
    List<String> present = input.columns();
    Map<String, Column> typed = new LinkedHashMap<>();
    List<Column> reasons = new ArrayList<>();
    List<Column> details = new ArrayList<>();

    for (Field field : spec.fields()) {
      if (!present.contains(field.name())) {
        typed.put(field.name(), lit(null).cast(sparkType(field)));
        continue;
      }
      Column raw = col(RawReader.quote(field.name()));
      Column clean = clean(raw);
      Column value = typedValue(field, clean);
      typed.put(field.name(), value);
      String name = field.name();
      if (field.required()) {
        check(reasons, details, ReasonCode.MISSING_REQUIRED, clean.isNull(), lit(name + " is empty"));
      }
      int max = limits.maxLength(name);
      check(reasons, details, ReasonCode.FIELD_TOO_LONG, length(raw).gt(max),
          concat(lit(name + " has "), length(raw).cast(DataTypes.StringType), lit(" characters (max " + max + ")")));
      switch (field.type()) {
        case ENUM -> check(reasons, details, ReasonCode.BAD_ENUM, clean.isNotNull().and(value.isNull()),
            concat(lit(name + " '"), clean, lit("' is not one of " + String.join(", ", Set.copyOf(field.enumValues().values())))));
        case DATE -> check(reasons, details, ReasonCode.BAD_DATE, clean.isNotNull().and(value.isNull()),
            concat(lit(name + " '"), clean, lit("' is not a yyyy-MM-dd date")));
        case IDENTIFIER -> check(reasons, details, ReasonCode.BAD_VALUE, clean.isNotNull().and(not(value.rlike(IDENTIFIER_SHAPE))),
            concat(lit(name + " '"), clean, lit("' is not lower-case ASCII letters, digits or _")));
        case STRING, LIST -> { }
      }
    }
    if (!spec.oneOf().isEmpty()) {
      Column allEmpty = lit(true);
      for (String c : spec.oneOf()) {
        allEmpty = allEmpty.and(typed.get(c).isNull());
      }
      check(reasons, details, ReasonCode.MISSING_REQUIRED, allEmpty, lit(String.join(" and ", spec.oneOf()) + " are all empty"));
    }

    if (spec.name().equals(Contract.BRANDS.name())) {
      for (BrandRowChecks.Check c : BrandRowChecks.checks(typed)) {
        check(reasons, details, c.reason(), c.failed(), c.detail());
      }
    }

    Column corrupt = col(RawInput.CORRUPT_RECORD);
    Column badEncoding = corrupt.contains(REPLACEMENT_CHAR);
    for (String c : present) {
      badEncoding = coalesce(badEncoding, lit(false)).or(coalesce(col(RawReader.quote(c)).contains(REPLACEMENT_CHAR), lit(false)));
    }
    check(reasons, details, ReasonCode.BAD_ENCODING, badEncoding, lit("invalid UTF-8 bytes (shown as \uFFFD)"));

    Column rowReasons = array_distinct(array_compact(array(reasons.toArray(Column[]::new))));
    // A record the parser could not split has no trustworthy column values: only its encoding is checked.
    Column reasonsColumn = when(corrupt.isNotNull(), array_compact(array(lit(ReasonCode.MALFORMED_ROW.name()),
        when(corrupt.contains(REPLACEMENT_CHAR), lit(ReasonCode.BAD_ENCODING.name())))))
        .otherwise(rowReasons);
    Column detailColumn = when(corrupt.isNotNull(), lit("record could not be parsed: wrong number of fields or broken quoting"))
        .otherwise(concat_ws("; ", details.toArray(Column[]::new)));

    List<Column> select = new ArrayList<>();
    typed.forEach((name, value) -> select.add(value.as(name)));
    for (String extra : present) {
      if (spec.field(extra).isEmpty()) {
        select.add(col(RawReader.quote(extra)).as(safeName(extra)));
      }
    }
    select.add(col(Columns.SOURCE_FILE));
    select.add(col(Columns.ROW));
    select.add(java.util.Arrays.asList(input.rows().columns()).contains(CsvLines.LINE_HASH)
        ? col(CsvLines.LINE_HASH) : lit(null).cast(DataTypes.LongType).as(CsvLines.LINE_HASH));
    select.add(reasonsColumn.as(Columns.REASONS));
    select.add(detailColumn.as(Columns.DETAIL));
    select.add(rawRecord(input).as(Columns.RAW_RECORD));
    select.add(key(spec, typed).as(CheckedColumns.KEY));
    select.add(filled(typed).as(CheckedColumns.FILLED));
    return input.rows().select(select.toArray(Column[]::new));
  }

  private static void check(List<Column> reasons, List<Column> details, ReasonCode reason, Column failed, Column detail) {
    Column f = coalesce(failed, lit(false));
    reasons.add(when(f, lit(reason.name())));
    details.add(when(f, detail));
  }

  private static Column trim(Column c) {
    return call_function("btrim", c, lit(TRIMMED));
  }

  private static Column not(Column c) {
    return org.apache.spark.sql.functions.not(c);
  }

  private static Column clean(Column raw) {
    Column trimmed = trim(raw);
    return when(length(trimmed).gt(0), trimmed);
  }

  private static Column typedValue(Field field, Column clean) {
    return switch (field.type()) {
      case STRING -> clean;
      case IDENTIFIER -> lower(clean);
      case ENUM -> call_function("try_element_at", enumMap(field), lower(clean));
      case DATE -> when(clean.rlike(DATE_SHAPE), call_function("try_to_date", clean, lit("yyyy-MM-dd")));
      case LIST -> filter(transform(split(clean, "\\|"), x -> trim(x)), x -> length(x).gt(0));
    };
  }

  private static Column enumMap(Field field) {
    List<Column> entries = new ArrayList<>();
    field.enumValues().forEach((spelling, code) -> {
      entries.add(lit(spelling.toLowerCase(Locale.ROOT)));
      entries.add(lit(code));
    });
    return map(entries.toArray(Column[]::new));
  }

  private static DataType sparkType(Field field) {
    return switch (field.type()) {
      case DATE -> DataTypes.DateType;
      case LIST -> DataTypes.createArrayType(DataTypes.StringType);
      case STRING, ENUM, IDENTIFIER -> DataTypes.StringType;
    };
  }

  private static Column key(InputSpec spec, Map<String, Column> typed) {
    if (!spec.oneOf().isEmpty()) {
      // Entities: the USCC identifies an entity; legacy entities without one by their reg_no.
      List<Column> alternatives = new ArrayList<>();
      for (String c : spec.oneOf()) {
        alternatives.add(concat(lit(c + ":"), upper(typed.get(c))));
      }
      return coalesce(alternatives.toArray(Column[]::new));
    }
    Column anyMissing = lit(false);
    List<Column> parts = new ArrayList<>();
    for (String c : spec.key()) {
      anyMissing = anyMissing.or(typed.get(c).isNull());
      parts.add(typed.get(c));
    }
    return when(not(anyMissing), concat_ws("\u0001", parts.toArray(Column[]::new)));
  }

  private static Column filled(Map<String, Column> typed) {
    Column sum = lit(0);
    for (Column c : typed.values()) {
      sum = sum.plus(when(c.isNotNull(), 1).otherwise(0));
    }
    return sum;
  }

  private static Column rawRecord(RawInput input) {
    Column[] columns = input.columns().stream().map(c -> col(RawReader.quote(c))).toArray(Column[]::new);
    Column rebuilt = input.format() == InputFormat.CSV ? to_csv(struct(columns)) : to_json(struct(columns));
    return coalesce(col(RawInput.CORRUPT_RECORD), rebuilt);
  }

  static String safeName(String extra) {
    String name = UNSAFE_NAME.matcher(extra).replaceAll("_");
    return RESERVED.contains(name) || name.isEmpty() ? "extra_" + name : name;
  }
}
