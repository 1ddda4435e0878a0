package org.storerecon.jobs.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Joins the part files of one dataset (or of several, one after the other) into one output file on
 * the driver, by byte streaming in slice order: preamble (BOM), header record, parts. Part file
 * names sort in slice order.
 */
final class PartConcatenator {

  private PartConcatenator() {}

  static void concatenate(Path partsDir, String dataset, Path target, byte[] preamble, byte[] header) {
    concatenate(partsDir, List.of(dataset), target, preamble, header);
  }

  /**
   * Joins the parts of several datasets into one file: preamble, header, then the parts of each
   * dataset in the order given, each dataset's in slice order. A dataset without parts adds nothing.
   */
  static void concatenate(Path partsDir, List<String> datasets, Path target, byte[] preamble, byte[] header) {
    try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      write(out, preamble);
      write(out, header);
      for (String dataset : datasets) {
        for (Path part : parts(partsDir.resolve(dataset))) {
          append(part, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target + " from the parts of " + datasets + " in " + partsDir, e);
    }
  }

  private static void append(Path part, FileChannel out) throws IOException {
    try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
      long size = in.size();
      long position = 0;
      while (position < size) {
        position += in.transferTo(position, size - position, out);
      }
    }
  }

  /** The lines of every part of one dataset, in slice order (for small datasets the driver reads). */
  static List<String> lines(Path partsDir, String dataset) {
    Path folder = partsDir.resolve(dataset);
    try {
      List<String> out = new ArrayList<>();
      for (Path part : parts(folder)) {
        out.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the parts in " + folder, e);
    }
  }

  private static List<Path> parts(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(PartWriter::isPart).sorted().toList();
    }
  }

  private static void write(WritableByteChannel out, byte[] bytes) throws IOException {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  /** Deletes a folder tree. */
  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the temporary parts folder " + root, e);
    }
  }

  /** Writes a small file in one go. */
  static void writeSmall(Path target, byte[] bytes) {
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }
}
