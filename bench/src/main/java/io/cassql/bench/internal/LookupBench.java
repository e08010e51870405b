package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import io.cassql.bench.BenchOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Section 2 (and the lookup half of 6): point lookups by full primary key through prepared
 * statements.
 */
public final class LookupBench {
  /** The lookup, valid CQL and valid SQL. */
  public static final String LOOKUP =
      "SELECT * FROM tpch.lineitem WHERE l_orderkey = ? AND l_linenumber = ?";

  private LookupBench() {}

  /** {@code n} existing (l_orderkey, l_linenumber) keys in a fixed random order. */
  public static List<long[]> sampleKeys(double scale, int n, long seed) {
    List<long[]> all = new ArrayList<>(TpchLoader.orderKeys(scale));
    Collections.shuffle(all, new Random(seed));
    List<long[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(all.get(i % all.size()));
    }
    return out;
  }

  /** Measures each client and adds the section, the ratios, and returns the SQL-mode samples. */
  public static Map<String, Samples> run(BenchCluster cluster, BenchOptions o, Report report)
      throws Exception {
    List<long[]> keys = sampleKeys(o.scale(), o.lookups(), 42);
    Map<String, Samples> results;
    Log.step(
        "lookups: raw driver, CQL mode, SQL mode"
            + (o.peer() ? ", cassandra-jdbc-wrapper" : "")
            + " in turns");
    com.datastax.oss.driver.api.core.cql.PreparedStatement raw = cluster.session().prepare(LOOKUP);
    try (Connection cql = cluster.casSql("tpch", "cql", "");
        Connection sql = cluster.casSql("tpch", "sql", "scanParallelism=" + o.scanParallelism());
        Connection peer = o.peer() ? cluster.peer("tpch") : null;
        PreparedStatement cqlLookup = cql.prepareStatement(LOOKUP);
        PreparedStatement sqlLookup = sql.prepareStatement(LOOKUP);
        PreparedStatement peerLookup = peer == null ? null : peer.prepareStatement(LOOKUP)) {
      Map<String, Repeat.Action> clients = new LinkedHashMap<>();
      clients.put(
          "raw",
          () -> {
            for (long[] k : keys) {
              BoundStatement b = raw.bind(k[0], (int) k[1]);
              ResultSet rs = cluster.session().execute(b);
              RawRows reader = new RawRows(rs.getColumnDefinitions());
              rs.forEach(reader::read);
              reader.finish();
            }
          });
      clients.put("cql", () -> lookups(cqlLookup, keys));
      clients.put("sql", () -> lookups(sqlLookup, keys));
      if (peerLookup != null) {
        clients.put("peer", () -> lookups(peerLookup, keys));
      }
      results = Repeat.interleaved(o.warmups(), o.runs(), clients);
    }
    Samples base = results.get("raw");
    MarkdownTable t =
        new MarkdownTable(
            "Client", "Per lookup, median (min–max)", "Ratio to raw (median of per-round ratios)");
    String[][] names = {
      {"raw", "Raw Java driver, prepared (baseline)"},
      {"cql", "CasSQL CQL mode, PreparedStatement"},
      {"sql", "CasSQL SQL mode, PreparedStatement"},
      {"peer", "cassandra-jdbc-wrapper " + PeerInfo.version() + ", PreparedStatement"}
    };
    for (String[] n : names) {
      Samples s = results.get(n[0]);
      if (s != null) {
        t.row(n[1], s.describeMicrosPer(keys.size()), Report.fmt(s.pairedSpeedupOver(base)));
      }
    }
    report.section(
        "2. Point lookups by primary key (" + keys.size() + " per run, one at a time)",
        "`"
            + LOOKUP
            + "`, each row read through the getters of all columns; one statement prepared once per client; the clients run in turns "
            + "(rotated each round), and each ratio is the median over rounds of the raw run's time over the client's run in the same round.",
        t);
    String medians = "raw " + us(base, keys.size());
    report.ratio(
        "Lookup: CQL mode vs raw prepared",
        results.get("cql").pairedSpeedupOver(base),
        0.95,
        "cql " + us(results.get("cql"), keys.size()) + ", " + medians);
    report.ratio(
        "Lookup: SQL mode vs raw prepared",
        results.get("sql").pairedSpeedupOver(base),
        0.8,
        "sql " + us(results.get("sql"), keys.size()) + ", " + medians);
    if (results.containsKey("peer")) {
      report.ratio(
          "Lookup: cassandra-jdbc-wrapper vs raw prepared",
          results.get("peer").pairedSpeedupOver(base),
          Double.NaN,
          "peer " + us(results.get("peer"), keys.size()) + ", " + medians);
    }
    return results;
  }

  static String us(Samples s, int per) {
    return String.format(java.util.Locale.ROOT, "%.0f µs/op", s.medianMicrosPer(per));
  }

  private static void lookups(PreparedStatement ps, List<long[]> keys) throws Exception {
    for (long[] k : keys) {
      ps.setLong(1, k[0]);
      ps.setInt(2, (int) k[1]);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        JdbcRows.readAll(rs);
      }
    }
  }
}
