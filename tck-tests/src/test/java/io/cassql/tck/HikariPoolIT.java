package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cassql.jdbc.internal.session.SessionRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A HikariCP pool of CasSQL connections sharing one node and one session. */
class HikariPoolIT extends CassandraTestSupport {

  @BeforeAll
  static void schema() throws Exception {
    keyspace("pool_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS pool_ks.counter_rows (worker int, n int, v text, PRIMARY KEY (worker, n))");
  }

  @Test
  void should_serve_many_threads_from_a_pool_of_connections() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url("/pool_ks?queryMode=cql"));
    config.setUsername(USER);
    config.setPassword(PASSWORD);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(4);
    config.setPoolName("cassql-test-pool");
    int before = SessionRegistry.instance().openSessions();
    try (HikariDataSource pool = new HikariDataSource(config)) {
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<Integer>> results = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        int worker = w;
        results.add(
            threads.submit(
                () -> {
                  for (int n = 0; n < 25; n++) {
                    try (Connection c = pool.getConnection();
                        PreparedStatement ps =
                            c.prepareStatement(
                                "INSERT INTO counter_rows (worker, n, v) VALUES (?, ?, ?)")) {
                      ps.setInt(1, worker);
                      ps.setInt(2, n);
                      ps.setString(3, worker + ":" + n);
                      ps.executeUpdate();
                    }
                  }
                  try (Connection c = pool.getConnection();
                      PreparedStatement ps =
                          c.prepareStatement("SELECT n, v FROM counter_rows WHERE worker = ?")) {
                    ps.setInt(1, worker);
                    int rows = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                      while (rs.next()) {
                        assertEquals(worker + ":" + rs.getInt(1), rs.getString(2));
                        rows++;
                      }
                    }
                    return rows;
                  }
                }));
      }
      for (Future<Integer> f : results) {
        assertEquals(25, f.get());
      }
      threads.shutdown();
      assertEquals(
          before + 1,
          SessionRegistry.instance().openSessions(),
          "pooled connections share one session");
      assertEquals(4, pool.getHikariPoolMXBean().getTotalConnections());
    }
    assertEquals(
        before, SessionRegistry.instance().openSessions(), "closing the pool closes the session");
    assertTrue(
        Thread.getAllStackTraces().keySet().stream()
            .noneMatch(
                t -> t.isAlive() && t.getName().startsWith("cassql-test-pool connection adder")));
  }
}
