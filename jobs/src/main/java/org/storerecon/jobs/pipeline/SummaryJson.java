package org.storerecon.jobs.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.storerecon.jobs.error.Errors;

/**
 * The machine-readable run summary for schedulers ({@code --summary-json FILE}): outcome, run id,
 * counts and durations per stage. Field names are snake_case and stable; see the README.
 */
public final class SummaryJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  public static ObjectNode toJson(RunSummary s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("outcome", s.outcome().label());
    root.put("run_id", s.run().runId());
    root.put("run_date", s.run().runDate().toString());
    root.put("command", s.command());
    root.put("started_at", s.run().startedAt().toString());
    root.put("finished_at", s.finishedAt().toString());
    root.put("duration_ms", s.durationMs());
    root.put("warehouse", s.warehouse());
    root.put("code_version", s.codeVersion());
    root.put("config_digest", s.configDigest());
    s.error().ifPresent(e -> root.put("error", e));
    ArrayNode stages = root.putArray("stages");
    for (StageReport r : s.stages()) {
      ObjectNode n = stages.addObject();
      n.put("stage", r.stage());
      r.source().ifPresent(v -> n.put("source", v));
      r.inputPath().ifPresent(v -> n.put("input_path", v));
      n.put("input_bytes", r.inputBytes());
      n.put("rows_in", r.rowsIn());
      n.put("rows_out", r.rowsOut());
      n.put("rows_quarantined", r.rowsQuarantined());
      ObjectNode reasons = n.putObject("quarantine_reasons");
      r.reasons().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> reasons.put(e.getKey(), e.getValue()));
      n.put("duration_ms", r.durationMs());
      n.put("table_version", r.tableVersion());
      n.put("outcome", r.outcome().label());
      r.message().ifPresent(v -> n.put("message", v));
      r.mode().ifPresent(v -> n.put("mode", v));
      map(n.putObject("changes"), r.changes());
      map(n.putObject("input_versions"), r.inputVersions());
      map(n.putObject("table_versions"), r.tableVersions());
      if (!r.metrics().isEmpty()) {
        map(n.putObject("metrics"), r.metrics());
      }
    }
    return root;
  }

  private static void map(ObjectNode node, java.util.Map<String, Long> values) {
    values.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> node.put(e.getKey(), e.getValue()));
  }

  public static void write(RunSummary summary, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      MAPPER.writeValue(file.toFile(), toJson(summary));
    } catch (IOException e) {
      throw Errors.cannotWrite("the summary JSON", file.toString(), e);
    }
  }
}
