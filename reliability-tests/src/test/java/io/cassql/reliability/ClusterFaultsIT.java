package io.cassql.reliability;

import static io.cassql.reliability.ClusterSupport.ROWS;
import static io.cassql.reliability.ClusterSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cassql.embedded.CassandraCluster;
import io.cassql.embedded.CassandraNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three real nodes at replication factor 3: nodes are killed, frozen and restarted while scans and
 * point queries run, and every query either completes with exactly the rows that are there or fails
 * with a clear SQLSTATE; the driver reconnects by itself. Every scenario runs with the driver's
 * default timeouts and retry settings (no {@code requestTimeout} override) but one, which shows
 * what a request timeout too small gives.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT {
  private static CassandraCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = CassandraCluster.builder().size(3).heap("768m").start();
    ClusterSupport.load(cluster);
  }

  @BeforeEach
  void announce(TestInfo test) {
    System.out.println(
        "[cluster faults] " + java.time.LocalTime.now() + " " + test.getDisplayName());
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void
      with_every_node_up_a_full_scan_reads_every_row_exactly_once_even_with_every_request_speculated()
          throws Exception {
    for (String mode : new String[] {"sql", "cql"}) {
      for (int run = 0; run < 3; run++) {
        try (Connection c = connect(cluster, null, "queryMode=" + mode);
            Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT id, payload FROM faults.items")) {
          ScanTally t = ScanTally.read(rs, 0, () -> {});
          System.out.println("[cluster faults] " + mode + " mode, every node up: " + t);
          t.assertEveryRowExactlyOnce();
        }
      }
      // every page request also sent to two other nodes after 1 ms: the first answer wins
      try (Connection c =
              connect(
                  cluster,
                  null,
                  "queryMode="
                      + mode
                      + "&fetchSize=500&speculativeDelay=1&speculativeExecutions=2");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT id, payload FROM faults.items")) {
        ScanTally t = ScanTally.read(rs, 0, () -> {});
        System.out.println(
            "[cluster faults] " + mode + " mode, every request speculated after 1 ms: " + t);
        t.assertEveryRowExactlyOnce();
      }
    }
  }

  /**
   * The kill points: during the first page (right after its first row), a third of the way, and
   * near the end (five 200-row pages before it).
   */
  private static int killRow(String point) {
    return switch (point) {
      case "first" -> 1;
      case "third" -> ROWS / 3;
      case "end" -> ROWS - 1000;
      default -> throw new IllegalArgumentException(point);
    };
  }

  @Order(2)
  @ParameterizedTest(name = "{0} mode at {1}, node {2} killed at the {3} kill point")
  @CsvSource({
    "sql, ONE, 1, first",
    "sql, QUORUM, 2, third",
    "sql, ONE, 0, end",
    "cql, QUORUM, 1, first",
    "cql, ONE, 2, third",
    "cql, QUORUM, 0, end",
    "sql, QUORUM, 1, end",
    "cql, ONE, 0, first"
  })
  void with_default_settings_a_full_scan_returns_every_row_exactly_once_when_a_node_is_killed(
      String mode, String consistency, int victim, String point) throws Exception {
    CassandraNode node = cluster.node(victim);
    ScanTally t;
    // default settings but for small pages, so that the scan spans a hundred page requests
    try (Connection c =
            connect(
                cluster,
                null,
                "queryMode=" + mode + "&consistencyLevel=" + consistency + "&fetchSize=200");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, payload FROM faults.items")) {
      t = ScanTally.read(rs, killRow(point), node::kill);
    } finally {
      ClusterSupport.restart(cluster, node);
    }
    System.out.println(
        "[cluster faults] "
            + mode
            + " mode at "
            + consistency
            + ", node "
            + victim
            + " killed at the "
            + point
            + " kill point: "
            + t);
    t.assertEveryRowExactlyOnce();
  }

  @Test
  @Order(3)
  void
      point_queries_keep_succeeding_while_a_node_is_killed_and_restarted_and_the_driver_reconnects()
          throws Exception {
    CassandraNode node = cluster.node(2);
    try (Connection sql = connect(cluster, null, "queryMode=sql");
        Connection cql = connect(cluster, null, "queryMode=cql");
        PreparedStatement bySql =
            sql.prepareStatement("SELECT payload FROM faults.items WHERE id = ?");
        PreparedStatement byCql =
            cql.prepareStatement("SELECT payload FROM faults.items WHERE id = ?")) {
      Thread restarter = null;
      AtomicReference<RuntimeException> restartFailure = new AtomicReference<>();
      int afterReturn = 0;
      int queries = 0;
      while (afterReturn < 200) {
        if (queries == 200) {
          node.kill();
        } else if (queries == 400) {
          restarter =
              new Thread(
                  () -> {
                    try {
                      node.start();
                    } catch (RuntimeException e) {
                      restartFailure.set(e);
                    }
                  },
                  "node-restarter");
          restarter.start();
        }
        int id = (queries * 7919) % ROWS;
        PreparedStatement ps = queries % 2 == 0 ? bySql : byCql;
        ps.setInt(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next(), "row " + id);
          assertEquals("item-" + id, rs.getString(1));
        }
        queries++;
        if (restarter != null
            && !restarter.isAlive()
            && ClusterSupport.isUp(sql, node)
            && ClusterSupport.isUp(cql, node)) {
          afterReturn++;
        }
        if (restartFailure.get() != null) {
          throw new AssertionError("the node did not restart", restartFailure.get());
        }
        if (queries > 200_000) {
          fail("the driver did not see " + node + " come back");
        }
      }
      assertTrue(
          ClusterSupport.allUp(sql, 3), "the SQL connection's session reconnected to every node");
    }
    ClusterSupport.awaitAllUp(cluster);
  }

  @Test
  @Order(4)
  void
      a_connection_opened_against_one_node_keeps_working_through_the_others_when_that_node_goes_away()
          throws Exception {
    CassandraNode contact = cluster.node(0);
    try (Connection c =
            connect(cluster, contact.host() + ":" + contact.nativePort(), "queryMode=auto");
        PreparedStatement ps =
            c.prepareStatement("SELECT payload FROM faults.items WHERE id = ?")) {
      assertTrue(
          ClusterSupport.allUp(c, 3), "the driver found the other nodes from one contact point");
      contact.kill();
      for (int id = 0; id < 100; id++) {
        ps.setInt(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertEquals("item-" + id, rs.getString(1));
        }
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM faults.items")) {
        rs.next();
        assertEquals(ROWS, rs.getLong(1));
      }
    } finally {
      ClusterSupport.restart(cluster, contact);
    }
  }

  @Test
  @Order(5)
  void
      consistency_all_with_a_node_down_fails_with_a_clear_sqlstate_and_the_next_query_after_it_returns_succeeds()
          throws Exception {
    CassandraNode node = cluster.node(1);
    try (Connection c = connect(cluster, null, "queryMode=cql&consistencyLevel=ALL");
        PreparedStatement ps =
            c.prepareStatement("SELECT payload FROM faults.items WHERE id = ?")) {
      ps.setInt(1, 42);
      node.kill();
      // timed-out requests are asked again until the coordinators convict the node (13-40 s) and
      // answer "unavailable", or until readRetryWindow (60 s) runs out
      SQLException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(120),
              () -> assertThrows(SQLException.class, () -> ps.executeQuery().next()));
      assertTrue(
          Set.of("53000", "HYT00").contains(e.getSQLState()),
          e.getSQLState() + ": " + e.getMessage());
      assertTrue(
          e.getMessage().contains("ALL")
              || e.getMessage().toLowerCase().contains("replica")
              || e.getMessage().toLowerCase().contains("timed out"),
          e.getMessage());
      ClusterSupport.restart(cluster, node);
      awaitAllConsistency(ps);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("item-42", rs.getString(1));
      }
    } finally {
      if (!node.isRunning()) {
        ClusterSupport.restart(cluster, node);
      }
    }
  }

  /**
   * The driver sees the node up before every coordinator does: until gossip marks it alive
   * everywhere, a coordinator may still answer "not enough replicas" (53000) — never anything else.
   */
  private static void awaitAllConsistency(PreparedStatement ps) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      try (ResultSet rs = ps.executeQuery()) {
        return;
      } catch (SQLException e) {
        if (!e.getSQLState().equals("53000") || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }

  @Test
  @Order(6)
  void a_query_timeout_on_a_slow_scan_gives_sqltimeoutexception_and_the_connection_stays_usable()
      throws Exception {
    CassandraNode frozen = cluster.node(2);
    for (String mode : new String[] {"cql", "sql"}) {
      try (Connection c = connect(cluster, null, "queryMode=" + mode + "&consistencyLevel=ALL");
          Statement s = c.createStatement()) {
        frozen.pause();
        try {
          s.setQueryTimeout(1);
          SQLException e =
              assertTimeoutPreemptively(
                  Duration.ofSeconds(30),
                  () ->
                      assertThrows(
                          SQLException.class,
                          () -> {
                            try (ResultSet rs =
                                s.executeQuery("SELECT id, payload FROM faults.items")) {
                              while (rs.next()) {
                                rs.getString(2);
                              }
                            }
                          }));
          assertTrue(e instanceof SQLTimeoutException, mode + ": " + e);
          assertEquals("HYT00", e.getSQLState());
        } finally {
          frozen.resume();
        }
        s.setQueryTimeout(0);
        ClusterSupport.awaitAllUp(cluster);
        try (ResultSet rs = s.executeQuery("SELECT payload FROM faults.items WHERE id = 7")) {
          assertTrue(rs.next(), mode);
          assertEquals("item-7", rs.getString(1));
        }
      }
    }
  }

  @Test
  @Order(7)
  void
      a_request_timeout_too_small_for_a_frozen_replica_gives_a_clean_hyt00_once_the_retry_window_is_spent_and_the_connection_stays_usable()
          throws Exception {
    CassandraNode frozen = cluster.node(1);
    for (String mode : new String[] {"cql", "sql"}) {
      // every page needs the frozen replica (ALL): each request times out after 1 s and is asked
      // again for 3 s, then the query fails
      try (Connection c =
              connect(
                  cluster,
                  null,
                  "queryMode="
                      + mode
                      + "&consistencyLevel=ALL&requestTimeout=1000&readRetryWindow=3000");
          Statement s = c.createStatement()) {
        frozen.pause();
        long start = System.nanoTime();
        try {
          SQLException e =
              assertTimeoutPreemptively(
                  Duration.ofSeconds(30),
                  () ->
                      assertThrows(
                          SQLException.class,
                          () -> {
                            try (ResultSet rs =
                                s.executeQuery("SELECT id, payload FROM faults.items")) {
                              while (rs.next()) {
                                rs.getString(2);
                              }
                            }
                          }));
          System.out.println(
              "[cluster faults] "
                  + mode
                  + " mode, requestTimeout=1000 readRetryWindow=3000, replica frozen: "
                  + e.getSQLState()
                  + " after "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms: "
                  + e.getMessage());
          assertTrue(e instanceof SQLTimeoutException, mode + ": " + e);
          assertEquals("HYT00", e.getSQLState());
        } finally {
          frozen.resume();
        }
        ClusterSupport.awaitAllUp(cluster);
        try (ResultSet rs = s.executeQuery("SELECT payload FROM faults.items WHERE id = 7")) {
          assertTrue(rs.next(), mode);
          assertEquals("item-7", rs.getString(1));
        }
      }
    }
  }

  @Test
  @Order(8)
  void point_queries_answer_within_seconds_while_a_frozen_coordinator_never_answers()
      throws Exception {
    CassandraNode frozen = cluster.node(2);
    try (Connection c = connect(cluster, null, "queryMode=cql");
        PreparedStatement ps =
            c.prepareStatement("SELECT payload FROM faults.items WHERE id = ?")) {
      frozen.pause();
      long slowest = 0;
      long start = System.nanoTime();
      try {
        // a third of the queries go to the frozen node first: the speculative execution sent to
        // the next node after speculativeDelay answers them, long before requestTimeout (12 s)
        for (int i = 0; i < 60; i++) {
          int id = (i * 7919) % ROWS;
          ps.setInt(1, id);
          long asked = System.nanoTime();
          try (ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), "row " + id);
            assertEquals("item-" + id, rs.getString(1));
          }
          slowest = Math.max(slowest, System.nanoTime() - asked);
        }
      } finally {
        frozen.resume();
      }
      long elapsed = System.nanoTime() - start;
      System.out.println(
          "[cluster faults] 60 point queries with a frozen node: slowest "
              + slowest / 1_000_000
              + " ms, all "
              + elapsed / 1_000_000
              + " ms");
      // without speculative executions each query sent to the frozen node first would wait out
      // requestTimeout (12 s): some twenty of them, four minutes
      assertTrue(
          elapsed < 90_000_000_000L,
          "60 point queries took " + elapsed / 1_000_000 + " ms with one node frozen");
    }
    ClusterSupport.awaitAllUp(cluster);
  }

  @Test
  @Order(9)
  void
      with_every_node_down_isvalid_is_false_queries_fail_with_08006_or_08001_and_the_connection_recovers()
          throws Exception {
    try (Connection c = connect(cluster, null, "queryMode=sql");
        PreparedStatement ps =
            c.prepareStatement("SELECT payload FROM faults.items WHERE id = ?")) {
      assertTrue(c.isValid(5));
      for (int i = 2; i >= 0; i--) {
        cluster.node(i).kill();
      }
      assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> c.isValid(2)));
      ps.setInt(1, 3);
      SQLException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30),
              () -> assertThrows(SQLException.class, () -> ps.executeQuery().next()));
      assertTrue(
          Set.of("08006", "08001").contains(e.getSQLState()),
          e.getSQLState() + ": " + e.getMessage());
      cluster.startAll();
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!c.isValid(2)) {
        assertTrue(System.nanoTime() < deadline, "the connection did not recover");
        Thread.sleep(500);
      }
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("item-3", rs.getString(1));
      }
    }
  }
}
