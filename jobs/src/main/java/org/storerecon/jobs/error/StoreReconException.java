package org.storerecon.jobs.error;

import java.util.Objects;

/**
 * A failure the user can act on: what went wrong, why, and how to fix it. Built by {@link Errors}
 * so that messages stay consistent. The CLI prints {@link #getMessage()} as one line and exits
 * with {@link #exitCode()}.
 */
public final class StoreReconException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Which class of failure this is; decides the process exit code. */
  public enum Kind {
    /** Bad command line, configuration or input contract: detected before anything is written. */
    USAGE(2),
    /** The run started and failed. */
    RUNTIME(1);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  private final Kind kind;

  StoreReconException(Kind kind, String problem, String cause, String fix, Throwable underlying) {
    super(format(problem, cause, fix), underlying);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  private static String format(String problem, String cause, String fix) {
    StringBuilder sb = new StringBuilder(problem);
    if (cause != null && !cause.isBlank()) {
      sb.append(": ").append(cause);
    }
    if (fix != null && !fix.isBlank()) {
      sb.append(". Fix: ").append(fix);
    }
    return sb.toString().replace('\n', ' ');
  }

  public Kind kind() {
    return kind;
  }

  public int exitCode() {
    return kind.exitCode();
  }
}
