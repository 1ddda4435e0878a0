package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storerecon.jobs.pipeline.RunContext;

/**
 * Rows of {@code resolve_report}: what blocking and the model did in one run. Kinds:
 * {@value #PAIRS_PER_RULE} (name = rule), {@value #CANDIDATE_PAIRS} (de-duplicated),
 * {@value #CAPPED_KEY} and {@value #LARGEST_BLOCK} (name = rule:key, value = entities in the
 * block), {@value #DECISION} (name = decision), {@value #MODEL} (name = comparison, value =
 * lambda, detail = the m, u and weights per level). A few dozen rows per run.
 */
public final class ResolveReport {

  public static final String PAIRS_PER_RULE = "pairs_per_rule";
  public static final String CANDIDATE_PAIRS = "candidate_pairs";
  public static final String CAPPED_KEY = "capped_key";
  public static final String LARGEST_BLOCK = "largest_block";
  public static final String DECISION = "decision";
  public static final String MODEL = "model";

  static final StructType SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType, false)
      .add("run_date", DataTypes.DateType, false)
      .add("kind", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, true)
      .add("value", DataTypes.DoubleType, true)
      .add("detail", DataTypes.StringType, true);

  private final RunContext run;
  private final List<Row> rows = new ArrayList<>();

  public ResolveReport(RunContext run) {
    this.run = run;
  }

  public ResolveReport add(String kind, String name, double value, String detail) {
    rows.add(RowFactory.create(run.runId(), Date.valueOf(run.runDate()), kind, name, value, detail));
    return this;
  }

  /** Adds the (small) rows of a blocks data set: rule, block_key, block_size. */
  public ResolveReport addBlocks(String kind, Dataset<Row> blocks) {
    for (Row r : blocks.select(col(Blocking.RULE), col(Blocking.KEY), col(Blocking.BLOCK_SIZE)).collectAsList()) {
      add(kind, r.getString(0) + ":" + r.getString(1), r.getLong(2), null);
    }
    return this;
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  public Dataset<Row> toDataset(SparkSession spark) {
    return spark.createDataFrame(rows, SCHEMA);
  }
}
