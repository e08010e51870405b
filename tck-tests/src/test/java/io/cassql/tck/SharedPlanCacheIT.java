package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cassql.jdbc.CasSqlConnection;
import io.cassql.jdbc.PlanCacheStatistics;
import io.cassql.jdbc.internal.sql.SqlWarmUp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL-mode plan cache is one per cluster session: the connections of a pool, each used by its
 * own thread, plan every query shape once between them, and a new connection finds the plans made.
 */
class SharedPlanCacheIT extends CassandraTestSupport {
  private static final int THREADS = 16;
  private static final String[] COLUMNS = {"c1", "c2", "c3", "c4", "c5"};

  /** Sixteen distinct column subsets of {@code shared_plans.items}: one query shape each. */
  private static final List<List<String>> SHAPES = shapes();

  @BeforeAll
  static void load() throws Exception {
    keyspace("shared_plans");
    cql(
        "CREATE TABLE IF NOT EXISTS shared_plans.items (id int PRIMARY KEY, c1 int, c2 int, c3 int, c4 int, c5 int)");
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO shared_plans.items (id, c1, c2, c3, c4, c5) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int id = 0; id < THREADS + 1; id++) {
        ps.setInt(1, id);
        for (int col = 1; col <= 5; col++) {
          ps.setInt(col + 1, value(id, col));
        }
        ps.addBatch();
      }
      ps.executeBatch();
      awaitSettledSchema(c);
    }
  }

  /**
   * Waits until the driver's schema metadata has stayed the same for a while: a late refresh after
   * this class's DDL would make the plans counted below stale (and made again) in mid-test.
   */
  static void awaitSettledSchema(Connection c) throws Exception {
    var session = c.unwrap(CasSqlConnection.class).getCqlSession();
    Object last = session.getMetadata().getKeyspaces();
    long stableSince = System.nanoTime();
    long deadline = stableSince + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() - stableSince < TimeUnit.MILLISECONDS.toNanos(1500)
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
      Object now = session.getMetadata().getKeyspaces();
      if (now != last) {
        last = now;
        stableSince = System.nanoTime();
      }
    }
  }

  static int value(int id, int column) {
    return id * 10 + column;
  }

  private static List<List<String>> shapes() {
    List<List<String>> out = new ArrayList<>();
    for (int mask = 1; mask < 32 && out.size() < THREADS; mask++) {
      List<String> cols = new ArrayList<>();
      for (int b = 0; b < 5; b++) {
        if ((mask & (1 << b)) != 0) {
          cols.add(COLUMNS[b]);
        }
      }
      out.add(cols);
    }
    return out;
  }

  /**
   * The text of shape {@code shape} for the row {@code id}: the literal differs, the shape does
   * not.
   */
  static String text(int shape, int id) {
    return "SELECT "
        + String.join(", ", SHAPES.get(shape))
        + " FROM shared_plans.items WHERE id = "
        + id;
  }

  static String expected(int shape, int id) {
    List<String> values = new ArrayList<>();
    for (String col : SHAPES.get(shape)) {
      values.add(String.valueOf(value(id, Integer.parseInt(col.substring(1)))));
    }
    return String.join("|", values);
  }

  static PlanCacheStatistics statistics(Connection c) throws SQLException {
    return c.unwrap(CasSqlConnection.class).planCacheStatistics();
  }

  @Test
  void should_plan_each_shape_once_for_all_connections_of_a_pool() throws Exception {
    assertEquals(THREADS, SHAPES.size());
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url("?queryMode=sql"));
    config.setUsername(USER);
    config.setPassword(PASSWORD);
    config.setMaximumPoolSize(THREADS);
    config.setMinimumIdle(THREADS);
    config.setPoolName("cassql-shared-plans");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      Thread warmUp = SqlWarmUp.thread();
      if (warmUp != null) {
        warmUp.join(); // the planner warm-up of this JVM, if it is still running, plans nothing of
        // ours meanwhile
      }
      PlanCacheStatistics before;
      try (Connection c = pool.getConnection()) {
        before = statistics(c);
      }
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Connection> held = new ArrayList<>();
      try {
        for (int t = 0; t < THREADS; t++) {
          held.add(pool.getConnection());
        }
        assertEquals(
            THREADS,
            pool.getHikariPoolMXBean().getActiveConnections(),
            "one connection per thread");
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          Connection mine = held.get(t);
          results.add(
              threads.submit(
                  () -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<String> rows = new ArrayList<>();
                    for (int i = 0; i < SHAPES.size(); i++) {
                      int shape = (thread + i) % SHAPES.size();
                      List<String> got = SqlModeIT.query(mine, text(shape, thread));
                      assertEquals(List.of(expected(shape, thread)), got, text(shape, thread));
                      rows.addAll(got);
                    }
                    return rows;
                  }));
        }
        for (Future<List<String>> f : results) {
          assertEquals(SHAPES.size(), f.get(120, TimeUnit.SECONDS).size());
        }
      } finally {
        threads.shutdownNow();
        for (Connection c : held) {
          c.close();
        }
      }
      PlanCacheStatistics after;
      try (Connection c = pool.getConnection()) {
        after = statistics(c);
      }
      assertEquals(
          THREADS,
          after.plansMade() - before.plansMade(),
          "16 shapes planned once each, not once per connection: " + before + " -> " + after);
      assertEquals(
          THREADS * THREADS - THREADS,
          after.hits() - before.hits(),
          "every other execution reused a plan: " + before + " -> " + after);

      try (Connection fresh = DriverManager.getConnection(url("?queryMode=sql"), USER, PASSWORD)) {
        PlanCacheStatistics start2 = statistics(fresh);
        assertEquals(
            after.plansMade(),
            start2.plansMade(),
            "a new connection of the same session sees the same cache");
        assertEquals(List.of(expected(3, THREADS)), SqlModeIT.query(fresh, text(3, THREADS)));
        PlanCacheStatistics end = statistics(fresh);
        assertEquals(
            0, end.plansMade() - start2.plansMade(), "a shape planned by the pool: no new plan");
        assertEquals(1, end.hits() - start2.hits(), "one hit");
        assertTrue(
            end.planningNanos() > start2.planningNanos(),
            "the look-up counted as planning time: " + start2 + " -> " + end);
      }
    }
  }
}
