package org.storerecon.jobs.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one input is read from.
 *
 * @param path file or folder; empty when not configured
 * @param format file format, or {@link InputFormat#AUTO}
 */
public record InputConfig(Optional<String> path, InputFormat format) {

  public InputConfig {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
  }
}
