package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Honest partial failure against the real node: a batch whose entry fails in the middle reports
 * every entry (applied, failed, never sent) only after the requests in flight have answered, and
 * the rows in the table are exactly the entries reported applied; a multi-row INSERT that fails
 * part-way says how many rows it wrote.
 */
class PartialFailureIT extends CassandraTestSupport {
  private static final String KS = "partial_failure";
  private static final int OK = Statement.SUCCESS_NO_INFO;
  private static final int FAILED = Statement.EXECUTE_FAILED;

  @BeforeAll
  static void createTables() throws SQLException {
    keyspace(KS);
    cql(
        "CREATE TABLE IF NOT EXISTS " + KS + ".cql_batch (id int PRIMARY KEY, v text)",
        "CREATE TABLE IF NOT EXISTS " + KS + ".text_batch (id int PRIMARY KEY, v text)",
        "CREATE TABLE IF NOT EXISTS " + KS + ".sql_batch (id int PRIMARY KEY, v text)",
        "CREATE TABLE IF NOT EXISTS " + KS + ".multi_row (id int PRIMARY KEY, v text)");
  }

  private static Connection sql() throws SQLException {
    return DriverManager.getConnection(url("/" + KS + "?queryMode=sql"), USER, PASSWORD);
  }

  private static Set<Integer> ids(String table) throws SQLException {
    Set<Integer> ids = new HashSet<>();
    try (Connection c = connect("/" + KS);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM " + table)) {
      while (rs.next()) {
        ids.add(rs.getInt(1));
      }
    }
    return ids;
  }

  /** The table holds exactly the entries (ids 1, 2, ...) that {@code counts} reports applied. */
  private static void assertAppliedExactly(int[] counts, String table) throws SQLException {
    Set<Integer> present = ids(table);
    Set<Integer> applied = new HashSet<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != FAILED) {
        applied.add(i + 1);
      }
    }
    assertEquals(applied, present);
  }

  @Test
  void should_wait_for_the_requests_in_flight_and_report_every_prepared_entry() throws Exception {
    int entries = 200;
    int bad = 100; // 1-based: its key is null, which Cassandra refuses
    BatchUpdateException e;
    try (Connection c = connect("/" + KS);
        PreparedStatement ps = c.prepareStatement("INSERT INTO cql_batch (id, v) VALUES (?, ?)")) {
      for (int id = 1; id <= entries; id++) {
        if (id == bad) {
          ps.setNull(1, Types.INTEGER);
        } else {
          ps.setInt(1, id);
        }
        ps.setString(2, "v" + id);
        ps.addBatch();
      }
      e = assertThrows(BatchUpdateException.class, ps::executeBatch);
    }
    int[] counts = e.getUpdateCounts();
    assertEquals(entries, counts.length, "one count per entry");
    assertEquals(FAILED, counts[bad - 1]);
    for (int i = 0; i < bad - 1; i++) {
      assertEquals(OK, counts[i], "entry " + (i + 1) + " was sent before the failing one");
    }
    // at most 32 requests are in flight: entries far enough after the failing one were never sent
    for (int i = bad + 32; i < entries; i++) {
      assertEquals(FAILED, counts[i], "entry " + (i + 1) + " was not sent");
    }
    assertTrue(e.getMessage().startsWith("batch entry " + bad + " of " + entries + " failed"));
    assertTrue(e.getMessage().contains("not sent: "), e.getMessage());
    assertEquals(e.getCause(), e.getNextException());
    assertAppliedExactly(counts, "cql_batch");
  }

  @Test
  void should_report_every_entry_of_a_statement_batch_in_cql_mode() throws Exception {
    BatchUpdateException e;
    try (Connection c = connect("/" + KS);
        Statement s = c.createStatement()) {
      s.addBatch("INSERT INTO text_batch (id, v) VALUES (1, 'a')");
      s.addBatch("INSERT INTO text_batch (id, v) VALUES (2, 'b')");
      s.addBatch("INSERT INTO text_batch (id, v) VALUES (null, 'c')");
      s.addBatch("INSERT INTO text_batch (id, v) VALUES (4, 'd')");
      e = assertThrows(BatchUpdateException.class, s::executeBatch);
    }
    assertArrayEquals(new int[] {OK, OK, FAILED, FAILED}, e.getUpdateCounts());
    assertTrue(e.getMessage().endsWith("(applied: 1-2; failed: 3; not sent: 4)"), e.getMessage());
    assertAppliedExactly(e.getUpdateCounts(), "text_batch");
  }

  @Test
  void should_report_every_entry_of_a_sql_mode_write_batch_with_rows_written() throws Exception {
    BatchUpdateException e;
    try (Connection c = sql();
        PreparedStatement ps = c.prepareStatement("INSERT INTO sql_batch (id, v) VALUES (?, ?)")) {
      for (int id = 1; id <= 5; id++) {
        if (id == 3) {
          ps.setNull(1, Types.INTEGER);
        } else {
          ps.setInt(1, id);
        }
        ps.setString(2, "v" + id);
        ps.addBatch();
      }
      e = assertThrows(BatchUpdateException.class, ps::executeBatch);
    }
    assertArrayEquals(new int[] {1, 1, FAILED, FAILED, FAILED}, e.getUpdateCounts());
    assertTrue(e.getMessage().contains("not sent: 4-5"), e.getMessage());
    assertAppliedExactly(e.getUpdateCounts(), "sql_batch");
  }

  @Test
  void should_say_how_many_rows_a_multi_row_insert_wrote_before_its_failing_row() throws Exception {
    try (Connection c = sql();
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO multi_row (id, v) VALUES (?, ?), (?, ?), (?, ?)")) {
      ps.setInt(1, 1);
      ps.setString(2, "a");
      ps.setNull(3, Types.INTEGER);
      ps.setString(4, "b");
      ps.setInt(5, 3);
      ps.setString(6, "c");
      SQLException e = assertThrows(SQLException.class, ps::executeUpdate);
      assertTrue(
          e.getMessage().startsWith("row 2 of 3 failed, 1 row was written before it"),
          e.getMessage());
      assertEquals(1, ps.getUpdateCount());
    }
    assertEquals(Set.of(1), ids("multi_row"));
    try (Connection c = sql();
        Statement s = c.createStatement()) {
      SQLException e =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "INSERT INTO multi_row (id, v) VALUES (11, 'a'), (12, 'b'), (NULL, 'c')"));
      assertTrue(
          e.getMessage().startsWith("row 3 of 3 failed, 2 rows were written before it"),
          e.getMessage());
      assertEquals(2, s.getUpdateCount());
    }
    assertEquals(Set.of(1, 11, 12), ids("multi_row"));
  }
}
