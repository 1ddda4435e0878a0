package org.storerecon.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storerecon.common.delta.Warehouse;
import org.storerecon.jobs.config.StoreReconConfig;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.pipeline.StageTables;
import org.storerecon.common.contract.Tables;
import org.storerecon.jobs.mark.LeadEvaluation;
import org.storerecon.jobs.mark.MarkTables;
import org.storerecon.jobs.resolve.LinkEvaluation;
import org.storerecon.jobs.resolve.ResolveTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storerecon evaluate}: precision, recall and F1 of {@code shop_entity_link} against labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Measures shop_entity_link against ground truth (labels.csv of storerecon generate): precision, recall "
        + "and F1 of linked, review rate, share of unregistered operators linked, blocking recall, a threshold sweep, "
        + "a breakdown by method and signal, recall by the identity data each shop shows (when the labels carry "
        + "identity_shown), a calibration table (mean probability vs observed share per band), and the generator's "
        + "phenomenon counts when manifest.json is next to the labels. "
        + "With --brand-labels, also brand_mark's lead precision, recall and F1."})
final class EvaluateCommand implements Callable<Integer> {

  /** Manifest counts printed next to the methods and signals they explain. */
  private static final List<String> PHENOMENA = List.of("shops.total", "shops.operator.", "shops.code_shown", "shops.code_mistyped",
      "shops.name_only", "shops.no_licence", "shops.licence_misuse", "shops.open_with_inactive_operator.",
      "shops.individual_no_licence", "shops.operator_is_confuser", "labels.", "brands.usage.", "brand_labels.");

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions options;

  @Option(names = "--labels", paramLabel = "FILE", required = true, description = "labels.csv: platform,shop_id,uscc[,identity_shown].")
  Path labels;

  @Option(names = "--brand-labels", paramLabel = "FILE",
      description = "brand_labels.csv: platform,shop_id,brand_id,lead. Adds lead precision, recall and F1 of brand_mark, "
          + "with a breakdown by tier, relation, claim and obfuscation.")
  Path brandLabels;

  @Option(names = "--manifest", paramLabel = "FILE", description = "manifest.json of the generator (default: next to --labels, when present).")
  Path manifest;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(labels)) {
      throw Errors.labelsNotFound(labels.toString());
    }
    if (brandLabels != null && !Files.isRegularFile(brandLabels)) {
      throw Errors.labelsNotFound(brandLabels.toString());
    }
    StoreReconConfig config = options.load();
    Map<String, Long> phenomena = phenomena(Optional.ofNullable(manifest).orElse(labels.toAbsolutePath().resolveSibling("manifest.json")),
        manifest != null);
    SparkSession spark = options.startSession(config, "storerecon evaluate");
    Warehouse warehouse = Warehouse.at(config.warehouse(), config.database());
    LinkEvaluation.Result result = LinkEvaluation.evaluate(table(spark, warehouse, ResolveTables.LINKS), readLabels(spark, labels),
        table(spark, warehouse, ResolveTables.CANDIDATES));
    print(result, phenomena, spec.commandLine().getOut());
    if (brandLabels != null) {
      print(LeadEvaluation.evaluate(table(spark, warehouse, MarkTables.MARKS), readLabels(spark, brandLabels),
          table(spark, warehouse, Tables.BRANDS)), spec.commandLine().getOut());
    }
    return 0;
  }

  static Dataset<Row> readLabels(SparkSession spark, Path file) {
    return spark.read().option("header", "true").option("encoding", "UTF-8").csv(file.toAbsolutePath().toString());
  }

  static Dataset<Row> table(SparkSession spark, Warehouse warehouse, String table) {
    return new StageTables(spark, warehouse).read(table);
  }

  static void print(LinkEvaluation.Result r, Map<String, Long> phenomena, PrintWriter out) {
    out.println("storerecon evaluate: " + r.line());
    out.printf("  shops %,d  linked %,d  correct %,d  with a true entity %,d  review %,d  operator not registered %,d (linked %,d)%n",
        r.shops(), r.overall().linked(), r.overall().correct(), r.overall().truePositivesPossible(), r.review(), r.absent(),
        r.absentLinked());
    out.println("  threshold sweep (link every best candidate at or above p):");
    out.println("    p>=       linked    precision  recall    f1");
    for (Map.Entry<Double, LinkEvaluation.Score> e : r.sweep().entrySet()) {
      LinkEvaluation.Score s = e.getValue();
      out.printf("    %-8s %,9d  %.4f     %.4f    %.4f%n", e.getKey(), s.linked(), s.precision(), s.recall(), s.f1());
    }
    out.println("  by method (linked rows):");
    for (Map.Entry<String, LinkEvaluation.Score> e : r.byMethod().entrySet()) {
      LinkEvaluation.Score s = e.getValue();
      out.printf("    %-16s linked %,9d  correct %,9d  precision %.4f%n", e.getKey(), s.linked(), s.correct(), s.precision());
    }
    if (!r.byIdentityShown().isEmpty()) {
      out.println("  by identity shown (labels.identity_shown; recall over the registered operators of each row):");
      out.println("    identity_shown                 shops     linked    correct   review    recall");
      for (Map.Entry<String, LinkEvaluation.Slice> e : r.byIdentityShown().entrySet()) {
        LinkEvaluation.Slice s = e.getValue();
        out.printf("    %-26s %,9d  %,9d  %,9d  %,7d   %s%n", e.getKey(), s.shops(), s.score().linked(), s.score().correct(),
            s.review(), s.withTruth() == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.4f", s.score().recall()));
      }
    }
    out.println("  calibration (best scored candidate: mean probability vs share that is the true operator):");
    out.println("    p in        candidates  mean p    observed");
    for (LinkEvaluation.Band b : r.calibration()) {
      out.printf(java.util.Locale.ROOT, "    >=%-8s %,11d  %.4f    %.4f%n", b.lower(), b.candidates(), b.meanProbability(), b.observed());
    }
    out.println("  signals:");
    r.signals().forEach((k, v) -> out.printf("    %-22s %,9d%n", k, v));
    if (!phenomena.isEmpty()) {
      out.println("  generator phenomena (manifest.json):");
      phenomena.forEach((k, v) -> out.printf("    %-44s %,9d%n", k, v));
    }
    out.flush();
  }

  static void print(LeadEvaluation.Result r, PrintWriter out) {
    out.println("storerecon evaluate: " + r.line());
    out.printf("  brand marks %,d  labelled shop-brand pairs %,d%n", r.marks(), r.labelled());
    for (Map.Entry<String, Map<String, LeadEvaluation.Score>> d : r.breakdown().entrySet()) {
      out.println("  by " + d.getKey() + ":");
      out.println("    value            true    false   missed   precision  recall    f1");
      for (Map.Entry<String, LeadEvaluation.Score> e : d.getValue().entrySet()) {
        LeadEvaluation.Score s = e.getValue();
        out.printf("    %-14s %,7d  %,7d  %,7d   %.4f     %.4f    %.4f%n", e.getKey(), s.truePositives(), s.falsePositives(),
            s.falseNegatives(), s.precision(), s.recall(), s.f1());
      }
    }
    out.flush();
  }

  /** The manifest's counts worth printing; empty when the default manifest is absent. */
  static Map<String, Long> phenomena(Path file, boolean required) {
    Map<String, Long> out = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      if (required) {
        throw Errors.badManifest(file.toString(), new java.io.FileNotFoundException(file.toString()));
      }
      return out;
    }
    try {
      JsonNode counts = new ObjectMapper().readTree(file.toFile()).path("counts");
      for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (PHENOMENA.stream().anyMatch(p -> p.endsWith(".") ? e.getKey().startsWith(p) : e.getKey().equals(p))) {
          out.put(e.getKey(), e.getValue().asLong());
        }
      }
    } catch (IOException e) {
      throw Errors.badManifest(file.toString(), e);
    }
    return out;
  }
}
