package org.storerecon.jobs.resolve;

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
class LinkEvaluationTest {

  @Test
  void precisionRecallReviewAndBlockingRecall(SparkSession spark) {
    Dataset<Row> links = DatasetBuilder.of(spark)
        .columns("platform", "shop_id", "uscc", "decision", "method").column("match_probability", DataTypes.DoubleType)
        .column("candidate_uscc").column("signals", DataTypes.createArrayType(DataTypes.StringType))
        .row("jd", "1", "A", "linked", "code", 1.0, "A", new String[0])
        .row("jd", "2", "B", "linked", "probabilistic", 0.999, "B", new String[0])
        .row("jd", "3", "X", "linked", "probabilistic", 0.995, "X", new String[] {"licence_misuse"})
        .row("jd", "4", null, "review", "probabilistic", 0.7, "D", new String[0])
        .row("jd", "5", null, "unlinked", "none", null, null, new String[] {"unresolved_identity"})
        .build();
    Dataset<Row> labels = DatasetBuilder.of(spark).columns("platform", "shop_id", "uscc")
        .row("jd", "1", "A").row("jd", "2", "B").row("jd", "3", "C").row("jd", "4", "D").row("jd", "5", null).build();
    Dataset<Row> candidates = DatasetBuilder.of(spark).columns("platform", "shop_id", "entity_key")
        .row("jd", "2", "B").row("jd", "3", "X").row("jd", "4", "D").build();

    LinkEvaluation.Result r = LinkEvaluation.evaluate(links, labels, candidates);

    assertThat(r.overall().linked()).isEqualTo(3);
    assertThat(r.overall().correct()).isEqualTo(2);
    assertThat(r.overall().precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.overall().recall()).isCloseTo(2 / 4.0, within(1e-9));
    assertThat(r.reviewRate()).isCloseTo(0.2, within(1e-9));
    assertThat(r.absent()).isEqualTo(1);
    assertThat(r.absentLinked()).isZero();
    // True pairs of shops not settled by a code: 2-B, 3-C, 4-D; candidates hold B and D.
    assertThat(r.blockingRecall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.sweep().get(0.5).correct()).isEqualTo(3);
    assertThat(r.sweep().get(0.999).linked()).isEqualTo(2);
    assertThat(r.byMethod().get("probabilistic").precision()).isCloseTo(0.5, within(1e-9));
    assertThat(r.signals()).containsEntry("licence_misuse", 1L);
    assertThat(r.line()).startsWith("precision=0.6667 recall=0.5000");
  }

  @Test
  void recallByIdentityShownAndCalibrationBands(SparkSession spark) {
    Dataset<Row> links = DatasetBuilder.of(spark)
        .columns("platform", "shop_id", "uscc", "decision", "method").column("match_probability", DataTypes.DoubleType)
        .column("candidate_uscc").column("signals", DataTypes.createArrayType(DataTypes.StringType))
        .row("jd", "1", "A", "linked", "code", 1.0, "A", new String[0])
        .row("jd", "2", "B", "linked", "probabilistic", 0.9995, "B", new String[0])
        .row("jd", "3", "X", "linked", "probabilistic", 0.9991, "X", new String[0])
        .row("jd", "4", null, "review", "probabilistic", 0.7, "D", new String[0])
        .row("jd", "5", null, "unlinked", "none", null, null, new String[0])
        .row("jd", "6", null, "unlinked", "none", null, null, new String[0])
        .build();
    Dataset<Row> labels = DatasetBuilder.of(spark).columns("platform", "shop_id", "uscc", "identity_shown")
        .row("jd", "1", "A", "code").row("jd", "2", "B", "name_only").row("jd", "3", "C", "name_only")
        .row("jd", "4", "D", "name_only").row("jd", "5", "E", "no_licence").row("jd", "6", "", "none").build();
    Dataset<Row> candidates = DatasetBuilder.of(spark).columns("platform", "shop_id", "entity_key").row("jd", "2", "B").build();

    LinkEvaluation.Result r = LinkEvaluation.evaluate(links, labels, candidates);

    assertThat(r.byIdentityShown()).containsOnlyKeys("code", "name_only", "no_licence", "unregistered:none");
    LinkEvaluation.Slice nameOnly = r.byIdentityShown().get("name_only");
    assertThat(nameOnly.shops()).isEqualTo(3);
    assertThat(nameOnly.score().correct()).isEqualTo(1);
    assertThat(nameOnly.review()).isEqualTo(1);
    assertThat(nameOnly.score().recall()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(r.byIdentityShown().get("no_licence").score().recall()).isZero();
    assertThat(r.byIdentityShown().get("unregistered:none").withTruth()).isZero();

    // Bands start at 0, 0.5, 0.8, 0.9, 0.99, 0.999, 0.9999: shop 4 in [0.5, 0.8), shops 2 and 3 in [0.999, 0.9999).
    assertThat(r.calibration()).hasSize(LinkEvaluation.CALIBRATION_BANDS.length);
    LinkEvaluation.Band high = r.calibration().get(5);
    assertThat(high.candidates()).isEqualTo(2);
    assertThat(high.meanProbability()).isCloseTo(0.9993, within(1e-9));
    assertThat(high.observed()).isCloseTo(0.5, within(1e-9));
    assertThat(r.calibration().get(1).correct()).isEqualTo(1);
    assertThat(r.calibration().get(0).candidates()).isZero();
  }
}
