package org.storerecon.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import io.delta.tables.DeltaTable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.Warehouse;

/**
 * Records a run's stage reports in {@code run_audit}: one row per stage (and input), plus one row
 * with stage {@code run} for the run as a whole. A run's rows are keyed by (run_id, stage, source)
 * and written with one MERGE that also deletes the run's rows from an earlier attempt that this
 * attempt did not reach: a rerun of a run (same run id: same run date, inputs and configuration)
 * replaces its rows, and {@code attempt} counts the attempts, so nothing is counted twice.
 * Small: a handful of rows per run.
 *
 * <p>{@link #lastSucceeded} reads the baseline of a stage's next incremental run from here.
 */
public final class RunAudit {

  /** Stage label of the row for the run as a whole. */
  public static final String RUN_STAGE = "run";
  private static final DataType VERSIONS = DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType);

  static final StructType SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType, false)
      .add("run_date", DataTypes.DateType, false)
      .add("command", DataTypes.StringType, false)
      .add("stage", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, true)
      .add("input_path", DataTypes.StringType, true)
      .add("input_bytes", DataTypes.LongType, false)
      .add("rows_in", DataTypes.LongType, false)
      .add("rows_out", DataTypes.LongType, false)
      .add("rows_quarantined", DataTypes.LongType, false)
      .add("quarantine_reasons", VERSIONS, false)
      .add("started_at", DataTypes.TimestampType, false)
      .add("finished_at", DataTypes.TimestampType, false)
      .add("duration_ms", DataTypes.LongType, false)
      .add("table_version", DataTypes.LongType, false)
      .add("outcome", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, true)
      .add("warehouse", DataTypes.StringType, false)
      .add("config_digest", DataTypes.StringType, false)
      .add("code_version", DataTypes.StringType, false)
      .add("mode", DataTypes.StringType, true)
      .add("input_versions", VERSIONS, false)
      .add("table_versions", VERSIONS, false)
      .add("changes", VERSIONS, false)
      .add("rules_digest", DataTypes.StringType, false)
      .add("attempt", DataTypes.IntegerType, false);

  /** Columns that differ between two attempts of the same run even when they do the same: when and how long, and the versions their commits got. */
  public static final List<String> ATTEMPT_COLUMNS = List.of("started_at", "finished_at", "duration_ms", "table_version",
      "input_versions", "table_versions", "attempt");

  /**
   * What the last successful run of a stage read: the baseline its next incremental run compares with.
   *
   * @param runId the run
   * @param runDate its run date
   * @param rulesDigest its {@code resolve} and {@code mark} configuration digest
   * @param inputVersions versions of the tables it read
   */
  public record Baseline(String runId, LocalDate runDate, String rulesDigest, Map<String, Long> inputVersions) {}

  private final SparkSession spark;
  private final Warehouse warehouse;

  public RunAudit(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** The latest run date the warehouse has a successful run of, if any. */
  public Optional<LocalDate> latestRunDate() {
    if (!warehouse.exists(spark, Tables.RUN_AUDIT)) {
      return Optional.empty();
    }
    Row r = read().filter(col("stage").equalTo(RUN_STAGE).and(col("outcome").equalTo(StageReport.Outcome.SUCCEEDED.label())))
        .agg(max(col("run_date"))).first();
    return r.isNullAt(0) ? Optional.empty() : Optional.of(r.getDate(0).toLocalDate());
  }

  /**
   * The last successful run of {@code stage} (latest finish) other than {@code run} itself, with
   * the versions it read. A rerun of a run thus plans against the same baseline as its first
   * attempt, and recomputes (and reports) the same.
   */
  public Optional<Baseline> lastSucceeded(String stage, String run) {
    return lastSucceeded(stage, Optional.empty(), run);
  }

  /** As {@link #lastSucceeded(String, String)}, for the rows of one source (an ingested input); versions are those it wrote. */
  public Optional<Baseline> lastSucceeded(String stage, Optional<String> source, String run) {
    if (!warehouse.exists(spark, Tables.RUN_AUDIT) || !java.util.Arrays.asList(read().columns()).contains("rules_digest")) {
      return Optional.empty();
    }
    org.apache.spark.sql.Column which = col("stage").equalTo(stage).and(col("outcome").equalTo(StageReport.Outcome.SUCCEEDED.label()))
        .and(col("run_id").notEqual(run));
    if (source.isPresent()) {
      which = which.and(col("source").equalTo(source.get()));
    }
    String versions = source.isPresent() ? "table_versions" : "input_versions";
    List<Row> rows = read().filter(which)
        .orderBy(col("finished_at").desc()).select("run_id", "run_date", "rules_digest", versions).limit(1).collectAsList();
    if (rows.isEmpty() || rows.get(0).isNullAt(2)) {
      return Optional.empty();
    }
    Row r = rows.get(0);
    return Optional.of(new Baseline(r.getString(0), r.getDate(1).toLocalDate(), r.getString(2), r.getJavaMap(3)));
  }

  /** Records a run that is not a pipeline night (no rules digest), for example maintenance. */
  public void record(RunSummary summary) {
    record(summary, "");
  }

  /** Records a run; {@code rulesDigest} is the configuration digest its stages' results depend on. */
  public void record(RunSummary summary, String rulesDigest) {
    int attempt = previousAttempts(summary.run().runId()) + 1;
    List<Row> rows = new ArrayList<>();
    Timestamp started = Timestamp.from(summary.run().startedAt());
    Timestamp finished = Timestamp.from(summary.finishedAt());
    long inRows = 0;
    long outRows = 0;
    long quarantined = 0;
    Map<String, Long> versions = new LinkedHashMap<>();
    for (StageReport s : summary.stages()) {
      rows.add(row(summary, s.stage(), s, started, finished, rulesDigest, attempt));
      inRows += s.rowsIn();
      outRows += s.rowsOut();
      quarantined += s.rowsQuarantined();
      versions.putAll(s.tableVersions());
    }
    StageReport whole = new StageReport(RUN_STAGE, Optional.empty(), Optional.empty(), 0, inRows, outRows, quarantined, Map.of(),
        summary.durationMs(), -1, summary.outcome(), summary.error(), Optional.empty(), Map.of(), versions, Map.of());
    rows.add(row(summary, RUN_STAGE, whole, started, finished, rulesDigest, attempt));
    org.apache.spark.sql.Dataset<Row> tonight = spark.createDataFrame(rows, SCHEMA).coalesce(1);
    String location = warehouse.location(Tables.RUN_AUDIT);
    if (!DeltaTable.isDeltaTable(spark, location)) {
      tonight.write().format("delta").save(location);
      return;
    }
    Map<String, String> all = new LinkedHashMap<>();
    for (String c : SCHEMA.fieldNames()) {
      all.put(c, "s." + c);
    }
    String runId = summary.run().runId().replace("'", "''");
    DeltaTable.forPath(spark, location).as("t")
        .merge(tonight.as("s"), "t.run_id = s.run_id AND t.stage = s.stage AND t.source <=> s.source")
        .whenMatched().updateExpr(all)
        .whenNotMatched().insertExpr(all)
        .whenNotMatchedBySource("t.run_id = '" + runId + "'").delete()
        .withSchemaEvolution()
        .execute();
  }

  private int previousAttempts(String runId) {
    if (!warehouse.exists(spark, Tables.RUN_AUDIT) || !java.util.Arrays.asList(read().columns()).contains("attempt")) {
      return 0;
    }
    Row r = read().filter(col("run_id").equalTo(runId)).agg(max(col("attempt"))).first();
    return r.isNullAt(0) ? 0 : r.getInt(0);
  }

  private org.apache.spark.sql.Dataset<Row> read() {
    return spark.read().format("delta").load(warehouse.location(Tables.RUN_AUDIT));
  }

  private static Row row(RunSummary summary, String stage, StageReport s, Timestamp started, Timestamp finished, String rulesDigest,
      int attempt) {
    return RowFactory.create(
        summary.run().runId(), Date.valueOf(summary.run().runDate()), summary.command(), stage,
        s.source().orElse(null), s.inputPath().orElse(null), s.inputBytes(), s.rowsIn(), s.rowsOut(), s.rowsQuarantined(),
        scala(s.reasons()), started, finished, s.durationMs(), s.tableVersion(),
        s.outcome().label(), s.message().orElse(null), summary.warehouse(), summary.configDigest(), summary.codeVersion(),
        s.mode().orElse(null), scala(s.inputVersions()), scala(s.tableVersions()), scala(s.changes()), rulesDigest, attempt);
  }

  private static scala.collection.Map<String, Long> scala(Map<String, Long> map) {
    return scala.jdk.javaapi.CollectionConverters.asScala(map);
  }
}
