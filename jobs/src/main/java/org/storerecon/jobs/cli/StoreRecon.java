package org.storerecon.jobs.cli;

import java.io.PrintWriter;
import org.apache.spark.sql.SparkSession;
import org.storerecon.jobs.error.StoreReconException;
import org.storerecon.jobs.pipeline.CodeVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The {@code storerecon} command line. Exit codes: 0 success; 2 usage, configuration or contract
 * error (nothing written); 1 runtime failure.
 */
@Command(
    name = "storerecon",
    mixinStandardHelpOptions = true,
    versionProvider = StoreRecon.Version.class,
    description = "Resolves online shops to registered market entities and marks protected-brand misuse, on Spark and Delta Lake.",
    subcommands = {
        GenerateCommand.class, EvolveCommand.class, IngestCommand.class, RunCommand.class, ResolveCommand.class, MarkCommand.class,
        EvaluateCommand.class, BenchCommand.class, NightlyBenchCommand.class, DemoCommand.class, SqlCommand.class, MaintainCommand.class,
        CommandLine.HelpCommand.class})
public final class StoreRecon {

  /** Exit code of a runtime failure. */
  public static final int EXIT_FAILURE = 1;
  /** Exit code of a usage, configuration or contract error. */
  public static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    int exitCode = execute(args);
    SparkSession.getActiveSession().foreach(spark -> {
      spark.stop();
      return null;
    });
    System.exit(exitCode);
  }

  /** Runs the CLI and returns its exit code; the Spark session, if one was started, stays up. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** Runs the CLI with its output and error text sent to the given writers (for tests and embedding). */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new StoreRecon());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  /** Prints one line per error (problem, cause, fix); the stack trace only with --verbose. */
  static final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
      PrintWriter err = cli.getErr();
      boolean verbose = parsed.asCommandLineList().stream()
          .anyMatch(c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption("--verbose"));
      StoreReconException error = ex instanceof StoreReconException sre ? sre : null;
      String message = error != null ? error.getMessage()
          : "Unexpected failure: " + ex + ". Fix: rerun with --verbose and report it";
      err.println("storerecon: error: " + message);
      if (verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return error != null ? error.exitCode() : EXIT_FAILURE;
    }
  }

  /** Version from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"storerecon " + CodeVersion.current()};
    }
  }
}
