package org.storerecon.jobs.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A copy of a local warehouse folder: a Delta table is a folder whose log names its files by
 * relative path, so a copy is an independent fork of every table (with its history). File times are
 * kept, because Delta orders commit timestamps by them. For benchmarks and tests on one machine.
 */
public final class WarehouseFork {

  private WarehouseFork() {}

  /** Copies {@code from} to {@code to} (which must not exist yet) and returns {@code to}. */
  public static Path of(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the warehouse " + from + " to " + to, e);
    }
    return to;
  }
}
