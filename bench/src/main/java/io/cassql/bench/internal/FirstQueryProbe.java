package io.cassql.bench.internal;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Child-JVM main: the cost of the first query in a fresh JVM. Arguments: client ({@code raw},
 * {@code cql}, {@code sql}, {@code peer}), host, port. Prints connect, first, second and warm query
 * times in ms, and the wall time from just before the driver object is created to the end of the
 * first query. The JDBC clients touch no Java-driver class directly, so that CasSQL's child JVM can
 * run on the driver's self-contained jar alone; the raw client is {@link RawFirstQuery}.
 */
public final class FirstQueryProbe {
  private static final int WARM_RUNS = 200;

  private FirstQueryProbe() {}

  public static void main(String[] args) throws Exception {
    String client = args[0];
    String host = args[1];
    int port = Integer.parseInt(args[2]);
    double mainAt =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("jvmToMainMs", mainAt);
    long t0 = System.nanoTime();
    if (client.equals("raw")) {
      RawFirstQuery.run(host, port, out, t0);
    } else {
      java.sql.Driver driver =
          client.equals("peer")
              ? new com.ing.data.cassandra.jdbc.CassandraDriver()
              : new io.cassql.jdbc.CasSqlDriver();
      String url =
          client.equals("peer")
              ? "jdbc:cassandra://"
                  + host
                  + ":"
                  + port
                  + "/tpch?localdatacenter=datacenter1&user=cassandra&password=cassandra"
              : "jdbc:cassandra://" + host + ":" + port + "/tpch?queryMode=" + client;
      Properties credentials = new Properties();
      credentials.setProperty("user", "cassandra");
      credentials.setProperty("password", "cassandra");
      try (Connection c = driver.connect(url, credentials);
          Statement s = c.createStatement()) {
        out.put("connectMs", ms(t0));
        measure(
            out,
            t0,
            sql -> {
              try (java.sql.ResultSet rs = s.executeQuery(sql)) {
                JdbcRows.readAll(rs);
              }
            });
      }
    }
    System.out.println(ChildJvm.resultLine(out));
  }

  /** Runs one query text. */
  @FunctionalInterface
  interface Query {
    void run(String sql) throws Exception;
  }

  static void measure(Map<String, Object> out, long connectStart, Query q) throws Exception {
    String first = "SELECT * FROM tpch.lineitem WHERE l_orderkey = 1 AND l_linenumber = 1";
    String second = "SELECT * FROM tpch.lineitem WHERE l_orderkey = 2 AND l_linenumber = 1";
    long t = System.nanoTime();
    q.run(first);
    out.put("firstQueryMs", ms(t));
    out.put("connectFirstQueryMs", ms(connectStart));
    t = System.nanoTime();
    q.run(second);
    out.put("secondQueryMs", ms(t));
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < WARM_RUNS; i++) {
      t = System.nanoTime();
      q.run(second);
      warm.add(ms(t));
    }
    Collections.sort(warm);
    out.put("warmQueryMs", warm.get(warm.size() / 2));
  }

  static double ms(long since) {
    return Math.round((System.nanoTime() - since) / 1e4) / 100.0;
  }
}
