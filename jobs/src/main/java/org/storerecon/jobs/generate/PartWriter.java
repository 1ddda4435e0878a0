package org.storerecon.jobs.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * Writes one part file of one dataset for one slice, under {@code <parts>/<dataset>/part-nnnnn}.
 * The file appears only on {@link #commit()} (written under a temporary name, then moved), so a
 * retried task replaces rather than duplicates its part.
 */
final class PartWriter implements AutoCloseable {

  private static final int BUFFER_BYTES = 1 << 20;
  private static final String PART_FORMAT = "part-%06d";
  private static final String IN_PROGRESS = ".inprogress";

  private final Path target;
  private final Path temp;
  private final OutputStream out;
  private boolean committed;

  private PartWriter(Path target) throws IOException {
    this.target = target;
    this.temp = target.resolveSibling(target.getFileName() + IN_PROGRESS);
    Files.createDirectories(target.getParent());
    this.out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER_BYTES);
  }

  /** Opens the part of {@code dataset} for {@code slice} under the parts folder. */
  static PartWriter open(String partsDir, String dataset, long slice) {
    Path target = Paths.get(partsDir, dataset, String.format(PART_FORMAT, slice));
    try {
      return new PartWriter(target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create part file " + target, e);
    }
  }

  /** Whether a file in a parts folder is a finished part. */
  static boolean isPart(Path file) {
    return !file.getFileName().toString().endsWith(IN_PROGRESS);
  }

  void write(String text) {
    write(text.getBytes(StandardCharsets.UTF_8));
  }

  void write(byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write part file " + temp, e);
    }
  }

  void commit() {
    try {
      out.close();
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot finish part file " + target, e);
    }
  }

  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      out.close();
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove unfinished part file " + temp, e);
    }
  }
}
