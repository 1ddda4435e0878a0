package org.storerecon.jobs.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The storerecon version this jar was built as (from a resource filtered by Maven). */
public final class CodeVersion {

  private static final String VERSION = load();

  private CodeVersion() {}

  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = CodeVersion.class.getResourceAsStream("/org/storerecon/jobs/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the version resource", e);
    }
  }
}
