package org.storerecon.jobs.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.storerecon.common.contract.InputSpec;
import org.storerecon.jobs.config.InputConfig;
import org.storerecon.jobs.config.InputFormat;
import org.storerecon.jobs.error.Errors;

/**
 * The data files of one input, found before any row is read: a single file, or the visible
 * files of a folder (names starting with {@code _} or {@code .} are skipped, as Spark does).
 *
 * @param spec the input's contract
 * @param location the configured path, made absolute
 * @param format the resolved format (never {@link InputFormat#AUTO})
 * @param files data files, sorted by path
 * @param bytes total size of the data files
 */
public record InputFiles(InputSpec spec, String location, InputFormat format, List<String> files, long bytes) {

  public InputFiles {
    files = List.copyOf(files);
  }

  /** Lists the files of an input and resolves its format; fails with a usage error if there are none. */
  public static InputFiles resolve(InputSpec spec, InputConfig input, Configuration hadoop) {
    String location = input.path().orElseThrow(() -> Errors.missingInputPath(spec.name()));
    List<String> files = new ArrayList<>();
    long bytes = 0;
    String qualified;
    try {
      Path path = new Path(location);
      FileSystem fs = path.getFileSystem(hadoop);
      qualified = fs.makeQualified(path).toString();
      if (!fs.exists(path)) {
        throw Errors.inputNotFound(spec.name(), location);
      }
      FileStatus status = fs.getFileStatus(path);
      FileStatus[] statuses = status.isDirectory() ? fs.listStatus(path) : new FileStatus[] {status};
      Arrays.sort(statuses);
      for (FileStatus s : statuses) {
        String name = s.getPath().getName();
        if (s.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
          files.add(s.getPath().toString());
          bytes += s.getLen();
        }
      }
    } catch (IOException e) {
      throw Errors.unreadableInput(spec.name(), location, e);
    }
    if (files.isEmpty()) {
      throw Errors.inputNotFound(spec.name(), location);
    }
    InputFormat format = input.format() != InputFormat.AUTO ? input.format()
        : InputFormat.fromExtension(location)
            .or(() -> InputFormat.fromExtension(files.get(0)))
            .orElseThrow(() -> Errors.unknownInputFormat(spec.name(), location));
    return new InputFiles(spec, qualified, format, files, bytes);
  }


  /**
   * The header of every CSV file, checked to be the same in all of them; the leading byte-order
   * mark, if any, is dropped. Reads only the first record of each file.
   */
  public List<String> csvHeader(Configuration hadoop) {
    List<String> first = null;
    for (String file : files) {
      List<String> header = readCsvHeader(file, hadoop);
      if (first == null) {
        first = header;
      } else if (!first.equals(header)) {
        throw Errors.inconsistentHeaders(spec.name(), String.join(",", first), String.join(",", header));
      }
    }
    return first;
  }

  private List<String> readCsvHeader(String file, Configuration hadoop) {
    Path path = new Path(file);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(path.getFileSystem(hadoop).open(path), StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      if (line == null) {
        return List.of();
      }
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      return CsvHeader.parse(line);
    } catch (IOException e) {
      throw Errors.unreadableInput(spec.name(), file, e);
    }
  }
}
