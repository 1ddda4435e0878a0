package org.storerecon.jobs.pipeline;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storerecon.common.contract.Tables;
import org.storerecon.common.delta.Warehouse;

/**
 * Appends a run's stage reports to {@code run_audit}: one row per stage (and input), plus one row
 * with stage {@code run} for the run as a whole. Small: a handful of rows per run.
 */
public final class RunAudit {

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
      .add("quarantine_reasons", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), false)
      .add("started_at", DataTypes.TimestampType, false)
      .add("finished_at", DataTypes.TimestampType, false)
      .add("duration_ms", DataTypes.LongType, false)
      .add("table_version", DataTypes.LongType, false)
      .add("outcome", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, true)
      .add("warehouse", DataTypes.StringType, false)
      .add("config_digest", DataTypes.StringType, false)
      .add("code_version", DataTypes.StringType, false);

  private final SparkSession spark;
  private final Warehouse warehouse;

  public RunAudit(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  public void record(RunSummary summary) {
    List<Row> rows = new ArrayList<>();
    Timestamp started = Timestamp.from(summary.run().startedAt());
    Timestamp finished = Timestamp.from(summary.finishedAt());
    long inRows = 0;
    long outRows = 0;
    long quarantined = 0;
    for (StageReport s : summary.stages()) {
      rows.add(row(summary, s.stage(), s, started, finished));
      inRows += s.rowsIn();
      outRows += s.rowsOut();
      quarantined += s.rowsQuarantined();
    }
    StageReport whole = new StageReport("run", java.util.Optional.empty(), java.util.Optional.empty(), 0, inRows, outRows,
        quarantined, java.util.Map.of(), summary.durationMs(), -1, summary.outcome(), summary.error());
    rows.add(row(summary, "run", whole, started, finished));
    spark.createDataFrame(rows, SCHEMA).coalesce(1)
        .write().format("delta").mode("append").save(warehouse.location(Tables.RUN_AUDIT));
  }

  private static Row row(RunSummary summary, String stage, StageReport s, Timestamp started, Timestamp finished) {
    return RowFactory.create(
        summary.run().runId(), Date.valueOf(summary.run().runDate()), summary.command(), stage,
        s.source().orElse(null), s.inputPath().orElse(null), s.inputBytes(), s.rowsIn(), s.rowsOut(), s.rowsQuarantined(),
        scala.jdk.javaapi.CollectionConverters.asScala(s.reasons()), started, finished, s.durationMs(), s.tableVersion(),
        s.outcome().label(), s.message().orElse(null), summary.warehouse(), summary.configDigest(), summary.codeVersion());
  }
}
