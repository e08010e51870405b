package io.cassql.bench.internal;

import io.cassql.bench.BenchOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Section 3c: the first query in a fresh JVM, measured inside child JVMs (several per client). */
public final class FirstQueryBench {
  private static final int JVMS_PER_CLIENT = 5;
  private static final String[] KEYS = {
    "jvmToMainMs",
    "connectMs",
    "firstQueryMs",
    "connectFirstQueryMs",
    "secondQueryMs",
    "warmQueryMs"
  };

  /** The target of a fresh JVM's SQL-mode connect + first query, in milliseconds. */
  private static final double CONNECT_FIRST_QUERY_TARGET_MS = 2000;

  private FirstQueryBench() {}

  /** Runs the probes and adds the section and ratios. */
  public static void run(BenchCluster cluster, BenchOptions o, Report report) throws Exception {
    List<String> clients = new ArrayList<>(List.of("raw", "cql", "sql"));
    if (o.peer()) {
      clients.add("peer");
    }
    Map<String, Map<String, Samples>> results = new LinkedHashMap<>();
    for (String client : clients) {
      Log.step("first query in a fresh JVM: " + client);
      Map<String, List<Long>> values = new LinkedHashMap<>();
      for (int i = 0; i < JVMS_PER_CLIENT; i++) {
        Map<String, String> r =
            ChildJvm.run(
                o.directory().resolve("child-logs"),
                "first-query-" + client + "-" + i,
                FirstQueryProbe.class,
                List.of("-Xmx512m"),
                List.of(client, cluster.host(), Integer.toString(cluster.port())),
                180,
                classPath(client));
        for (String k : KEYS) {
          values
              .computeIfAbsent(k, x -> new ArrayList<>())
              .add(Math.round(Double.parseDouble(r.get(k)) * 1e6));
        }
      }
      Map<String, Samples> s = new LinkedHashMap<>();
      values.forEach((k, v) -> s.put(k, new Samples(v)));
      results.put(client, s);
    }
    MarkdownTable t =
        new MarkdownTable(
            "Client",
            "JVM start → main",
            "Connect",
            "First query",
            "Connect + first query",
            "Second query",
            "Warm query",
            "First / warm",
            "First query ratio to raw");
    double rawFirst = results.get("raw").get("firstQueryMs").median();
    for (String client : clients) {
      Map<String, Samples> s = results.get(client);
      t.row(
          name(client),
          s.get("jvmToMainMs").describeMillis(),
          s.get("connectMs").describeMillis(),
          s.get("firstQueryMs").describeMillis(),
          s.get("connectFirstQueryMs").describeMillis(),
          s.get("secondQueryMs").describeMillis(),
          s.get("warmQueryMs").describeMillis(),
          Report.fmt(s.get("firstQueryMs").median() / s.get("warmQueryMs").median()),
          Report.fmt(rawFirst / s.get("firstQueryMs").median()));
    }
    report.section(
        "3c. First query in a fresh JVM",
        JVMS_PER_CLIENT
            + " child JVMs per client (-Xmx512m), each on the class path a user of that client has (the raw "
            + "driver's jars; CasSQL's self-contained driver jar; the peer's jars). Connect, then a point query by primary key as a plain "
            + "statement (`l_orderkey = 1`), a second with another literal, then the median of 200 more of the "
            + "second text. Times are wall-clock inside the child, after its main() started; \"connect + first query\" runs "
            + "from just before the driver object is created to the last row of the first query.",
        t);
    Samples sqlFirst = results.get("sql").get("firstQueryMs");
    Samples sqlTotal = results.get("sql").get("connectFirstQueryMs");
    report.fact(
        "First query in a fresh JVM, SQL mode: connect + first query (wall time in the child JVM)",
        String.format(java.util.Locale.ROOT, "%.2f s", sqlTotal.medianMillis() / 1000),
        "≤ 2 s",
        sqlTotal.medianMillis() <= CONNECT_FIRST_QUERY_TARGET_MS ? "yes" : "**no**",
        "median of "
            + sqlTotal.count()
            + " JVMs, max "
            + Report.fmt(sqlTotal.max() / 1e9)
            + " s; JVM start to main "
            + ScanBench.ms(results.get("sql").get("jvmToMainMs"))
            + " before it");
    report.ratio(
        "First query in a fresh JVM: SQL mode vs raw driver",
        rawFirst / sqlFirst.median(),
        Double.NaN,
        "sql "
            + ScanBench.ms(sqlFirst)
            + " (+ connect "
            + ScanBench.ms(results.get("sql").get("connectMs"))
            + "), raw "
            + Report.fmt(rawFirst / 1e6)
            + " ms");
    report.ratio(
        "First query in a fresh JVM: CQL mode vs raw driver",
        rawFirst / results.get("cql").get("firstQueryMs").median(),
        Double.NaN,
        "cql " + ScanBench.ms(results.get("cql").get("firstQueryMs")));
  }

  /**
   * The class path a user of {@code client} has: the raw Java driver and its dependencies; CasSQL's
   * self-contained jar (as the README tells users); the peer's jars and everything else of the
   * bench for the peer. The probe's own classes come first.
   */
  static String classPath(String client) {
    Path target = Path.of(System.getProperty("bench.dir", "bench/target")).toAbsolutePath();
    String probe = target.resolve("classes").toString();
    switch (client) {
      case "raw":
        return probe + File.pathSeparator + target.resolve("raw-driver-lib") + File.separator + "*";
      case "cql":
      case "sql":
        return probe
            + File.pathSeparator
            + target.resolve("driver-bundle").resolve("cassql-driver-all.jar");
      default:
        return System.getProperty("java.class.path");
    }
  }

  private static String name(String client) {
    switch (client) {
      case "raw":
        return "Raw Java driver";
      case "cql":
        return "CasSQL CQL mode";
      case "sql":
        return "CasSQL SQL mode";
      default:
        return "cassandra-jdbc-wrapper " + PeerInfo.version();
    }
  }
}
