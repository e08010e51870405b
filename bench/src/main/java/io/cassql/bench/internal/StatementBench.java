package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.cql.ResultSet;
import io.cassql.bench.BenchOptions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 3a: plain statements. The same SQL text {@code n} times (what a plan cache serves), and
 * {@code n} texts differing only in a literal (fresh literals every run, so no run repeats a text).
 */
public final class StatementBench {
  private StatementBench() {}

  private static String text(long orderKey) {
    return "SELECT * FROM tpch.lineitem WHERE l_orderkey = " + orderKey + " AND l_linenumber = 1";
  }

  /** Measures raw simple statements, CQL mode and SQL mode; adds the section and ratios. */
  public static void run(BenchCluster cluster, BenchOptions o, Report report, Samples sqlPrepared)
      throws Exception {
    int n = o.lookups();
    List<long[]> keys = LookupBench.sampleKeys(o.scale(), n * (o.warmups() + o.runs()), 7);
    long sameKey = keys.get(0)[0];
    Map<String, Samples> same = new LinkedHashMap<>();
    Map<String, Samples> distinct = new LinkedHashMap<>();
    Log.step("statements: raw driver simple statements");
    Runner raw =
        sql -> {
          ResultSet rs = cluster.session().execute(sql);
          RawRows reader = new RawRows(rs.getColumnDefinitions());
          rs.forEach(reader::read);
          reader.finish();
        };
    same.put("raw", repeatSame(o, n, raw, text(sameKey)));
    distinct.put("raw", repeatDistinct(o, n, raw, keys));
    for (String mode : List.of("cql", "sql")) {
      Log.step("statements: CasSQL " + mode + " mode");
      try (Connection c = cluster.casSql("tpch", mode, "scanParallelism=" + o.scanParallelism());
          Statement s = c.createStatement()) {
        Runner jdbc =
            sql -> {
              try (java.sql.ResultSet rs = s.executeQuery(sql)) {
                JdbcRows.readAll(rs);
              }
            };
        same.put(mode, repeatSame(o, n, jdbc, text(sameKey)));
      }
      // a new connection, so that no plan of the same-text runs is cached
      try (Connection c = cluster.casSql("tpch", mode, "scanParallelism=" + o.scanParallelism());
          Statement s = c.createStatement()) {
        Runner jdbc =
            sql -> {
              try (java.sql.ResultSet rs = s.executeQuery(sql)) {
                JdbcRows.readAll(rs);
              }
            };
        distinct.put(mode, repeatDistinct(o, n, jdbc, keys));
      }
    }
    MarkdownTable t =
        new MarkdownTable(
            "Client",
            "Same text, per query",
            "Ratio to raw",
            "Distinct literals, per query",
            "Ratio to raw",
            "Same / distinct");
    String[][] names = {
      {"raw", "Raw Java driver, unprepared SimpleStatement (baseline)"},
      {"cql", "CasSQL CQL mode, Statement"},
      {"sql", "CasSQL SQL mode, Statement"}
    };
    for (String[] name : names) {
      Samples s = same.get(name[0]);
      Samples d = distinct.get(name[0]);
      t.row(
          name[1],
          s.describeMicrosPer(n),
          Report.fmt(s.speedupOver(same.get("raw"))),
          d.describeMicrosPer(n),
          Report.fmt(d.speedupOver(distinct.get("raw"))),
          Report.fmt(s.speedupOver(d)));
    }
    t.row(
        "CasSQL SQL mode, PreparedStatement (section 2)",
        sqlPrepared == null ? "" : sqlPrepared.describeMicrosPer(n));
    report.section(
        "3a. Plain statements: "
            + n
            + " executions of one text vs "
            + n
            + " texts differing in a literal",
        "`"
            + text(sameKey)
            + "` with the orderkey literal fixed, or a new orderkey each time (never repeated "
            + "across runs). \"Same / distinct\" > 1 is what the SQL-mode plan cache saves.",
        t);
    Samples sqlSame = same.get("sql");
    Samples sqlDistinct = distinct.get("sql");
    report.ratio(
        "Plain Statement, same text: SQL mode vs raw simple statement",
        sqlSame.speedupOver(same.get("raw")),
        Double.NaN,
        "sql " + LookupBench.us(sqlSame, n) + ", raw " + LookupBench.us(same.get("raw"), n));
    report.ratio(
        "Plain Statement, distinct literals: SQL mode vs raw simple statement",
        sqlDistinct.speedupOver(distinct.get("raw")),
        Double.NaN,
        "sql "
            + LookupBench.us(sqlDistinct, n)
            + ", raw "
            + LookupBench.us(distinct.get("raw"), n));
    report.ratio(
        "SQL mode: distinct-literal texts vs same text (plan cache reach)",
        sqlDistinct.speedupOver(sqlSame),
        Double.NaN,
        "1.00 would mean literals share a plan");
    report.ratio(
        "Plain Statement, same text: CQL mode vs raw simple statement",
        same.get("cql").speedupOver(same.get("raw")),
        Double.NaN,
        "cql " + LookupBench.us(same.get("cql"), n));
  }

  /** Runs one query text. */
  @FunctionalInterface
  private interface Runner {
    void run(String sql) throws Exception;
  }

  private static Samples repeatSame(BenchOptions o, int n, Runner r, String sql) throws Exception {
    return Repeat.measure(
        o.warmups(),
        o.runs(),
        () -> {
          for (int i = 0; i < n; i++) {
            r.run(sql);
          }
        });
  }

  private static Samples repeatDistinct(BenchOptions o, int n, Runner r, List<long[]> keys)
      throws Exception {
    int[] next = {0};
    return Repeat.measure(
        o.warmups(),
        o.runs(),
        () -> {
          for (int i = 0; i < n; i++) {
            r.run(text(keys.get(next[0]++ % keys.size())[0]));
          }
        });
  }
}
