package org.storerecon.jobs.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storerecon.common.contract.Contract;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.error.StoreReconException;

/**
 * The data set {@code evolve} starts from: a folder written by {@code generate} (day 1) or by
 * {@code evolve}, read from its {@code manifest.json} and checked before anything is written —
 * every file present, CSV headers in contract order, not generated with {@code --dirty}.
 *
 * @param dir the folder
 * @param day its day: 1 for a generated set, the manifest's {@code day} for an evolved one
 * @param generator the generation it descends from and how far evolve has taken it
 * @param records data records per file, as its manifest counts them
 */
record SourceDataset(Path dir, int day, EvolveManifest.Generator generator, Map<String, Long> records) {

  private static final List<String> FILES = List.of(OutputFiles.SHOPS, OutputFiles.ENTITIES, OutputFiles.BRANDS,
      OutputFiles.LABELS, OutputFiles.BRAND_LABELS, OutputFiles.MANIFEST);
  private static final Map<String, InputSpec> CSV = Map.of(OutputFiles.SHOPS, Contract.SHOPS, OutputFiles.ENTITIES,
      Contract.ENTITIES, OutputFiles.BRANDS, Contract.BRANDS, OutputFiles.LABELS, Contract.LABELS,
      OutputFiles.BRAND_LABELS, Contract.BRAND_LABELS);

  SourceDataset {
    records = Map.copyOf(records);
  }

  /**
   * Reads and checks the folder.
   *
   * @throws org.storerecon.jobs.error.StoreReconException (usage) naming what is missing or wrong
   */
  static SourceDataset read(Path dir) {
    for (String file : FILES) {
      if (!Files.isRegularFile(dir.resolve(file))) {
        throw Errors.notADataSet(dir.toString(), file);
      }
    }
    Path manifest = dir.resolve(OutputFiles.MANIFEST);
    SourceDataset source;
    try {
      source = fromManifest(dir, ManifestJson.read(manifest));
    } catch (StoreReconException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw Errors.badEvolveSource(manifest.toString(), String.valueOf(e.getMessage()), e);
    }
    CSV.forEach((file, spec) -> checkHeader(dir.resolve(file), spec));
    return source;
  }

  private static SourceDataset fromManifest(Path dir, JsonNode m) throws IOException {
    Map<String, Long> records = new HashMap<>();
    required(m, "records").fields().forEachRemaining(e -> records.put(e.getKey(), e.getValue().asLong()));
    if (m.has("generator")) {
      return new SourceDataset(dir, required(m, "day").asInt(), ManifestJson.convert(m.get("generator"),
          EvolveManifest.Generator.class), records);
    }
    if (!m.path("dirty").isEmpty()) {
      throw Errors.dirtyDataSet(dir.toString());
    }
    JsonNode sizes = required(m, "sizes");
    GeneratorSettings settings = ManifestJson.convert(required(m, "settings"), GeneratorSettings.class);
    return new SourceDataset(dir, 1, new EvolveManifest.Generator(required(m, "seed").asLong(),
        required(sizes, "entities").asLong(), required(sizes, "shops").asLong(), 0, settings), records);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("it has no field '" + field + "'");
    }
    return value;
  }

  private static void checkHeader(Path file, InputSpec spec) {
    String expected = header(spec);
    String found;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      found = in.readLine();
    } catch (IOException e) {
      throw Errors.badEvolveSource(file.toString(), String.valueOf(e.getMessage()), e);
    }
    if (!expected.equals(found)) {
      throw Errors.badEvolveSource(file.toString(), "its header is '" + found + "', expected '" + expected + "'", null);
    }
  }

  /** The header line of a file of this contract spec, without terminator. */
  static String header(InputSpec spec) {
    return CsvRecords.line(spec.columnNames(), "");
  }

  Path file(String name) {
    return dir.resolve(name);
  }

  /** Data records of {@code file}, 0 when the manifest does not count it. */
  long records(String file) {
    return records.getOrDefault(file, 0L);
  }
}
