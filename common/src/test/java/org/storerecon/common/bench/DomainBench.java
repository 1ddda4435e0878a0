package org.storerecon.common.bench;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.storerecon.common.code.IdentityCodes;
import org.storerecon.common.name.CompanyNameParser;
import org.storerecon.common.name.NameNormalizer;
import org.storerecon.common.name.ShopNameParser;

/**
 * Single-threaded throughput of the domain library (per core).
 *
 * <p>Run: {@code mvn -q -pl common test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storerecon.common.bench.DomainBench}. Runs JMH in process (no fork, so
 * that it works under exec:java), one thread, and prints ops/s per benchmark followed by the
 * two figures the issue sets targets for. Optional argument: a JMH include regex.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DomainBench {

  /** Inputs per benchmark invocation. */
  static final int BATCH = 4096;
  /** Target: company names normalised and parsed per second per core. */
  static final double NAME_TARGET = 200_000;
  /** Target: codes validated per second per core. */
  static final double CODE_TARGET = 2_000_000;

  private final String[] names = BenchInputs.companyNames(BATCH, 42);
  private final String[] codes = BenchInputs.codes(BATCH, 42);
  private final String[] shops = shopNames(names);

  private static String[] shopNames(String[] companies) {
    String[] suffixes = {"官方旗舰店", "旗舰店", "专卖店", "专营店", "企业店", "小店"};
    String[] out = new String[companies.length];
    for (int i = 0; i < companies.length; i++) {
      out[i] = CompanyNameParser.standard().parse(companies[i]).tradeName() + "女装" + suffixes[i % suffixes.length];
    }
    return out;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void companyNamesNormalisedAndParsed(Blackhole bh) {
    CompanyNameParser parser = CompanyNameParser.standard();
    for (String n : names) {
      bh.consume(parser.parse(n));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void companyNamesNormalisedOnly(Blackhole bh) {
    NameNormalizer normalizer = NameNormalizer.standard();
    for (String n : names) {
      bh.consume(normalizer.normalize(n));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void codesValidated(Blackhole bh) {
    for (String c : codes) {
      bh.consume(IdentityCodes.check(c));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void shopNamesParsed(Blackhole bh) {
    ShopNameParser parser = ShopNameParser.standard();
    for (String s : shops) {
      bh.consume(parser.parse(s));
    }
  }

  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(DomainBench.class.getName() + "." + (args.length > 0 ? args[0] : ".*"))
        .forks(0)
        .threads(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(2))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.println("Per-core throughput (1 thread, Java " + System.getProperty("java.version") + "):");
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark().replace(DomainBench.class.getName() + ".", "");
      double score = r.getPrimaryResult().getScore();
      String target = label.equals("companyNamesNormalisedAndParsed") ? String.format("  (target >= %,.0f)", NAME_TARGET)
          : label.equals("codesValidated") ? String.format("  (target >= %,.0f)", CODE_TARGET) : "";
      System.out.printf("  %-34s %,14.0f ops/s%s%n", label, score, target);
    }
  }
}
