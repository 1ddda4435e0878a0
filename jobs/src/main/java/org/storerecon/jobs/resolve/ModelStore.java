package org.storerecon.jobs.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storerecon.jobs.pipeline.StageTables;

/**
 * The resolution model in force, kept in the warehouse so that every night scores with the same
 * model until it is retrained ({@code run --retrain}): then an unchanged shop keeps its scores and
 * its decision, and an incremental night equals a full recompute. Two tables:
 * {@link #MODEL} (one row per training, appended: the m and u probabilities, lambda and the u of
 * exact 字号 agreement) and {@link #FREQUENCIES} (the 字号 term frequencies of the model in force,
 * replaced at each training). The frequencies are written first, so a crash between the two writes
 * leaves the previous model in force or, on a first night, none.
 */
public final class ModelStore {

  /** Table of trained models. */
  public static final String MODEL = "resolve_model";
  /** Table of the 字号 frequencies of the model in force. */
  public static final String FREQUENCIES = "resolve_model_tf";
  /** Column: the model's id (the run id of the run that trained it). */
  public static final String MODEL_ID = "model_id";

  static final StructType SCHEMA = new StructType()
      .add(MODEL_ID, DataTypes.StringType, false)
      .add("trained_on", DataTypes.DateType, false)
      .add("lambda", DataTypes.DoubleType, false)
      .add("u_core_exact", DataTypes.DoubleType, false)
      .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.createArrayType(DataTypes.DoubleType)), false)
      .add("u", DataTypes.createMapType(DataTypes.StringType, DataTypes.createArrayType(DataTypes.DoubleType)), false)
      .add("description", DataTypes.StringType, false);

  /**
   * A trained model with its frequencies.
   *
   * @param id model id
   * @param model m, u and lambda
   * @param uCoreExact u of exact 字号 agreement
   * @param frequencies {@link TermFrequencies#of} table
   */
  public record Trained(String id, MatchModel model, double uCoreExact, Dataset<Row> frequencies) {}

  private final SparkSession spark;
  private final StageTables tables;

  public ModelStore(SparkSession spark, StageTables tables) {
    this.spark = spark;
    this.tables = tables;
  }

  /** The model in force: the latest trained one whose frequencies are stored; empty before the first training. */
  public Optional<Trained> current() {
    if (!tables.exists(MODEL) || !tables.exists(FREQUENCIES)) {
      return Optional.empty();
    }
    List<Row> stored = tables.read(FREQUENCIES).select(MODEL_ID).limit(1).collectAsList();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    String id = stored.get(0).getString(0);
    List<Row> rows = tables.read(MODEL).filter(col(MODEL_ID).equalTo(id)).collectAsList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Row r = rows.get(0);
    MatchModel model = new MatchModel(r.getDouble(2), probabilities(r.getJavaMap(4)), probabilities(r.getJavaMap(5)));
    Dataset<Row> frequencies = tables.read(FREQUENCIES).drop(MODEL_ID);
    return Optional.of(new Trained(id, model, r.getDouble(3), frequencies));
  }

  /** Stores a newly trained model as the one in force; a rerun of the same training replaces its rows. */
  public void save(Trained trained, LocalDate trainedOn) {
    tables.overwrite(trained.frequencies().withColumn(MODEL_ID, lit(trained.id())), FREQUENCIES);
    Row row = RowFactory.create(trained.id(), Date.valueOf(trainedOn), trained.model().lambda(), trained.uCoreExact(),
        scala.jdk.javaapi.CollectionConverters.asScala(labelled(trained.model().m())),
        scala.jdk.javaapi.CollectionConverters.asScala(labelled(trained.model().u())), trained.model().describe());
    tables.replaceWhere(spark.createDataFrame(List.of(row), SCHEMA).coalesce(1), MODEL, MODEL_ID + " = '" + trained.id() + "'");
  }

  private static Map<String, scala.collection.immutable.Seq<Object>> labelled(Map<Comparison, double[]> byComparison) {
    Map<String, scala.collection.immutable.Seq<Object>> out = new LinkedHashMap<>();
    byComparison.forEach((c, p) -> {
      List<Object> values = new java.util.ArrayList<>();
      for (double v : p) {
        values.add(v);
      }
      out.put(c.label(), scala.jdk.javaapi.CollectionConverters.asScala(values).toList());
    });
    return out;
  }

  private static Map<Comparison, double[]> probabilities(Map<String, scala.collection.Seq<Double>> stored) {
    Map<Comparison, double[]> out = new EnumMap<>(Comparison.class);
    for (Comparison c : Comparison.values()) {
      scala.collection.Seq<Double> values = stored.get(c.label());
      if (values == null) {
        continue;
      }
      double[] p = new double[values.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = values.apply(i);
      }
      out.put(c, p);
    }
    return out;
  }
}
