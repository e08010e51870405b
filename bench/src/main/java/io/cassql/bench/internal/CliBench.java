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
 * JVM per run) for a one-row answer in SQL and CQL mode: started by {@code java -jar}, and by the
 * launcher without and with its class-data-sharing archive. Runs are interleaved, the order rotated
 * every round; the ratio of each round (with CDS / without) is taken before the median.
 */
public final class CliBench {
  /** The target of a one-row SQL-mode {@code cassql query}, in milliseconds (issue 16). */
  private static final double SQL_TARGET_MS = 1500;

  private static final String QUERY =
      "SELECT l_quantity FROM lineitem WHERE l_orderkey = 1 AND l_linenumber = 1";

  /** How a run is started. */
  private enum Launch {
    /** {@code java -jar} the tool's jar, no options: how the tool started before the launcher's. */
    PLAIN_JAR,
    /** The launcher with {@code CASSQL_CDS=off} (its quick-start JIT and GC options only). */
    NO_CDS,
    /** The launcher with its archive. */
    CDS,
    /** The launcher with its archive and the driver's SQL warm-up thread off. */
    CDS_NO_WARM_UP
  }

  private record Variant(String name, String mode, Launch launch) {}

  private static final List<Variant> VARIANTS =
      List.of(
          new Variant("SQL mode, java -jar (no launcher options)", "sql", Launch.PLAIN_JAR),
          new Variant("SQL mode, launcher, no CDS", "sql", Launch.NO_CDS),
          new Variant("SQL mode, launcher, CDS archive", "sql", Launch.CDS),
          new Variant(
              "SQL mode, launcher, CDS archive, -Dcassql.warmUp=false",
              "sql",
              Launch.CDS_NO_WARM_UP),
          new Variant("CQL mode, java -jar (no launcher options)", "cql", Launch.PLAIN_JAR),
          new Variant("CQL mode, launcher, no CDS", "cql", Launch.NO_CDS),
          new Variant("CQL mode, launcher, CDS archive", "cql", Launch.CDS));

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
    // untimed: the first run with CDS on writes the archive (its cost is reported on its own); the
    // variant without the warm-up thread has other JVM options, so an archive of its own
    Log.step("cli: writing the CDS archives");
    long archiveRun = runOnce(cassql, cluster, "sql", Launch.CDS, cache, logs, "archive-sql");
    runOnce(cassql, cluster, "sql", Launch.CDS_NO_WARM_UP, cache, logs, "archive-sql-no-warm-up");
    int rounds = Math.max(9, o.runs());
    Map<Variant, List<Long>> times = new LinkedHashMap<>();
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      Log.step("cli: round " + (round + 1) + " of " + rounds);
      Map<Variant, Long> thisRound = new LinkedHashMap<>();
      for (int i = 0; i < VARIANTS.size(); i++) {
        Variant v = VARIANTS.get((i + round) % VARIANTS.size());
        long t =
            runOnce(cassql, cluster, v.mode(), v.launch(), cache, logs, "cli-" + round + "-" + i);
        thisRound.put(v, t);
        times.computeIfAbsent(v, x -> new ArrayList<>()).add(t);
      }
      for (String mode : List.of("sql", "cql")) {
        ratios
            .computeIfAbsent(mode + "-cds", x -> new ArrayList<>())
            .add(
                (double) thisRound.get(variant(mode, Launch.NO_CDS))
                    / thisRound.get(variant(mode, Launch.CDS)));
        ratios
            .computeIfAbsent(mode + "-all", x -> new ArrayList<>())
            .add(
                (double) thisRound.get(variant(mode, Launch.PLAIN_JAR))
                    / thisRound.get(variant(mode, Launch.CDS)));
      }
    }
    MarkdownTable t = new MarkdownTable("cassql query (one row)", "Wall time", "Runs");
    for (Variant v : VARIANTS) {
      Samples s = new Samples(times.get(v));
      t.row(v.name(), s.describeMillis(), Integer.toString(s.count()));
    }
    t.row(
        "SQL mode, launcher, first run (writes the archive)",
        String.format(Locale.ROOT, "%.0f ms", archiveRun / 1e6),
        "1");
    report.section(
        "3d. The command-line tool: cassql query",
        "Wall time of `cli/bin/cassql query --query-mode <mode> \""
            + QUERY
            + "\"` on the running node, a fresh JVM each run, measured from outside (process start to exit). "
            + rounds
            + " rounds, the variants interleaved and rotated; java -jar = the tool started as before the "
            + "launcher had options; launcher = cli/bin/cassql (C1 only, serial GC for query); CDS = its "
            + "class-data-sharing archive (written by an untimed first run), no CDS = CASSQL_CDS=off. "
            + "Medians with min–max.",
        t);
    Samples sqlCds = new Samples(times.get(variant("sql", Launch.CDS)));
    report.fact(
        "cassql query, one row, SQL mode, CDS archive (wall time)",
        String.format(Locale.ROOT, "%.2f s", sqlCds.medianMillis() / 1000),
        "≤ 1.5 s",
        sqlCds.medianMillis() <= SQL_TARGET_MS ? "yes" : "**no**",
        "median of " + sqlCds.count() + " runs, max " + Report.fmt(sqlCds.max() / 1e9) + " s");
    for (String mode : List.of("sql", "cql")) {
      String m = mode.toUpperCase(Locale.ROOT);
      Samples cds = new Samples(times.get(variant(mode, Launch.CDS)));
      report.ratio(
          "cassql query, " + m + " mode: speed-up of the CDS archive (launcher without / with it)",
          median(ratios.get(mode + "-cds")),
          Double.NaN,
          "median of per-round ratios; no CDS "
              + ScanBench.ms(new Samples(times.get(variant(mode, Launch.NO_CDS))))
              + ", CDS "
              + ScanBench.ms(cds));
      report.ratio(
          "cassql query, " + m + " mode: launcher with CDS vs java -jar",
          median(ratios.get(mode + "-all")),
          Double.NaN,
          "median of per-round ratios; java -jar "
              + ScanBench.ms(new Samples(times.get(variant(mode, Launch.PLAIN_JAR))))
              + ", launcher with CDS "
              + ScanBench.ms(cds));
    }
  }

  private static Variant variant(String mode, Launch launch) {
    return VARIANTS.stream()
        .filter(v -> v.mode().equals(mode) && v.launch() == launch)
        .findFirst()
        .orElseThrow();
  }

  /** One {@code cassql query}: its wall time in nanoseconds; fails unless it answers one row. */
  private static long runOnce(
      Path cassql,
      BenchCluster cluster,
      String mode,
      Launch launch,
      Path cache,
      Path logs,
      String name)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (launch == Launch.PLAIN_JAR) {
      cmd.addAll(
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-jar",
              jar(cassql).toString()));
    } else {
      cmd.add(cassql.toString());
    }
    cmd.addAll(
        List.of(
            "query",
            "--url",
            "jdbc:cassandra://" + cluster.host() + ":" + cluster.port() + "/tpch",
            "--user",
            BenchCluster.USER,
            "--query-mode",
            mode,
            "--format",
            "csv",
            QUERY));
    Path log = logs.resolve(name + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("CASSQL_PASSWORD", BenchCluster.PASSWORD);
    pb.environment().put("CASSQL_CDS", launch == Launch.NO_CDS ? "off" : "on");
    if (launch == Launch.CDS_NO_WARM_UP) {
      pb.environment().put("CASSQL_JAVA_OPTS", "-Dcassql.warmUp=false");
    } else {
      pb.environment().remove("CASSQL_JAVA_OPTS");
    }
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

  /** The runnable jar the launcher starts: {@code target/cassql-cli-*-all.jar} beside its bin. */
  private static Path jar(Path cassql) throws IOException {
    Path target = cassql.toAbsolutePath().getParent().getParent().resolve("target");
    try (var files = Files.list(target)) {
      return files
          .filter(f -> f.getFileName().toString().matches("cassql-cli-.*-all\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no cassql-cli-*-all.jar in " + target));
    }
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
