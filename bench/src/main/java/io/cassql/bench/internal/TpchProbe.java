package io.cassql.bench.internal;

import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Child-JVM main: runs TPC-H queries in SQL mode from a given one to Q22, so that the parent can
 * kill a query whose planning never ends (a thread cannot be stopped; a process can). Arguments:
 * host, port, keyspace, scanParallelism, first query, measured runs, result directory. Prints
 * {@code START n}, {@code WARM n nanos}, {@code DONE n nanos,nanos,...} or {@code FAIL n reason};
 * writes each result's rows to {@code q<n>.rows} in the result directory.
 */
public final class TpchProbe {
  private TpchProbe() {}

  public static void main(String[] args) throws Exception {
    String url =
        "jdbc:cassandra://"
            + args[0]
            + ":"
            + args[1]
            + "/"
            + args[2]
            + "?queryMode=sql&scanParallelism="
            + args[3];
    int first = Integer.parseInt(args[4]);
    int runs = Integer.parseInt(args[5]);
    Path out = Path.of(args[6]);
    long quick = Long.parseLong(args[7]);
    try (Connection c =
        new io.cassql.jdbc.CasSqlDriver().connect(url, BenchCluster.credentials())) {
      for (int q = first; q <= TpchQueries.COUNT; q++) {
        String sql = TpchQueries.text(q);
        System.out.println("START " + q);
        try {
          long t0 = System.nanoTime();
          QueryResult result = run(c, sql);
          long warm = System.nanoTime() - t0;
          System.out.println("WARM " + q + " " + warm);
          StringBuilder nanos = new StringBuilder();
          int n = warm < quick ? runs : 1;
          for (int i = 0; i < n; i++) {
            long t1 = System.nanoTime();
            result = run(c, sql);
            nanos.append(i == 0 ? "" : ",").append(System.nanoTime() - t1);
          }
          try (ObjectOutputStream o =
              new ObjectOutputStream(Files.newOutputStream(out.resolve("q" + q + ".rows")))) {
            o.writeObject(result.rows());
          }
          System.out.println("DONE " + q + " " + nanos);
        } catch (Exception e) {
          System.out.println(
              "FAIL "
                  + q
                  + " "
                  + e.getClass().getSimpleName()
                  + ": "
                  + String.valueOf(e.getMessage()).split("\n")[0]);
        }
        System.out.flush();
      }
    }
  }

  private static QueryResult run(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return QueryResult.read(rs);
    }
  }
}
