package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import io.cassql.jdbc.internal.cql.CqlResultSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Results read page by page across page boundaries, and maxRows. */
class PagingIT extends CassandraTestSupport {
  private static final int ROWS = 1003;

  @BeforeAll
  static void load() throws Exception {
    keyspace("paging_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS paging_ks.items (part int, seq int, label text, PRIMARY KEY (part, seq))");
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO paging_ks.items (part, seq, label) VALUES (?, ?, ?)")) {
      for (int i = 0; i < ROWS; i++) {
        ps.setInt(1, i % 7);
        ps.setInt(2, i);
        ps.setString(3, "item-" + i);
        ps.addBatch();
      }
      assertEquals(ROWS, ps.executeBatch().length);
    }
  }

  @Test
  void should_read_every_row_exactly_once_across_pages() throws Exception {
    try (Connection c = connect("?fetchSize=50");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT seq, label FROM paging_ks.items")) {
      Set<Integer> seen = new HashSet<>();
      int count = 0;
      while (rs.next()) {
        count++;
        assertTrue(seen.add(rs.getInt(1)), "row twice: " + rs.getInt(1));
        assertEquals("item-" + rs.getInt(1), rs.getString(2));
      }
      assertEquals(ROWS, count);
      assertEquals(ROWS, seen.size());
    }
  }

  @Test
  void should_fetch_pages_of_the_statement_fetch_size_lazily() throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.setFetchSize(10);
      assertEquals(10, s.getFetchSize());
      try (ResultSet rs = s.executeQuery("SELECT seq FROM paging_ks.items WHERE part = 0")) {
        CqlResultSet cql = rs.unwrap(CqlResultSet.class);
        ExecutionInfo first = cql.executionInfo();
        assertTrue(first.getPagingState() != null, "more pages remain after the first page");
        int count = 0;
        while (rs.next()) {
          count++;
        }
        assertEquals((ROWS + 6) / 7, count);
        assertTrue(cql.executionInfo() != first, "later pages were fetched as the caller advanced");
      }
    }
  }

  @Test
  void should_stop_at_max_rows() throws Exception {
    try (Connection c = connect("?fetchSize=100");
        Statement s = c.createStatement()) {
      s.setMaxRows(5);
      assertEquals(5, s.getMaxRows());
      try (ResultSet rs = s.executeQuery("SELECT seq FROM paging_ks.items")) {
        int count = 0;
        while (rs.next()) {
          count++;
        }
        assertEquals(5, count);
        assertFalse(rs.next());
      }
      s.setMaxRows(0);
      try (ResultSet rs = s.executeQuery("SELECT seq FROM paging_ks.items WHERE part = 1")) {
        int count = 0;
        while (rs.next()) {
          count++;
        }
        assertEquals((ROWS + 5) / 7, count);
      }
    }
  }

  @Test
  void should_apply_max_rows_to_prepared_statements_across_pages() throws Exception {
    try (Connection c = connect("?fetchSize=3");
        PreparedStatement ps =
            c.prepareStatement("SELECT seq FROM paging_ks.items WHERE part = ?")) {
      ps.setMaxRows(8);
      ps.setInt(1, 2);
      try (ResultSet rs = ps.executeQuery()) {
        int count = 0;
        int last = -1;
        while (rs.next()) {
          assertTrue(rs.getInt(1) > last, "clustering order is kept");
          last = rs.getInt(1);
          count++;
          assertEquals(count, rs.getRow());
        }
        assertEquals(8, count);
      }
    }
  }
}
