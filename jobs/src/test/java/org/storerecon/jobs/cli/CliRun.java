package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the CLI in the test JVM and captures its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  /** Runs with the test configuration (local Spark) layered first. */
  static CliRun of(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    if (!all.isEmpty() && !all.contains("--help") && !all.contains("--conf")) {
      all.add("--conf");
      all.add(resource("test.conf").toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = StoreRecon.execute(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    return new CliRun(code, out.toString(), err.toString());
  }

  static Path resource(String name) {
    try {
      return Path.of(CliRun.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path fixture(String file) {
    return resource("fixtures/mini/" + file);
  }
}
