package io.cassql.bench.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs the SQL-mode side of the TPC-H queries in {@link TpchProbe} child JVMs; a query that does
 * not finish in time (planning included) is killed with its JVM and reported skipped, and a new
 * child goes on with the next query.
 */
public final class TpchChildRunner {
  private TpchChildRunner() {}

  /** The SQL-mode outcome of one query: samples and rows, or why it was skipped. */
  public record CasSqlRun(Samples samples, QueryResult result, String failure) {}

  /**
   * Runs Q1..Q22 against {@code keyspace}; every query gets {@code timeoutSeconds} for its warm-up
   * run.
   */
  public static Map<Integer, CasSqlRun> run(
      BenchCluster cluster,
      String keyspace,
      int scanParallelism,
      int runs,
      long quickNanos,
      int timeoutSeconds,
      Path workDir)
      throws Exception {
    Map<Integer, CasSqlRun> out = new LinkedHashMap<>();
    Path rowsDir = workDir.resolve("tpch-rows-" + keyspace);
    Files.createDirectories(rowsDir);
    int next = 1;
    int child = 0;
    while (next <= TpchQueries.COUNT) {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx1g",
                  "-Duser.timezone=UTC",
                  "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                  "-cp",
                  System.getProperty("java.class.path"),
                  TpchProbe.class.getName(),
                  cluster.host(),
                  Integer.toString(cluster.port()),
                  keyspace,
                  Integer.toString(scanParallelism),
                  Integer.toString(next),
                  Integer.toString(runs),
                  rowsDir.toString(),
                  Long.toString(quickNanos)));
      Path log = workDir.resolve("child-logs").resolve("tpch-" + keyspace + "-" + child++ + ".err");
      Files.createDirectories(log.getParent());
      Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                  }
                } catch (java.io.IOException ignored) {
                  // the child was killed
                }
                lines.add("EOF");
              },
              "tpch-child-reader");
      reader.setDaemon(true);
      reader.start();
      try {
        next = follow(lines, next, out, rowsDir, timeoutSeconds, runs, log);
      } finally {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
    return out;
  }

  /** Reads the child's lines until it ends or a query overruns; returns the next query to run. */
  private static int follow(
      BlockingQueue<String> lines,
      int current,
      Map<Integer, CasSqlRun> out,
      Path rowsDir,
      int timeoutSeconds,
      int runs,
      Path log)
      throws Exception {
    int q = current;
    long deadline =
        System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + timeoutSeconds); // JVM start + connect
    while (true) {
      String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null) {
        out.put(
            q,
            new CasSqlRun(
                null, null, "over " + timeoutSeconds + " s (killed; planning or execution)"));
        Log.step("tpch: Q" + q + " overran, killed");
        return q + 1;
      }
      String[] f = line.split(" ", 3);
      switch (f[0]) {
        case "START" -> {
          q = Integer.parseInt(f[1]);
          deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
          Log.step("tpch: Q" + q);
        }
        case "WARM" ->
            deadline =
                System.nanoTime()
                    + (runs + 1) * Long.parseLong(f[2])
                    + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        case "DONE" -> {
          List<Long> nanos = new ArrayList<>();
          for (String n : f[2].split(",")) {
            nanos.add(Long.parseLong(n));
          }
          out.put(
              q,
              new CasSqlRun(
                  new Samples(nanos), readRows(rowsDir.resolve("q" + q + ".rows")), null));
        }
        case "FAIL" -> out.put(q, new CasSqlRun(null, null, f.length > 2 ? f[2] : "failed"));
        case "EOF" -> {
          if (q < TpchQueries.COUNT || !out.containsKey(q)) {
            if (!out.containsKey(q)) {
              out.put(q, new CasSqlRun(null, null, "child JVM died; see " + log));
            }
            return q + 1;
          }
          return TpchQueries.COUNT + 1;
        }
        default -> {
          // other output is ignored
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static QueryResult readRows(Path file) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
      return new QueryResult((List<List<Object>>) in.readObject());
    }
  }
}
