package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Statement.cancel()} from another thread stops the execution it finds, wherever it is
 * (running in memory, waiting on a page from Cassandra, planning): the executing thread gets HY008
 * within one second of the call, and the statement and its connection go on working.
 */
class CancelIT extends CassandraTestSupport {
  private static final int ROWS = 1000;

  /**
   * The cancel latency a caller may count on: from the cancel() call to the exception in the
   * executing thread.
   */
  private static final long CANCEL_BOUND_MS = 1000;

  /**
   * A three-way nested loop over 1,000 rows (10^9 combinations, none matching): runs for minutes.
   */
  static final String LONG_JOIN =
      "SELECT COUNT(*) FROM cancel_ks.t a, cancel_ks.t b, cancel_ks.t c WHERE a.id + b.id + c.id = -1";

  /**
   * Branches of {@link #planHeavy}: 30 took 1.5-4.7 s and 60 took 9-19 s to plan on a 2-core
   * machine.
   */
  private static final int PLAN_HEAVY_BRANCHES = 48;

  private static final AtomicLong NONCE = new AtomicLong(System.nanoTime());

  @BeforeAll
  static void load() throws Exception {
    keyspace("cancel_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS cancel_ks.t (id int PRIMARY KEY, v text, n int)",
        "TRUNCATE cancel_ks.t");
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO cancel_ks.t (id, v, n) VALUES (?, ?, ?)")) {
      for (int i = 0; i < ROWS; i++) {
        ps.setInt(1, i);
        ps.setString(2, "v" + i);
        ps.setInt(3, i % 10);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static Connection open(String mode) throws SQLException {
    return DriverManager.getConnection(url("?queryMode=" + mode), USER, PASSWORD);
  }

  /**
   * A union of many three-way joins: seconds of planning for a moment of execution. Each call gives
   * a text of its own (column aliases), so that no plan cache holds it.
   */
  static String planHeavy() {
    long nonce = NONCE.incrementAndGet();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < PLAN_HEAVY_BRANCHES; i++) {
      sb.append(i > 0 ? " UNION ALL " : "")
          .append("SELECT a.id AS x")
          .append(i)
          .append('_')
          .append(nonce)
          .append(
              " FROM cancel_ks.t a JOIN cancel_ks.t b ON a.id = b.n JOIN cancel_ks.t c ON b.id = c.n WHERE a.v = 'q")
          .append(i)
          .append("'");
    }
    return sb.toString();
  }

  /** A piece of JDBC work run on the executing thread. */
  @FunctionalInterface
  interface Work {
    /** Runs; returns a description of what it got when it was not stopped. */
    String run() throws Exception;
  }

  /**
   * How the execution ended: its exception (or the result it got instead) and when, by
   * System.nanoTime.
   */
  record Outcome(Throwable error, String result, long endedAt) {}

  /**
   * Runs {@code work} on a daemon thread; the outcome is known the moment the work throws (or
   * ends), before anything is closed.
   */
  static CompletableFuture<Outcome> start(Work work) {
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                String result = work.run();
                outcome.complete(new Outcome(null, result, System.nanoTime()));
              } catch (Throwable e) {
                outcome.complete(new Outcome(e, null, System.nanoTime()));
              }
            },
            "cancel-it-executing");
    t.setDaemon(true);
    t.start();
    return outcome;
  }

  /**
   * Waits {@code afterMillis}, checks the execution still runs, cancels {@code s} and checks the
   * executing thread failed with HY008 within {@link #CANCEL_BOUND_MS} of the call.
   */
  static void cancelAndExpectHy008(
      CompletableFuture<Outcome> running, Statement s, long afterMillis) throws Exception {
    Thread.sleep(afterMillis);
    assertFalse(
        running.isDone(),
        () -> "the execution ended before cancel() was called: " + running.join());
    long called = System.nanoTime();
    s.cancel();
    Outcome o;
    try {
      o = running.get(30, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      fail("the execution still runs 30 s after cancel()");
      return;
    }
    long ms = (o.endedAt() - called) / 1_000_000;
    assertNotNull(
        o.error(),
        "the execution completed instead of failing: "
            + o.result()
            + " ("
            + ms
            + " ms after cancel)");
    SQLException e = assertInstanceOf(SQLException.class, o.error(), String.valueOf(o.error()));
    assertEquals("HY008", e.getSQLState(), e.getMessage());
    assertTrue(
        ms <= CANCEL_BOUND_MS,
        "the executing thread got HY008 "
            + ms
            + " ms after cancel(); at most "
            + CANCEL_BOUND_MS
            + " ms");
  }

  /**
   * When a check failed with the execution still running: closing the connection is all that is
   * left to stop it.
   */
  static void stopIfRunning(CompletableFuture<Outcome> running, Connection c) throws Exception {
    if (!running.isDone()) {
      c.close();
      try {
        running.get(10, TimeUnit.SECONDS);
      } catch (TimeoutException ignored) {
        // a daemon thread: it ends with the JVM at worst
      }
    }
  }

  static String count(ResultSet rs) throws SQLException {
    try (rs) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n + " rows";
    }
  }

  static String first(ResultSet rs) throws SQLException {
    try (rs) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  /**
   * The statement and its connection are fine after a cancel: the next executions run and are not
   * cancelled.
   */
  static void stillWorks(Connection c, Statement s) throws SQLException {
    assertEquals(
        "v7",
        first(s.executeQuery("SELECT v FROM cancel_ks.t WHERE id = 7")),
        "the same statement runs again");
    assertEquals(String.valueOf(ROWS), first(s.executeQuery("SELECT COUNT(*) FROM cancel_ks.t")));
    try (Statement other = c.createStatement()) {
      assertEquals(
          "v8",
          first(other.executeQuery("SELECT v FROM cancel_ks.t WHERE id = 8")),
          "and the connection");
    }
  }

  @Test
  void should_cancel_a_long_in_memory_join() throws Exception {
    try (Connection c = open("sql");
        Statement s = c.createStatement()) {
      CompletableFuture<Outcome> running = start(() -> count(s.executeQuery(LONG_JOIN)));
      try {
        cancelAndExpectHy008(running, s, 1500);
      } finally {
        stopIfRunning(running, c);
      }
      stillWorks(c, s);
    }
  }

  @Test
  void should_cancel_a_long_in_memory_join_of_a_prepared_statement() throws Exception {
    try (Connection c = open("sql");
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM cancel_ks.t a, "
                    + "cancel_ks.t b, cancel_ks.t c WHERE a.id < ? AND b.id < ? AND c.id < ? AND a.id + b.id + c.id = ?")) {
      bind(ps, ROWS, -1);
      CompletableFuture<Outcome> running = start(() -> count(ps.executeQuery()));
      try {
        cancelAndExpectHy008(running, ps, 1500);
      } finally {
        stopIfRunning(running, c);
      }
      bind(ps, 3, 3);
      assertEquals(
          "7",
          first(ps.executeQuery()),
          "the same prepared statement runs again: (1,1,1) and the 6 orders of (0,1,2)");
      try (Statement s = c.createStatement()) {
        stillWorks(c, s);
      }
    }
  }

  private static void bind(PreparedStatement ps, int below, int sum) throws SQLException {
    ps.setInt(1, below);
    ps.setInt(2, below);
    ps.setInt(3, below);
    ps.setInt(4, sum);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "cql"})
  void should_cancel_a_scan_waiting_for_a_page_from_a_frozen_node(String mode) throws Exception {
    try (Connection c = open(mode);
        Statement s = c.createStatement()) {
      s.setFetchSize(100);
      CountDownLatch firstPageRead = new CountDownLatch(1);
      CountDownLatch frozen = new CountDownLatch(1);
      CompletableFuture<Outcome> running =
          start(
              () -> {
                ResultSet rs = s.executeQuery("SELECT * FROM cancel_ks.t");
                int n = 0;
                while (n < 100 && rs.next()) {
                  n++;
                }
                firstPageRead.countDown();
                frozen.await();
                while (rs.next()) {
                  n++;
                }
                return n + " rows";
              });
      assertTrue(
          firstPageRead.await(30, TimeUnit.SECONDS),
          () -> "the first page was not read: " + running.getNow(null));
      node.pause();
      try {
        frozen.countDown();
        cancelAndExpectHy008(running, s, 1000);
      } finally {
        node.resume();
      }
      stillWorks(c, s);
    }
  }

  @Test
  void should_cancel_a_query_while_it_is_planned() throws Exception {
    try (Connection c = open("sql");
        Statement s = c.createStatement()) {
      String text = planHeavy();
      CompletableFuture<Outcome> running = start(() -> count(s.executeQuery(text)));
      try {
        cancelAndExpectHy008(running, s, 500);
      } finally {
        stopIfRunning(running, c);
      }
      stillWorks(c, s);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "cql", "auto"})
  void should_ignore_cancel_when_nothing_runs(String mode) throws Exception {
    try (Connection c = open(mode);
        Statement s = c.createStatement();
        PreparedStatement ps = c.prepareStatement("SELECT v FROM cancel_ks.t WHERE id = ?")) {
      s.cancel();
      ps.cancel();
      assertEquals(
          "v7",
          first(s.executeQuery("SELECT v FROM cancel_ks.t WHERE id = 7")),
          "a cancel before the execution does not cancel it");
      s.cancel();
      ps.setInt(1, 9);
      assertEquals("v9", first(ps.executeQuery()));
      ps.cancel();
      assertEquals(
          "v7",
          first(s.executeQuery("SELECT v FROM cancel_ks.t WHERE id = 7")),
          "nor does a cancel after one");
      ps.setInt(1, 5);
      assertEquals("v5", first(ps.executeQuery()));
    }
  }

  @Test
  void should_time_out_a_long_join_with_hyt00_and_run_again() throws Exception {
    try (Connection c = open("sql");
        Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      CompletableFuture<Outcome> running = start(() -> count(s.executeQuery(LONG_JOIN)));
      Outcome o;
      try {
        o = running.get(60, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        stopIfRunning(running, c);
        fail("a query timeout of 1 s did not stop the join within 60 s");
        return;
      }
      assertNotNull(o.error(), "the join completed instead of timing out: " + o.result());
      SQLException e = assertInstanceOf(SQLException.class, o.error(), String.valueOf(o.error()));
      assertEquals("HYT00", e.getSQLState(), e.getMessage());
      assertInstanceOf(SQLTimeoutException.class, e);
      s.setQueryTimeout(0);
      stillWorks(c, s);
      assertEquals(
          List.of(String.valueOf(ROWS)), SqlModeIT.query(c, "SELECT COUNT(*) FROM cancel_ks.t"));
    }
  }
}
