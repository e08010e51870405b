package io.cassql.bench.internal;

import io.cassql.bench.BenchOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 3b: opening connections. The first connection of a JVM to a cluster builds the driver
 * session; the 2nd..100th, opened while the first stays open, should reuse it.
 */
public final class ConnectionBench {
  private static final int CONNECTIONS = 100;
  private static final int CYCLES = 3;

  private ConnectionBench() {}

  /** An opener of one kind of connection. */
  @FunctionalInterface
  private interface Opener {
    Connection open() throws Exception;
  }

  /** Measures CasSQL (both modes) and the peer, adds the section and ratios. */
  public static void run(BenchCluster cluster, BenchOptions o, Report report) throws Exception {
    MarkdownTable t =
        new MarkdownTable(
            "Client",
            "1st connection, median (min–max)",
            "2nd..100th, median (min–max)",
            "1st / later");
    Log.step("connections: CasSQL SQL mode");
    Result sql =
        measure(
            () -> cluster.casSql("tpch", "sql", "scanParallelism=" + o.scanParallelism()), false);
    Result sqlQuery =
        measure(
            () -> cluster.casSql("tpch", "sql", "scanParallelism=" + o.scanParallelism()), true);
    Log.step("connections: CasSQL CQL mode");
    Result cql = measure(() -> cluster.casSql("tpch", "cql", ""), false);
    t.row(
        "CasSQL SQL mode, open",
        sql.first.describeMillis(),
        sql.later.describeMillis(),
        ratio(sql));
    t.row(
        "CasSQL SQL mode, open + one prepared lookup",
        sqlQuery.first.describeMillis(),
        sqlQuery.later.describeMillis(),
        ratio(sqlQuery));
    t.row(
        "CasSQL CQL mode, open",
        cql.first.describeMillis(),
        cql.later.describeMillis(),
        ratio(cql));
    Result peer = null;
    if (o.peer()) {
      Log.step("connections: cassandra-jdbc-wrapper");
      peer = measure(() -> cluster.peer("tpch"), false);
      t.row(
          "cassandra-jdbc-wrapper " + PeerInfo.version() + ", open",
          peer.first.describeMillis(),
          peer.later.describeMillis(),
          ratio(peer));
    }
    report.section(
        "3b. Opening connections to an already running cluster",
        "The first connection is opened with no other connection of that client in the JVM; the 2nd..100th are "
            + "opened (and closed) while the first stays open. "
            + CYCLES
            + " cycles. \"open + lookup\" prepares "
            + "and runs the section-2 lookup on each connection.",
        t);
    report.ratio(
        "Connections: 1st / 2nd..100th open time, SQL mode",
        sql.first.median() / sql.later.median(),
        Double.NaN,
        "1st " + ScanBench.ms(sql.first) + ", later " + ScanBench.ms(sql.later));
    if (peer != null) {
      report.ratio(
          "Connections: later opens, CasSQL SQL vs cassandra-jdbc-wrapper",
          sql.later.speedupOver(peer.later),
          Double.NaN,
          "peer later " + ScanBench.ms(peer.later));
    }
  }

  private static String ratio(Result r) {
    return Report.fmt(r.first.median() / r.later.median());
  }

  /** First-connection and later-connection samples. */
  private record Result(Samples first, Samples later) {}

  private static Result measure(Opener opener, boolean withQuery) throws Exception {
    List<Long> firsts = new ArrayList<>();
    List<Long> laters = new ArrayList<>();
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      long t0 = System.nanoTime();
      Connection first = opener.open();
      if (withQuery) {
        lookup(first);
      }
      firsts.add(System.nanoTime() - t0);
      try {
        for (int i = 2; i <= CONNECTIONS; i++) {
          long t1 = System.nanoTime();
          Connection c = opener.open();
          if (withQuery) {
            lookup(c);
          }
          laters.add(System.nanoTime() - t1);
          c.close();
        }
      } finally {
        first.close();
      }
    }
    return new Result(new Samples(firsts), new Samples(laters));
  }

  private static void lookup(Connection c) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(LookupBench.LOOKUP)) {
      ps.setLong(1, 1);
      ps.setInt(2, 1);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        JdbcRows.readAll(rs);
      }
    }
  }
}
