package org.storerecon.jobs.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --run-date yyyy-MM-dd}: the business date of a run, default today. */
public final class RunDateOption {

  @Option(names = "--run-date", paramLabel = "yyyy-MM-dd", converter = RunDateConverter.class,
      description = "Business date of the snapshot (default: today).")
  LocalDate runDate = LocalDate.now();

  LocalDate value() {
    return runDate;
  }
}
