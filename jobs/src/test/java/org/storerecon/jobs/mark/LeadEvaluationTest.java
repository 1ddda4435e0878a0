package org.storerecon.jobs.mark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.storerecon.testing.DatasetBuilder;
import org.storerecon.testing.SparkTest;

@SparkTest
class LeadEvaluationTest {

  @Test
  void precisionRecallAndBreakdownAtTheShopBrandLevel(SparkSession spark) {
    Dataset<Row> marks = DatasetBuilder.of(spark).columns("platform", "shop_id", "brand_id").column("lead", DataTypes.BooleanType)
        .columns("tier", "relation", "claim").column("obfuscated", DataTypes.BooleanType)
        .row("jd", "1", "B1", true, "well_known", "unrelated", "claim", false)
        .row("jd", "2", "B1", true, "well_known", "unknown", "none", true)
        .row("jd", "3", "B2", false, "registered", "owner", "claim", false)
        .row("jd", "4", "B2", true, "registered", "unrelated", "claim", false)
        .build();
    Dataset<Row> labels = DatasetBuilder.of(spark).columns("platform", "shop_id", "brand_id", "lead")
        .row("jd", "1", "B1", "true").row("jd", "2", "B1", "false").row("jd", "3", "B2", "false").row("jd", "5", "B3", "true")
        .build();
    Dataset<Row> brands = DatasetBuilder.of(spark).columns("brand_id", "tier")
        .row("B1", "well_known").row("B2", "registered").row("B3", "time_honored").build();

    LeadEvaluation.Result r = LeadEvaluation.evaluate(marks, labels, brands);

    // true: 1-B1; false: 2-B1 (labelled no lead), 4-B2 (not labelled); missed: 5-B3 (not marked).
    assertThat(r.overall()).isEqualTo(new LeadEvaluation.Score(1, 2, 1));
    assertThat(r.overall().precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(r.overall().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(r.marks()).isEqualTo(4);
    assertThat(r.labelled()).isEqualTo(4);
    assertThat(r.breakdown().get("tier")).containsEntry("time_honored", new LeadEvaluation.Score(0, 0, 1))
        .containsEntry("well_known", new LeadEvaluation.Score(1, 1, 0));
    assertThat(r.breakdown().get("relation")).containsEntry("not_marked", new LeadEvaluation.Score(0, 0, 1))
        .containsEntry("owner", new LeadEvaluation.Score(0, 0, 0));
    assertThat(r.breakdown().get("obfuscated")).containsEntry("true", new LeadEvaluation.Score(0, 1, 0));
    assertThat(r.line()).startsWith("leads precision=0.3333 recall=0.5000");
  }
}
