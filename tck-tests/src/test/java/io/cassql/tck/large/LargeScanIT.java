package io.cassql.tck.large;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.cassql.embedded.CassandraNode;
import io.cassql.embedded.junit.SharedCassandraExtension;
import io.cassql.jdbc.CasSqlConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A full scan of one million rows in a JVM of at most 256 MB: rows stream, every row exactly once.
 */
@ExtendWith(SharedCassandraExtension.class)
class LargeScanIT {
  private static final int BUCKETS = 1000;
  private static final int PER_BUCKET = 1000;
  private static final int ROWS = BUCKETS * PER_BUCKET;
  private static String url;

  @BeforeAll
  static void load(CassandraNode node) throws Exception {
    assertTrue(
        Runtime.getRuntime().maxMemory() <= 256L * 1024 * 1024, "this suite runs with -Xmx256m");
    url = "jdbc:cassandra://" + node.host() + ":" + node.nativePort() + "?queryMode=cql";
    try (Connection c = connectWithRetry()) {
      c.createStatement()
          .execute(
              "CREATE KEYSPACE IF NOT EXISTS big WITH replication = "
                  + "{'class': 'SimpleStrategy', 'replication_factor': 1}");
      c.createStatement()
          .execute(
              "CREATE TABLE IF NOT EXISTS big.items (bucket int, id int, payload text, "
                  + "PRIMARY KEY ((bucket), id))");
      CqlSession session = c.unwrap(CasSqlConnection.class).getCqlSession();
      PreparedStatement insert =
          session.prepare("INSERT INTO big.items (bucket, id, payload) VALUES (?, ?, ?)");
      Semaphore inFlight = new Semaphore(64);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      for (int b = 0; b < BUCKETS; b++) {
        for (int chunk = 0; chunk < PER_BUCKET; chunk += 100) {
          BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
          for (int i = chunk; i < chunk + 100; i++) {
            int id = b * PER_BUCKET + i;
            batch.addStatement(insert.bind(b, id, "payload-" + id + "-0123456789abcdef"));
          }
          inFlight.acquire();
          CompletableFuture<?> f = session.executeAsync(batch.build()).toCompletableFuture();
          f.whenComplete(
              (r, e) -> {
                if (e != null) {
                  failure.compareAndSet(null, e);
                }
                inFlight.release();
              });
        }
      }
      inFlight.acquire(64);
      if (failure.get() != null) {
        throw new AssertionError("load failed", failure.get());
      }
    }
  }

  private static Connection connectWithRetry() throws Exception {
    Exception last = null;
    for (int i = 0; i < 60; i++) {
      try {
        return DriverManager.getConnection(url, "cassandra", "cassandra");
      } catch (Exception e) {
        last = e;
        Thread.sleep(500);
      }
    }
    throw last;
  }

  @Test
  void should_stream_a_million_rows_through_sql_mode_exactly_once() throws Exception {
    BitSet seen = new BitSet(ROWS);
    long count = 0;
    try (Connection c =
            DriverManager.getConnection(
                url.replace("queryMode=cql", "queryMode=sql"), "cassandra", "cassandra");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, payload FROM big.items")) {
      while (rs.next()) {
        int id = rs.getInt(1);
        assertFalse(seen.get(id), "row " + id + " came twice");
        seen.set(id);
        count++;
        if (id % 99_991 == 0) {
          assertEquals("payload-" + id + "-0123456789abcdef", rs.getString(2));
        }
      }
      assertTrue(
          c.unwrap(CasSqlConnection.class).recentPushedCql().get(0).contains("token(bucket) >"),
          "the scan was read by token ranges");
    }
    assertEquals(ROWS, count);
    assertEquals(ROWS, seen.cardinality());
  }

  @Test
  void should_aggregate_a_million_rows_in_bounded_memory() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                url.replace("queryMode=cql", "queryMode=sql"), "cassandra", "cassandra");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT bucket), MAX(id) FROM big.items")) {
      assertTrue(rs.next());
      assertEquals(ROWS, rs.getLong(1));
      assertEquals(BUCKETS, rs.getLong(2));
      assertEquals(ROWS - 1, rs.getInt(3));
    }
  }
}
