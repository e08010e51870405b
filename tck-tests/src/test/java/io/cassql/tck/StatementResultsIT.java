package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** execute/executeQuery/executeUpdate, update counts, lightweight transactions and batches. */
class StatementResultsIT extends CassandraTestSupport {

  @BeforeAll
  static void schema() throws Exception {
    keyspace("results_ks");
  }

  @Test
  void should_report_update_counts_for_ddl_and_dml() throws Exception {
    try (Connection c = connect("/results_ks");
        Statement s = c.createStatement()) {
      assertFalse(s.execute("CREATE TABLE IF NOT EXISTS t (id int PRIMARY KEY, v text)"));
      assertEquals(0, s.getUpdateCount());
      assertNull(s.getResultSet());
      assertEquals(0, s.executeUpdate("INSERT INTO t (id, v) VALUES (1, 'a')"));
      assertTrue(s.execute("SELECT v FROM t WHERE id = 1"));
      assertEquals(-1, s.getUpdateCount());
      try (ResultSet rs = s.getResultSet()) {
        assertTrue(rs.next());
        assertEquals("a", rs.getString(1));
      }
      assertFalse(s.getMoreResults());
      assertEquals(-1, s.getUpdateCount());
    }
  }

  @Test
  void should_count_lightweight_transactions_by_whether_they_applied() throws Exception {
    cql(
        "CREATE TABLE IF NOT EXISTS results_ks.lwt (id int PRIMARY KEY, v text)",
        "TRUNCATE results_ks.lwt");
    try (Connection c = connect("/results_ks");
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO lwt (id, v) VALUES (?, ?) IF NOT EXISTS")) {
      ps.setInt(1, 1);
      ps.setString(2, "first");
      assertEquals(1, ps.executeUpdate());
      ps.setString(2, "second");
      assertEquals(0, ps.executeUpdate(), "the row exists: not applied");
      try (ResultSet rs = c.createStatement().executeQuery("SELECT v FROM lwt WHERE id = 1")) {
        assertTrue(rs.next());
        assertEquals("first", rs.getString(1));
      }
    }
  }

  @Test
  void should_run_statement_batches_in_order() throws Exception {
    try (Connection c = connect("/results_ks");
        Statement s = c.createStatement()) {
      s.addBatch("CREATE TABLE IF NOT EXISTS batch_t (id int PRIMARY KEY, v int)");
      s.addBatch("INSERT INTO batch_t (id, v) VALUES (1, 10)");
      s.addBatch("UPDATE batch_t SET v = 11 WHERE id = 1");
      int[] counts = s.executeBatch();
      assertEquals(3, counts.length);
      assertEquals(Statement.SUCCESS_NO_INFO, counts[2]);
      try (ResultSet rs = s.executeQuery("SELECT v FROM batch_t WHERE id = 1")) {
        assertTrue(rs.next());
        assertEquals(11, rs.getInt(1));
      }
    }
  }

  @Test
  void should_reuse_a_prepared_statement_with_new_parameters() throws Exception {
    cql("CREATE TABLE IF NOT EXISTS results_ks.reuse (id int PRIMARY KEY, v text)");
    try (Connection c = connect("/results_ks");
        PreparedStatement insert = c.prepareStatement("INSERT INTO reuse (id, v) VALUES (?, ?)");
        PreparedStatement select = c.prepareStatement("SELECT v FROM reuse WHERE id = ?")) {
      for (int i = 0; i < 20; i++) {
        insert.setInt(1, i);
        insert.setString(2, "v" + i);
        insert.executeUpdate();
      }
      insert.clearParameters();
      for (int i = 0; i < 20; i++) {
        select.setInt(1, i);
        try (ResultSet rs = select.executeQuery()) {
          assertTrue(rs.next());
          assertEquals("v" + i, rs.getString(1));
          assertFalse(rs.next());
        }
      }
    }
  }
}
