package org.storerecon.jobs.pipeline;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.storerecon.jobs.error.Errors;
import org.storerecon.jobs.ingest.InputFiles;

/** What identifies an input's files for the run id: each file's path, size and modification time. */
final class InputFingerprint {

  private InputFingerprint() {}

  static String of(InputFiles files, Configuration hadoop) {
    StringBuilder sb = new StringBuilder(files.spec().name());
    for (String file : files.files()) {
      Path path = new Path(file);
      try {
        FileStatus status = path.getFileSystem(hadoop).getFileStatus(path);
        sb.append(';').append(file).append(',').append(status.getLen()).append(',').append(status.getModificationTime());
      } catch (IOException e) {
        throw Errors.unreadableInput(files.spec().name(), file, e);
      }
    }
    return sb.toString();
  }
}
