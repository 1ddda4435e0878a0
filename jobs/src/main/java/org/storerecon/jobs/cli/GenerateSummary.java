package org.storerecon.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.generate.GenerateDataset;

/**
 * The {@code --summary-json} of {@code storerecon generate} and {@code storerecon evolve}:
 * outcome, output folder, records per file, duration, and for evolve the changes per kind.
 */
final class GenerateSummary {

  private GenerateSummary() {}

  static void write(GenerateDataset.Result result, Path file) {
    write("generate", result.outputDir(), result.wallTime(), result.recordsPerFile(), Map.of(), file);
  }

  /**
   * Writes the summary of a command that wrote a data set.
   *
   * @param changes changes per kind; left out when empty
   */
  static void write(String command, Path outputDir, Duration wallTime, Map<String, Long> records, Map<String, Long> changes,
      Path file) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("outcome", "succeeded");
    root.put("command", command);
    root.put("output_dir", outputDir.toAbsolutePath().toString());
    root.put("duration_ms", wallTime.toMillis());
    ObjectNode recordsNode = root.putObject("records");
    new TreeMap<>(records).forEach(recordsNode::put);
    if (!changes.isEmpty()) {
      ObjectNode changesNode = root.putObject("changes");
      new TreeMap<>(changes).forEach(changesNode::put);
    }
    try {
      mapper.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw Errors.cannotWrite("the summary JSON", file.toString(), e);
    }
  }
}
