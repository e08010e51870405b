package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.jdbc.internal.conn.ConnectionImpl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JDBC contracts of statements in SQL mode and auto mode: closed statements are forgotten, a
 * statement is itself (identity, stable hash), result sets name the statement that made them, and a
 * statement's settings are its own even when another statement runs the same text.
 */
class StatementContractsIT extends CassandraTestSupport {
  private static final int CYCLES = 10_000;
  private static final String FIVE_ROWS = "SELECT id, v FROM contracts_ks.five";

  @BeforeAll
  static void load() throws Exception {
    keyspace("contracts_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS contracts_ks.five (id int PRIMARY KEY, v text)",
        "TRUNCATE contracts_ks.five");
    for (int i = 1; i <= 5; i++) {
      cql("INSERT INTO contracts_ks.five (id, v) VALUES (" + i + ", 'v" + i + "')");
    }
  }

  static Connection open(String mode) throws SQLException {
    return DriverManager.getConnection(url("?queryMode=" + mode), USER, PASSWORD);
  }

  static int openStatements(Connection c) throws SQLException {
    return c.unwrap(ConnectionImpl.class).openStatementCount();
  }

  static int count(ResultSet rs) throws SQLException {
    int n = 0;
    try (rs) {
      while (rs.next()) {
        n++;
      }
    }
    return n;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "auto"})
  void should_forget_every_closed_statement(String mode) throws Exception {
    try (Connection c = open(mode)) {
      int before = openStatements(c);
      for (int i = 0; i < CYCLES; i++) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT v FROM contracts_ks.five WHERE id = 3")) {
          assertTrue(rs.next());
        }
      }
      assertEquals(before, openStatements(c), CYCLES + " statements created, run and closed");
      for (int i = 0; i < CYCLES; i++) {
        c.prepareStatement("SELECT v FROM contracts_ks.five WHERE id = ?").close();
      }
      assertEquals(before, openStatements(c), CYCLES + " prepared statements created and closed");
      try (Statement open = c.createStatement()) {
        assertEquals(before + 1, openStatements(c), "an open statement is counted");
        assertFalse(open.isClosed());
      }
      assertEquals(before, openStatements(c));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "auto"})
  void should_be_equal_only_to_itself_with_a_stable_hash_code(String mode) throws Exception {
    try (Connection c = open(mode);
        Statement s = c.createStatement();
        Statement other = c.createStatement()) {
      int hash = s.hashCode();
      assertTrue(s.equals(s));
      assertFalse(s.equals(other));
      assertFalse(other.equals(s));
      count(s.executeQuery(FIVE_ROWS));
      assertEquals(hash, s.hashCode(), "after one text");
      count(s.executeQuery("SELECT v FROM contracts_ks.five WHERE id = 1"));
      assertEquals(hash, s.hashCode(), "after another");
      assertTrue(s.equals(s), "still itself after running texts");
      assertFalse(s.equals(other));
      count(other.executeQuery(FIVE_ROWS));
      assertFalse(s.equals(other), "running the same text does not make two statements equal");
      assertNotEquals(s, other);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "auto"})
  void should_give_result_sets_the_statement_that_ran_them(String mode) throws Exception {
    try (Connection c = open(mode);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(FIVE_ROWS)) {
        assertSame(s, rs.getStatement());
      }
      try (ResultSet rs = s.executeQuery(FIVE_ROWS)) {
        assertSame(s, rs.getStatement(), "also when the text ran before (a cached plan)");
      }
      assertTrue(s.execute("SELECT v FROM contracts_ks.five WHERE id = 2"));
      try (ResultSet rs = s.getResultSet()) {
        assertSame(s, rs.getStatement(), "execute then getResultSet");
      }
      try (Statement other = c.createStatement();
          ResultSet rs = other.executeQuery(FIVE_ROWS)) {
        assertSame(other, rs.getStatement(), "another statement running the same text");
      }
      try (PreparedStatement ps =
          c.prepareStatement("SELECT v FROM contracts_ks.five WHERE id = ?")) {
        ps.setInt(1, 4);
        try (ResultSet rs = ps.executeQuery()) {
          assertSame(ps, rs.getStatement());
        }
        ps.setInt(1, 5);
        try (ResultSet rs = ps.executeQuery()) {
          assertSame(ps, rs.getStatement(), "a prepared statement run again");
        }
        assertTrue(ps.execute());
        try (ResultSet rs = ps.getResultSet()) {
          assertSame(ps, rs.getStatement());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "auto"})
  void should_keep_max_rows_to_the_statement_that_set_it(String mode) throws Exception {
    try (Connection c = open(mode);
        Statement s1 = c.createStatement();
        Statement s2 = c.createStatement()) {
      s1.setMaxRows(1);
      assertEquals(1, count(s1.executeQuery(FIVE_ROWS)));
      assertEquals(5, count(s2.executeQuery(FIVE_ROWS)), "s2 never set maxRows");
      assertEquals(1, count(s1.executeQuery(FIVE_ROWS)));
      assertEquals(5, count(s2.executeQuery(FIVE_ROWS)));
      assertEquals(1, s1.getMaxRows());
      assertEquals(0, s2.getMaxRows());
      try (PreparedStatement p1 = c.prepareStatement(FIVE_ROWS);
          PreparedStatement p2 = c.prepareStatement(FIVE_ROWS)) {
        p1.setMaxRows(2);
        assertEquals(2, count(p1.executeQuery()));
        assertEquals(
            5, count(p2.executeQuery()), "prepared statements of one text have their own settings");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "auto"})
  void should_keep_fetch_size_and_query_timeout_to_the_statement_that_set_them(String mode)
      throws Exception {
    try (Connection c = open(mode);
        Statement s1 = c.createStatement();
        Statement s2 = c.createStatement()) {
      int defaultFetchSize = s2.getFetchSize();
      s1.setFetchSize(7);
      s1.setQueryTimeout(3);
      try (ResultSet rs = s1.executeQuery(FIVE_ROWS)) {
        assertEquals(7, rs.getFetchSize(), "a result set starts with its statement's fetch size");
        assertEquals(5, count(rs));
      }
      try (ResultSet rs = s2.executeQuery(FIVE_ROWS)) {
        assertEquals(
            defaultFetchSize, rs.getFetchSize(), "s2's result set does not take s1's fetch size");
        assertEquals(5, count(rs));
      }
      assertEquals(7, s1.getFetchSize());
      assertEquals(3, s1.getQueryTimeout());
      assertEquals(defaultFetchSize, s2.getFetchSize(), "s1's fetch size is not s2's");
      assertEquals(0, s2.getQueryTimeout(), "s1's query timeout is not s2's");
      try (ResultSet rs = s1.executeQuery(FIVE_ROWS)) {
        assertEquals(7, rs.getFetchSize());
        assertEquals(5, count(rs));
      }
      assertEquals(7, s1.getFetchSize(), "nor does s2 reset s1's");
      assertEquals(3, s1.getQueryTimeout());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "auto"})
  void should_close_the_open_result_set_with_its_statement(String mode) throws Exception {
    try (Connection c = open(mode)) {
      Statement s = c.createStatement();
      ResultSet rs = s.executeQuery(FIVE_ROWS);
      assertTrue(rs.next());
      s.close();
      assertTrue(s.isClosed());
      assertTrue(rs.isClosed(), "closing a statement closes its result set");
      PreparedStatement ps = c.prepareStatement("SELECT v FROM contracts_ks.five WHERE id = ?");
      ps.setInt(1, 1);
      ResultSet prs = ps.executeQuery();
      ps.close();
      assertTrue(prs.isClosed(), "also for a prepared statement");
      Statement again = c.createStatement();
      ResultSet first = again.executeQuery(FIVE_ROWS);
      ResultSet second = again.executeQuery("SELECT v FROM contracts_ks.five WHERE id = 1");
      assertTrue(first.isClosed(), "running the statement again closes its previous result set");
      assertFalse(second.isClosed());
      again.close();
      assertTrue(second.isClosed());
    }
  }
}
