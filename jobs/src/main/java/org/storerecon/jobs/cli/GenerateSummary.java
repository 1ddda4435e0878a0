package org.storerecon.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeMap;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.generate.GenerateDataset;

/** The {@code --summary-json} of {@code storerecon generate}: outcome, output folder, records per file, duration. */
final class GenerateSummary {

  private GenerateSummary() {}

  static void write(GenerateDataset.Result result, Path file) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("outcome", "succeeded");
    root.put("command", "generate");
    root.put("output_dir", result.outputDir().toAbsolutePath().toString());
    root.put("duration_ms", result.wallTime().toMillis());
    ObjectNode records = root.putObject("records");
    new TreeMap<>(result.recordsPerFile()).forEach(records::put);
    try {
      mapper.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw Errors.cannotWrite("the summary JSON", file.toString(), e);
    }
  }
}
