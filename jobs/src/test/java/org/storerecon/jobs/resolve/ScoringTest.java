package org.storerecon.jobs.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.storerecon.jobs.normalize.DomainColumns;
import org.storerecon.testing.DatasetBuilder;
import org.storerecon.testing.SparkTest;

@SparkTest
class ScoringTest {

  private static MatchModel model() {
    Map<Comparison, double[]> m = new EnumMap<>(Comparison.class);
    Map<Comparison, double[]> u = new EnumMap<>(Comparison.class);
    for (Comparison c : Comparison.values()) {
      double[] mm = new double[c.levels().size()];
      double[] uu = new double[c.levels().size()];
      Arrays.fill(mm, 0.1 / (mm.length - 1));
      Arrays.fill(uu, 0.9 / (uu.length - 1));
      mm[0] = 0.9;
      uu[0] = 0.1;
      m.put(c, mm);
      u.put(c, uu);
    }
    return new MatchModel(0.01, m, u);
  }

  private static Dataset<Row> pairs(SparkSession spark) {
    DatasetBuilder b = DatasetBuilder.of(spark).column("shop_id").column(DomainColumns.NAME_CORE).column(TermFrequencies.CORE);
    for (Comparison c : Comparison.values()) {
      b.column(c.levelColumn(), DataTypes.IntegerType);
    }
    int sameKey = Comparison.NAME.levels().indexOf("same_key");
    Object[] common = {"common", "鑫", "鑫", sameKey};
    Object[] rare = {"rare", "琥珀", "琥珀", sameKey};
    for (Object[] row : List.of(common, rare)) {
      Object[] full = Arrays.copyOf(row, 3 + Comparison.values().length);
      Arrays.fill(full, 4, full.length, Comparison.MISSING);
      b.row(full);
    }
    return b.build();
  }

  @Test
  void commonTradeNameWeighsLessThanARareOneAndEvidenceIsReadable(SparkSession spark) {
    Dataset<Row> frequencies = DatasetBuilder.of(spark).column(TermFrequencies.CORE).column(TermFrequencies.CORE_TF, DataTypes.DoubleType)
        .row("鑫", 0.05).row("琥珀", 0.00001).build();

    List<Row> scored = new Scoring(model(), 0.001).apply(pairs(spark), frequencies).orderBy("shop_id").collectAsList();

    Row common = scored.get(0);
    Row rare = scored.get(1);
    assertThat(common.<Double>getAs(Scoring.TF_ADJUSTMENT)).isNegative();
    assertThat(rare.<Double>getAs(Scoring.TF_ADJUSTMENT)).isPositive();
    assertThat(rare.<Double>getAs(LinkColumns.MATCH_WEIGHT)).isGreaterThan(common.<Double>getAs(LinkColumns.MATCH_WEIGHT));
    assertThat(rare.<String>getAs(LinkColumns.EVIDENCE))
        .startsWith("name=same_key(").contains("phone=missing(+0.0)").contains("core_tf(+6.6)").contains("→ p=");
  }
}
