package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.cassql.bench.BenchOptions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Section 1 (and the scan half of 6): a full scan of lineitem, every column read through its
 * getter.
 */
public final class ScanBench {
  private static final int RAW_SPLITS = 32;
  private static final int RAW_THREADS = 8;

  private ScanBench() {}

  /** Measures each client, adds the section and the ratios to the report. */
  public static void run(BenchCluster cluster, BenchOptions o, Report report) throws Exception {
    String sql = "SELECT * FROM tpch.lineitem";
    Map<String, Long> rowCounts = new LinkedHashMap<>();
    Map<String, Samples> results;
    Log.step(
        "scan: raw stream, CQL mode, SQL mode, raw token ranges"
            + (o.peer() ? ", cassandra-jdbc-wrapper" : "")
            + " in turns");
    try (Connection cql = cluster.casSql("tpch", "cql", "");
        Connection sqlMode =
            cluster.casSql("tpch", "sql", "scanParallelism=" + o.scanParallelism());
        RawTokenRangeScan parallel =
            new RawTokenRangeScan(
                cluster.session(), "tpch.lineitem", "l_orderkey", RAW_SPLITS, RAW_THREADS);
        Connection peer = o.peer() ? cluster.peer("tpch") : null) {
      Map<String, Repeat.Action> clients = new LinkedHashMap<>();
      clients.put("raw", () -> rowCounts.put("raw", rawStream(cluster, sql)));
      clients.put("cql", () -> rowCounts.put("cql", jdbc(cql, sql)));
      clients.put("sql", () -> rowCounts.put("sql", jdbc(sqlMode, sql)));
      clients.put("rawParallel", () -> rowCounts.put("rawParallel", parallel.readAll()));
      if (peer != null) {
        clients.put("peer", () -> rowCounts.put("peer", jdbc(peer, sql)));
      }
      results = Repeat.interleaved(o.warmups(), o.runs(), clients);
    }
    long expected = rowCounts.get("raw");
    Samples raw = results.get("raw");
    MarkdownTable t =
        new MarkdownTable("Client", "Median (min–max)", "Rows/s", "Ratio to raw", "Rows");
    String[][] names = {
      {"raw", "Raw Java driver, one paged stream (baseline)"},
      {"cql", "CasSQL CQL mode `SELECT * FROM tpch.lineitem`"},
      {"sql", "CasSQL SQL mode, scanParallelism=" + o.scanParallelism()},
      {
        "rawParallel",
        "Raw driver, " + RAW_SPLITS + " token ranges, " + RAW_THREADS + " threads (ceiling)"
      },
      {"peer", "cassandra-jdbc-wrapper " + PeerInfo.version()}
    };
    for (String[] n : names) {
      Samples s = results.get(n[0]);
      if (s == null) {
        continue;
      }
      long rows = rowCounts.get(n[0]);
      t.row(
          n[1],
          s.describeMillis(),
          String.format(java.util.Locale.ROOT, "%,.0f", rows / (s.median() / 1e9)),
          Report.fmt(s.speedupOver(raw)),
          rows == expected ? Long.toString(rows) : rows + " (expected " + expected + ")");
    }
    report.section(
        "1. Full scan of lineitem (" + expected + " rows, all 16 columns through getters)",
        "Each run reads every row and calls the typed getter of every column; the clients run in turns. Fetch size "
            + BenchCluster.PAGE_SIZE
            + " everywhere. Ratio = raw median / client median.",
        t);
    String medians = "raw " + ms(raw);
    report.ratio(
        "Scan: CQL mode vs raw",
        results.get("cql").speedupOver(raw),
        0.95,
        "cql " + ms(results.get("cql")) + ", " + medians);
    report.ratio(
        "Scan: SQL mode vs raw",
        results.get("sql").speedupOver(raw),
        1.5,
        "sql " + ms(results.get("sql")) + ", " + medians);
    report.ratio(
        "Scan: raw parallel ranges vs raw (ceiling)",
        results.get("rawParallel").speedupOver(raw),
        Double.NaN,
        "parallel " + ms(results.get("rawParallel")) + ", " + medians);
    report.ratio(
        "Scan: SQL mode vs raw parallel ranges (the ceiling, same run)",
        results.get("sql").speedupOver(results.get("rawParallel")),
        0.95,
        "sql " + ms(results.get("sql")) + ", parallel " + ms(results.get("rawParallel")));
    if (results.containsKey("peer")) {
      report.ratio(
          "Scan: cassandra-jdbc-wrapper vs raw",
          results.get("peer").speedupOver(raw),
          Double.NaN,
          "peer " + ms(results.get("peer")) + ", " + medians);
      report.ratio(
          "Scan: CasSQL CQL mode vs cassandra-jdbc-wrapper",
          results.get("cql").speedupOver(results.get("peer")),
          Double.NaN,
          "");
    }
  }

  static String ms(Samples s) {
    return Report.fmt(s.medianMillis()) + " ms";
  }

  private static long rawStream(BenchCluster cluster, String cql) {
    ResultSet rs = cluster.session().execute(cql);
    RawRows reader = new RawRows(rs.getColumnDefinitions());
    long n = 0;
    for (Row row : rs) {
      reader.read(row);
      n++;
    }
    reader.finish();
    return n;
  }

  private static long jdbc(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery(sql)) {
      return JdbcRows.readAll(rs);
    }
  }
}
