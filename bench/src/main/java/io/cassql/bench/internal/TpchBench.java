package io.cassql.bench.internal;

import io.cassql.bench.BenchOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Section 4: the 22 TPC-H queries end to end in SQL mode, against H2 in memory on the same data.
 */
public final class TpchBench {
  /**
   * Measured runs of a query whose warm-up took less than this; slower queries are measured once.
   */
  private static final long QUICK_NANOS = 3_000_000_000L;

  private static final int QUICK_RUNS = 3;

  private TpchBench() {}

  /** One query's timings at one scale factor. */
  record QueryTiming(Samples casSql, Samples h2, int rows, String note) {}

  /** Runs every scale factor; loads the scales other than the main one first. */
  public static void run(BenchCluster cluster, BenchOptions o, Report report) throws Exception {
    Map<Double, Map<Integer, QueryTiming>> byScale = new LinkedHashMap<>();
    for (double sf : o.tpchScales()) {
      String keyspace = o.keyspace(sf);
      if (sf != o.scale()) {
        Log.step("tpch: loading scale factor " + sf + " into Cassandra keyspace " + keyspace);
        TpchLoader.loadCassandra(cluster.session(), keyspace, sf);
      }
      byScale.put(sf, runScale(cluster, o, sf, keyspace, report));
    }
    if (byScale.size() > 1) {
      growth(byScale, report);
    }
  }

  private static Map<Integer, QueryTiming> runScale(
      BenchCluster cluster, BenchOptions o, double sf, String keyspace, Report report)
      throws Exception {
    Log.step("tpch SF " + sf + ": SQL mode in child JVMs");
    Map<Integer, TpchChildRunner.CasSqlRun> cas =
        TpchChildRunner.run(
            cluster,
            keyspace,
            o.scanParallelism(),
            QUICK_RUNS,
            QUICK_NANOS,
            o.queryTimeoutSeconds(),
            o.directory());
    String h2Url = "jdbc:h2:mem:" + keyspace + ";DB_CLOSE_DELAY=-1";
    Map<Integer, QueryTiming> timings = new LinkedHashMap<>();
    try (Connection h2 = DriverManager.getConnection(h2Url);
        TimedQuery timed = new TimedQuery()) {
      Log.step("tpch: loading scale factor " + sf + " into H2");
      TpchLoader.loadH2(h2, sf);
      for (int q = 1; q <= TpchQueries.COUNT; q++) {
        Log.step("tpch SF " + sf + ": Q" + q + " on H2");
        timings.put(q, timing(cas.get(q), measure(timed, h2, TpchQueries.referenceText(q), o)));
      }
      try (java.sql.Statement s = h2.createStatement()) {
        s.execute("DROP ALL OBJECTS");
      }
    }
    MarkdownTable t =
        new MarkdownTable(
            "Query",
            "CasSQL SQL mode, median (min–max)",
            "H2 in memory, median (min–max)",
            "Ratio to H2",
            "Rows",
            "Same result as H2");
    List<Double> ratios = new ArrayList<>();
    int skipped = 0;
    int differ = 0;
    for (Map.Entry<Integer, QueryTiming> e : timings.entrySet()) {
      QueryTiming qt = e.getValue();
      String ratio = "";
      if (qt.casSql() != null && qt.h2() != null) {
        double r = qt.casSql().speedupOver(qt.h2());
        ratios.add(r);
        ratio = Report.fmt(r);
      } else {
        skipped++;
      }
      if (qt.note().startsWith("no")) {
        differ++;
      }
      t.row(
          "Q" + e.getKey(),
          qt.casSql() == null ? "skipped" : qt.casSql().describeMillis(),
          qt.h2() == null ? "failed" : qt.h2().describeMillis(),
          ratio,
          qt.rows() < 0 ? "" : Integer.toString(qt.rows()),
          qt.note());
    }
    double geomean = Math.exp(ratios.stream().mapToDouble(Math::log).average().orElse(Double.NaN));
    report.section(
        "4. TPC-H, scale factor " + sf + ": 22 queries in SQL mode vs H2",
        "Same SQL text on both (see TpchQueries for the few rewrites), same generated data; 1 warm-up, then "
            + QUICK_RUNS
            + " measured runs (1 when the warm-up took over "
            + QUICK_NANOS / 1_000_000_000L
            + " s). "
            + "Ratio = H2 median / CasSQL median (1.00 = as fast as H2 in memory). Per-query limit "
            + o.queryTimeoutSeconds()
            + " s. Geometric mean of the ratios: "
            + Report.fmt(geomean)
            + ".",
        t);
    report.fact(
        "TPC-H SF " + sf + ": SQL mode vs H2 in memory (geometric mean)",
        Report.fmt(geomean),
        "",
        "",
        (timings.size() - skipped)
            + " of 22 ran, "
            + skipped
            + " skipped, "
            + differ
            + " differ from H2");
    return timings;
  }

  private static List<TimedQuery.Outcome> measure(
      TimedQuery timed, Connection c, String sql, BenchOptions o) {
    List<TimedQuery.Outcome> out = new ArrayList<>();
    TimedQuery.Outcome warm = timed.run(c, sql, o.queryTimeoutSeconds());
    out.add(warm);
    if (!warm.ok()) {
      return out;
    }
    int runs = warm.nanos() < QUICK_NANOS ? QUICK_RUNS : 1;
    for (int i = 0; i < runs; i++) {
      TimedQuery.Outcome r = timed.run(c, sql, o.queryTimeoutSeconds());
      out.add(r);
      if (!r.ok()) {
        break;
      }
    }
    return out;
  }

  private static QueryTiming timing(TpchChildRunner.CasSqlRun cas, List<TimedQuery.Outcome> ref) {
    Samples refSamples = samples(ref);
    TimedQuery.Outcome refLast = ref.get(ref.size() - 1);
    if (cas.samples() == null) {
      return new QueryTiming(null, refSamples, -1, "skipped: " + cas.failure());
    }
    if (refSamples == null) {
      return new QueryTiming(
          cas.samples(), null, cas.result().rowCount(), "H2 failed: " + refLast.failure());
    }
    String diff = cas.result().difference(refLast.result());
    return new QueryTiming(
        cas.samples(), refSamples, cas.result().rowCount(), diff == null ? "yes" : "no: " + diff);
  }

  /** The measured runs (all but the warm-up), or null when any run failed. */
  private static Samples samples(List<TimedQuery.Outcome> outcomes) {
    if (outcomes.stream().anyMatch(x -> !x.ok()) || outcomes.size() < 2) {
      return null;
    }
    List<Long> nanos = new ArrayList<>();
    outcomes.subList(1, outcomes.size()).forEach(x -> nanos.add(x.nanos()));
    return new Samples(nanos);
  }

  private static void growth(Map<Double, Map<Integer, QueryTiming>> byScale, Report report) {
    List<Double> scales = new ArrayList<>(byScale.keySet());
    double small = scales.get(0);
    double large = scales.get(scales.size() - 1);
    MarkdownTable t =
        new MarkdownTable(
            "Query", "CasSQL SF " + small, "CasSQL SF " + large, "CasSQL growth", "H2 growth");
    List<Double> casGrowth = new ArrayList<>();
    List<Double> h2Growth = new ArrayList<>();
    for (int q = 1; q <= TpchQueries.COUNT; q++) {
      QueryTiming a = byScale.get(small).get(q);
      QueryTiming b = byScale.get(large).get(q);
      String cg = "";
      String hg = "";
      if (a.casSql() != null && b.casSql() != null) {
        double g = b.casSql().median() / a.casSql().median();
        casGrowth.add(g);
        cg = Report.fmt(g) + "×";
      }
      if (a.h2() != null && b.h2() != null) {
        double g = b.h2().median() / a.h2().median();
        h2Growth.add(g);
        hg = Report.fmt(g) + "×";
      }
      t.row(
          "Q" + q,
          a.casSql() == null ? "skipped" : ScanBench.ms(a.casSql()),
          b.casSql() == null ? "skipped" : ScanBench.ms(b.casSql()),
          cg,
          hg);
    }
    double cas = Math.exp(casGrowth.stream().mapToDouble(Math::log).average().orElse(Double.NaN));
    double h2 = Math.exp(h2Growth.stream().mapToDouble(Math::log).average().orElse(Double.NaN));
    report.section(
        String.format(
            Locale.ROOT,
            "4b. TPC-H growth from SF %s to SF %s (%.0f× the data)",
            small,
            large,
            large / small),
        "Median time at the larger scale / median time at the smaller. Geometric means: CasSQL "
            + Report.fmt(cas)
            + "×, H2 "
            + Report.fmt(h2)
            + "×.",
        t);
    report.fact(
        "TPC-H growth SF " + small + " → " + large + " (geometric mean)",
        "CasSQL " + Report.fmt(cas) + "×",
        "",
        "",
        "H2 " + Report.fmt(h2) + "× for " + Report.fmt(large / small) + "× the data");
  }
}
