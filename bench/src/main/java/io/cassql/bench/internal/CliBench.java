package io.cassql.bench.internal;

import io.cassql.bench.BenchOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Section 3d: the wall time of {@code cassql query} (the launcher {@code cli/bin/cassql}, a fresh
 * JVM per run) for a one-row answer in SQL and CQL mode, with and without the launcher's
 * class-data-sharing archive. Runs are interleaved, the order rotated every round; the ratio of
 * each round (with CDS / without) is taken before the median.
 */
public final class CliBench {
  /** The target of a one-row SQL-mode {@code cassql query}, in milliseconds (issue 16). */
  private static final double SQL_TARGET_MS = 1500;

  private static final String QUERY =
      "SELECT l_quantity FROM lineitem WHERE l_orderkey = 1 AND l_linenumber = 1";

  private record Variant(String name, String mode, boolean cds) {}

  private static final List<Variant> VARIANTS =
      List.of(
          new Variant("SQL mode, no CDS", "sql", false),
          new Variant("SQL mode, CDS archive", "sql", true),
          new Variant("CQL mode, no CDS", "cql", false),
          new Variant("CQL mode, CDS archive", "cql", true));

  private CliBench() {}

  /** The launcher: {@code -Dbench.cli=...}, else {@code cli/bin/cassql} beside the bench module. */
  static Path launcher() {
    String given = System.getProperty("bench.cli");
    if (given != null) {
      return Path.of(given);
    }
    Path benchDir = Path.of(System.getProperty("bench.dir", "bench/target"));
    return benchDir.toAbsolutePath().getParent().getParent().resolve("cli/bin/cassql");
  }

  /** Runs the rounds and adds the section, the fact and the ratios. */
  public static void run(BenchCluster cluster, BenchOptions o, Report report) throws Exception {
    Path cassql = launcher();
    if (!Files.isExecutable(cassql)) {
      Log.step("cli: no launcher at " + cassql + " (build the cli module); section skipped");
      return;
    }
    Path cache = o.directory().resolve("cli-cds-cache");
    deleteTree(cache);
    Files.createDirectories(cache);
    Path logs = o.directory().resolve("child-logs");
    Files.createDirectories(logs);
    // untimed: the first run with CDS on writes the archive (its cost is reported on its own)
    Map<String, Long> archiveRun = new LinkedHashMap<>();
    for (String mode : List.of("sql", "cql")) {
      Log.step("cli: writing the CDS archive (" + mode + ")");
      archiveRun.put(mode, runOnce(cassql, cluster, mode, true, cache, logs, "archive-" + mode));
    }
    int rounds = Math.max(9, o.runs());
    Map<Variant, List<Long>> times = new LinkedHashMap<>();
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      Log.step("cli: round " + (round + 1) + " of " + rounds);
      Map<Variant, Long> thisRound = new LinkedHashMap<>();
      for (int i = 0; i < VARIANTS.size(); i++) {
        Variant v = VARIANTS.get((i + round) % VARIANTS.size());
        long t = runOnce(cassql, cluster, v.mode(), v.cds(), cache, logs, "cli-" + round + "-" + i);
        thisRound.put(v, t);
        times.computeIfAbsent(v, x -> new ArrayList<>()).add(t);
      }
      for (String mode : List.of("sql", "cql")) {
        ratios
            .computeIfAbsent(mode, x -> new ArrayList<>())
            .add((double) thisRound.get(variant(mode, false)) / thisRound.get(variant(mode, true)));
      }
    }
    MarkdownTable t = new MarkdownTable("cassql query (one row)", "Wall time", "Runs");
    for (Variant v : VARIANTS) {
      Samples s = new Samples(times.get(v));
      t.row(v.name(), s.describeMillis(), Integer.toString(s.count()));
    }
    for (String mode : List.of("sql", "cql")) {
      t.row(
          mode.toUpperCase(Locale.ROOT) + " mode, first run (writes the archive)",
          String.format(Locale.ROOT, "%.0f ms", archiveRun.get(mode) / 1e6),
          "1");
    }
    report.section(
        "3d. The command-line tool: cassql query",
        "Wall time of `cli/bin/cassql query --query-mode <mode> \""
            + QUERY
            + "\"` on the running node, a fresh JVM each run, measured from outside (process start to exit). "
            + rounds
            + " rounds, the four variants interleaved and rotated; CDS = the launcher's class-data-sharing "
            + "archive (written by an untimed first run), no CDS = CASSQL_CDS=off. Medians with min–max.",
        t);
    Samples sqlCds = new Samples(times.get(variant("sql", true)));
    report.fact(
        "cassql query, one row, SQL mode, CDS archive (wall time)",
        String.format(Locale.ROOT, "%.2f s", sqlCds.medianMillis() / 1000),
        "≤ 1.5 s",
        sqlCds.medianMillis() <= SQL_TARGET_MS ? "yes" : "**no**",
        "median of " + sqlCds.count() + " runs, max " + Report.fmt(sqlCds.max() / 1e9) + " s");
    for (String mode : List.of("sql", "cql")) {
      report.ratio(
          "cassql query, " + mode.toUpperCase(Locale.ROOT) + " mode: speed-up of the CDS archive",
          median(ratios.get(mode)),
          Double.NaN,
          "median of per-round ratios (no CDS / CDS); no CDS "
              + ScanBench.ms(new Samples(times.get(variant(mode, false))))
              + ", CDS "
              + ScanBench.ms(new Samples(times.get(variant(mode, true)))));
    }
  }

  private static Variant variant(String mode, boolean cds) {
    return VARIANTS.stream()
        .filter(v -> v.mode().equals(mode) && v.cds() == cds)
        .findFirst()
        .orElseThrow();
  }

  /** One {@code cassql query}: its wall time in nanoseconds; fails unless it answers one row. */
  private static long runOnce(
      Path cassql,
      BenchCluster cluster,
      String mode,
      boolean cds,
      Path cache,
      Path logs,
      String name)
      throws IOException, InterruptedException {
    List<String> cmd =
        List.of(
            cassql.toString(),
            "query",
            "--url",
            "jdbc:cassandra://" + cluster.host() + ":" + cluster.port() + "/tpch",
            "--user",
            BenchCluster.USER,
            "--query-mode",
            mode,
            "--format",
            "csv",
            QUERY);
    Path log = logs.resolve(name + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("CASSQL_PASSWORD", BenchCluster.PASSWORD);
    pb.environment().put("CASSQL_CDS", cds ? "on" : "off");
    pb.environment().put("CASSQL_CACHE_DIR", cache.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(name + ": cassql query did not finish in 120 s; see " + log);
    }
    long elapsed = System.nanoTime() - start;
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    if (p.exitValue() != 0 || lines.stream().noneMatch(l -> l.equalsIgnoreCase("l_quantity"))) {
      throw new IllegalStateException(
          name + ": cassql query exited " + p.exitValue() + " with " + lines + "; see " + log);
    }
    return elapsed;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
