package io.cassql.bench.internal;

import io.cassql.bench.BenchOptions;
import io.cassql.jdbc.CasSqlConnection;
import io.cassql.jdbc.PlanCacheStatistics;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sections 3d and 3e: SQL-mode plans shared by the connections of one cluster session. 3d: a pool
 * of 16 connections on 16 threads runs 16 query shapes each, so 16 plans should be made, not 256.
 * 3e: a second connection's first execution of a shape another connection already planned should
 * cost no planning. Counters come from {@code CasSqlConnection.planCacheStatistics()} (cumulative
 * per session), read as deltas.
 */
public final class PlanSharingBench {
  private static final int CONNECTIONS = 16;
  private static final int SHAPES = 16;
  private static final int WARM_RUNS = 20;

  /**
   * The 16 columns of lineitem, in table order: shape {@code i} selects the first {@code i + 1}.
   */
  private static final List<String> LINEITEM_COLUMNS =
      List.of(
          "l_orderkey",
          "l_partkey",
          "l_suppkey",
          "l_linenumber",
          "l_quantity",
          "l_extendedprice",
          "l_discount",
          "l_tax",
          "l_returnflag",
          "l_linestatus",
          "l_shipdate",
          "l_commitdate",
          "l_receiptdate",
          "l_shipinstruct",
          "l_shipmode",
          "l_comment");

  /**
   * The non-key columns of orders: section 3e's shapes select subsets of them (no other section
   * does).
   */
  private static final List<String> ORDERS_COLUMNS =
      List.of(
          "o_custkey",
          "o_orderstatus",
          "o_totalprice",
          "o_orderdate",
          "o_orderpriority",
          "o_clerk",
          "o_shippriority",
          "o_comment");

  private PlanSharingBench() {}

  /** Runs both measurements and adds their sections and summary rows. */
  public static void run(BenchCluster cluster, BenchOptions o, Report report) throws Exception {
    pool(cluster, o, report);
    secondConnection(cluster, o, report);
  }

  /** Shape {@code shape} of section 3d, a point query on lineitem for {@code orderKey}. */
  private static String poolQuery(int shape, long orderKey) {
    return "SELECT "
        + String.join(", ", LINEITEM_COLUMNS.subList(0, shape + 1))
        + " FROM tpch.lineitem WHERE l_orderkey = "
        + orderKey
        + " AND l_linenumber = 1";
  }

  /**
   * Shape {@code cycle} of section 3e (a distinct subset of orders' columns), for {@code orderKey}.
   */
  private static String newShape(int cycle, long orderKey) {
    int mask = cycle % ((1 << ORDERS_COLUMNS.size()) - 1) + 1;
    List<String> columns = new ArrayList<>(List.of("o_orderkey"));
    for (int i = 0; i < ORDERS_COLUMNS.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        columns.add(ORDERS_COLUMNS.get(i));
      }
    }
    return "SELECT "
        + String.join(", ", columns)
        + " FROM tpch.orders WHERE o_orderkey = "
        + orderKey;
  }

  private static Connection open(BenchCluster cluster, BenchOptions o) throws Exception {
    return cluster.casSql("tpch", "sql", "scanParallelism=" + o.scanParallelism());
  }

  private static PlanCacheStatistics stats(Connection c) throws Exception {
    return c.unwrap(CasSqlConnection.class).planCacheStatistics();
  }

  private static long query(Statement s, String sql) throws Exception {
    try (java.sql.ResultSet rs = s.executeQuery(sql)) {
      return JdbcRows.readAll(rs);
    }
  }

  /**
   * Section 3d: 16 connections on 16 threads, each running the 16 shapes once with its own literal.
   */
  private static void pool(BenchCluster cluster, BenchOptions o, Report report) throws Exception {
    Log.step(
        "plan sharing: "
            + CONNECTIONS
            + " SQL-mode connections on "
            + CONNECTIONS
            + " threads, "
            + SHAPES
            + " shapes each");
    List<long[]> keys = LookupBench.sampleKeys(o.scale(), CONNECTIONS, 11);
    List<Connection> pool = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      for (int i = 0; i < CONNECTIONS; i++) {
        pool.add(open(cluster, o));
      }
      PlanCacheStatistics before = stats(pool.get(0));
      CountDownLatch ready = new CountDownLatch(CONNECTIONS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Long>> rows = new ArrayList<>();
      for (int t = 0; t < CONNECTIONS; t++) {
        Connection c = pool.get(t);
        long orderKey = keys.get(t)[0];
        int first = t;
        rows.add(
            threads.submit(
                () -> {
                  long n = 0;
                  try (Statement s = c.createStatement()) {
                    ready.countDown();
                    go.await();
                    // each thread starts at another shape, so shapes are planned concurrently and
                    // then reused
                    for (int i = 0; i < SHAPES; i++) {
                      n += query(s, poolQuery((first + i) % SHAPES, orderKey));
                    }
                  }
                  return n;
                }));
      }
      ready.await();
      long t0 = System.nanoTime();
      go.countDown();
      long total = 0;
      for (Future<Long> f : rows) {
        total += f.get(10, TimeUnit.MINUTES);
      }
      long wall = System.nanoTime() - t0;
      PlanCacheStatistics after = stats(pool.get(0));
      boolean sameCounters = true;
      for (Connection c : pool) {
        sameCounters &= stats(c).equals(after);
      }
      long made = after.plansMade() - before.plansMade();
      long hits = after.hits() - before.hits();
      int queries = CONNECTIONS * SHAPES;
      MarkdownTable t = new MarkdownTable("Measurement", "Value", "Expected");
      t.row("Plans made (delta)", Long.toString(made), SHAPES + " (not " + queries + ")");
      t.row("Plan cache hits (delta)", Long.toString(hits), Integer.toString(queries - SHAPES));
      t.row("Plans held after", Integer.toString(after.size()), "≥ " + SHAPES);
      t.row(
          "Same counters on all " + CONNECTIONS + " connections",
          sameCounters ? "yes" : "no",
          "yes");
      t.row("Rows read", Long.toString(total), Integer.toString(queries));
      t.row(
          "Wall time of the " + queries + " queries",
          String.format(Locale.ROOT, "%.1f ms", wall / 1e6),
          "");
      report.section(
          "3d. Plan sharing: "
              + CONNECTIONS
              + " SQL-mode connections on "
              + CONNECTIONS
              + " threads, "
              + SHAPES
              + " query shapes each",
          CONNECTIONS
              + " plain CasSQL connections (no pool library) opened to one cluster with the same "
              + "credentials, one thread each, all started at once: each runs, as plain statements, `"
              + poolQuery(0, 1)
              + "` … `SELECT l_orderkey, …, l_comment …` (the first 1..16 columns) with its own orderkey literal, "
              + "starting at a different shape. Counters from `planCacheStatistics()` before and after.",
          t);
      report.fact(
          "Plan sharing: "
              + CONNECTIONS
              + " connections × "
              + SHAPES
              + " shapes on "
              + CONNECTIONS
              + " threads, plans made",
          Long.toString(made),
          SHAPES + " (not " + queries + ")",
          made == SHAPES && total == queries ? "yes" : "**no**",
          "hits "
              + hits
              + ", "
              + total
              + " rows, "
              + String.format(Locale.ROOT, "%.0f ms", wall / 1e6)
              + " wall"
              + (sameCounters ? "" : ", counters differ between connections"));
    } finally {
      threads.shutdownNow();
      for (Connection c : pool) {
        c.close();
      }
    }
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** One cycle of section 3e, in nanoseconds and plans made. */
  private record Cycle(
      long aFirst, long bFirst, long bWarm, long aMade, long bMade, long bPlanning) {}

  /** Section 3e: A plans a new shape; a fresh connection B then runs it first, then warm. */
  private static void secondConnection(BenchCluster cluster, BenchOptions o, Report report)
      throws Exception {
    int cycles = o.warmups() + o.runs();
    Log.step(
        "plan sharing: a second connection's first execution of a planned shape, "
            + cycles
            + " cycles");
    List<long[]> keys = LookupBench.sampleKeys(o.scale(), 2 * cycles, 13);
    List<Cycle> measured = new ArrayList<>();
    for (int c = 0; c < cycles; c++) {
      long keyA = keys.get(2 * c)[0];
      long keyB = keys.get(2 * c + 1)[0];
      int shape = c;
      Cycle cycle;
      // A stays open while B runs: both share the session (and its plan cache) only while one is
      // open
      try (Connection a = open(cluster, o);
          Statement sa = a.createStatement()) {
        PlanCacheStatistics s0 = stats(a);
        long aFirst = Repeat.once(() -> query(sa, newShape(shape, keyA)));
        PlanCacheStatistics s1 = stats(a);
        try (Connection b = open(cluster, o);
            Statement sb = b.createStatement()) {
          PlanCacheStatistics s2 = stats(b);
          String textB = newShape(shape, keyB);
          long bFirst = Repeat.once(() -> query(sb, textB));
          PlanCacheStatistics s3 = stats(b);
          List<Long> warm = new ArrayList<>();
          for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(Repeat.once(() -> query(sb, textB)));
          }
          cycle =
              new Cycle(
                  aFirst,
                  bFirst,
                  Math.round(new Samples(warm).median()),
                  s1.plansMade() - s0.plansMade(),
                  s3.plansMade() - s2.plansMade(),
                  s3.planningNanos() - s2.planningNanos());
        }
      }
      if (c >= o.warmups()) {
        measured.add(cycle);
      }
    }
    Samples aFirst = new Samples(measured.stream().map(Cycle::aFirst).toList());
    Samples bFirst = new Samples(measured.stream().map(Cycle::bFirst).toList());
    Samples bWarm = new Samples(measured.stream().map(Cycle::bWarm).toList());
    Samples paid = new Samples(measured.stream().map(x -> x.bFirst() - x.bWarm()).toList());
    Samples planning = new Samples(measured.stream().map(Cycle::bPlanning).toList());
    long aMade = measured.stream().mapToLong(Cycle::aMade).sum();
    long bMade = measured.stream().mapToLong(Cycle::bMade).sum();
    MarkdownTable t =
        new MarkdownTable("Step", "Median (min–max)", "Plans made (sum over cycles)", "Expected");
    t.row(
        "A: first execution of a new shape (plans it)",
        aFirst.describeMillis(),
        Long.toString(aMade),
        plural(measured.size(), "plan"));
    t.row(
        "B (fresh connection): first execution of that shape, another literal",
        bFirst.describeMillis(),
        Long.toString(bMade),
        "0 plans");
    t.row(
        "B: the same text again, warm (median of " + WARM_RUNS + " per cycle)",
        bWarm.describeMillis(),
        "",
        "");
    t.row(
        "B first: time in planning (the driver's planning counter: literals, cache look-up)",
        planning.describeMillis(),
        "",
        "< 1 ms");
    t.row(
        "B first − B warm (planning, and a first read of B's partition on the node)",
        paid.describeMillis(),
        "",
        "");
    report.section(
        "3e. A second connection's first execution of an already planned shape",
        o.warmups()
            + " untimed, then "
            + plural(o.runs(), "measured cycle")
            + ", each with a shape no earlier step ran "
            + "(`"
            + newShape(0, 1)
            + "` and other subsets of orders' columns): connection A (SQL mode) runs it "
            + "once, which plans it and prepares its CQL; then connection B, opened while A stays open (same "
            + "cluster and credentials, so same session), runs it with another orderkey, then "
            + WARM_RUNS
            + " more times. Statements created before timing; each time includes reading the row. B's time "
            + "in planning is the session's planning counter (`PlanCacheStatistics.planningNanos`: "
            + "literals made parameters, plan cache look-up, compile on a miss) read before and after its first "
            + "execution; B first − B warm also holds the node's first read of B's partition.",
        t);
    boolean held = planning.median() < 1e6 && bMade == 0;
    report.fact(
        "Second connection's first execution of an already planned shape: time in planning",
        String.format(Locale.ROOT, "%.3f ms", planning.medianMillis()),
        "< 1 ms",
        held ? "yes" : "**no**",
        "B first "
            + ScanBench.ms(bFirst)
            + ", B warm "
            + ScanBench.ms(bWarm)
            + ", B first − B warm "
            + ScanBench.ms(paid)
            + ", A first (planning) "
            + ScanBench.ms(aFirst)
            + "; plans made by B "
            + bMade
            + ", by A "
            + aMade);
  }
}
