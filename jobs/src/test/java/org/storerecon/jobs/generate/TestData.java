package org.storerecon.jobs.generate;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Small generated data sets shared by the test classes of one JVM (generating costs seconds),
 * and a minimal RFC 4180 reader for assertions.
 */
final class TestData {

  static final long SEED = 20240607L;
  static final long SHOPS = 3000;
  static final long ENTITIES = 2000;

  private static final Map<String, GenerateDataset.Result> CACHE = new HashMap<>();

  private TestData() {}

  static Config defaults() {
    return ConfigFactory.parseResources("application.conf").getConfig("storerecon.generate");
  }

  static GeneratorSettings settings() {
    return GeneratorSettings.from(defaults());
  }

  /** The clean data set. */
  static synchronized GenerateDataset.Result clean(SparkSession spark) {
    return CACHE.computeIfAbsent("clean", k -> new SparkGenerateDataset(spark).shops(SHOPS).entities(ENTITIES)
        .seed(SEED).settings(settings()).outputDir(tempDir(k)).execute());
  }

  /** The dirty data set. */
  static synchronized GenerateDataset.Result dirty(SparkSession spark) {
    return CACHE.computeIfAbsent("dirty", k -> new SparkGenerateDataset(spark).shops(SHOPS).entities(ENTITIES)
        .seed(SEED).settings(settings()).dirty().outputDir(tempDir(k)).execute());
  }

  static Path tempDir(String name) {
    try {
      return Files.createTempDirectory("storerecon-gen-" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records of a clean CSV file as maps from header column to value. */
  static List<Map<String, String>> read(Path file) {
    List<List<String>> rows = parse(text(file));
    List<String> header = rows.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), i < row.size() ? row.get(i) : null);
      }
      out.add(m);
    }
    return out;
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180 records of a text with LF or CRLF line ends. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
      i++;
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
