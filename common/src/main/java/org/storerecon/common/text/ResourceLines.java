package org.storerecon.common.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a dictionary resource: UTF-8, one entry per line, {@code #} starts a comment line,
 * blank lines ignored, fields separated by tabs.
 */
public final class ResourceLines {

  private ResourceLines() {}

  /**
   * The entries of a resource next to {@code anchor}, each split on tabs and trimmed.
   *
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static List<String[]> read(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Dictionary resource " + resource + " is missing next to " + anchor.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] fields = trimmed.split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
          fields[i] = fields[i].strip();
        }
        rows.add(fields);
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read dictionary resource " + resource, e);
    }
  }

  /** The first field of every entry of a one-column resource. */
  public static List<String> words(Class<?> anchor, String resource) {
    return read(anchor, resource).stream().map(f -> f[0]).toList();
  }
}
