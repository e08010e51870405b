package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every kind of bad input gets an SQLException with the right SQLSTATE and a clear message. */
class ErrorsIT extends CassandraTestSupport {

  @BeforeAll
  static void schema() throws Exception {
    keyspace("errors_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS errors_ks.t (id int PRIMARY KEY, v text, n int)",
        "INSERT INTO errors_ks.t (id, v, n) VALUES (1, 'one', 1)",
        "INSERT INTO errors_ks.t (id, v, n) VALUES (2, 'two', 2)");
  }

  private static SQLException fails(String state, Executable call) {
    SQLException e = assertThrows(SQLException.class, call);
    assertEquals(state, e.getSQLState(), e.getMessage());
    assertFalse(e.getMessage().contains(PASSWORD + "'"), e.getMessage());
    return e;
  }

  private static void query(String cql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeQuery(cql).close();
    }
  }

  @Test
  void should_report_bad_cql_as_42000() {
    SQLException e = fails("42000", () -> query("SELEKT * FROM errors_ks.t"));
    assertTrue(e.getMessage().toLowerCase().contains("selekt"), e.getMessage());
    fails("42000", () -> query("SELECT * FROM errors_ks.t WHERE v = 'x'"));
    fails("42000", () -> query("INSERT INTO errors_ks.t (v) VALUES ('no key')"));
  }

  @Test
  void should_report_unknown_keyspaces_and_tables_as_42S02() {
    SQLException table = fails("42S02", () -> query("SELECT * FROM errors_ks.missing"));
    assertTrue(table.getMessage().contains("missing"), table.getMessage());
    fails("42S02", () -> query("SELECT * FROM no_such_ks.t"));
    fails("42S02", () -> connect("/no_such_ks"));
    fails(
        "42S02",
        () -> {
          try (Connection c = connect()) {
            c.setSchema("no_such_ks");
          }
        });
  }

  @Test
  void should_report_unknown_columns_as_42S22() {
    SQLException e = fails("42S22", () -> query("SELECT nope FROM errors_ks.t"));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
    fails(
        "42S22",
        () -> {
          try (Connection c = connect();
              ResultSet rs = c.createStatement().executeQuery("SELECT id FROM errors_ks.t")) {
            rs.next();
            rs.getString("nope");
          }
        });
  }

  @Test
  void should_report_bad_indexes_and_cursor_misuse() throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, v FROM errors_ks.t WHERE id = 1")) {
      fails("24000", () -> rs.getInt(1));
      assertTrue(rs.next());
      fails("07009", () -> rs.getInt(3));
      fails("07009", () -> rs.getInt(0));
      fails("22018", () -> rs.getInt(2));
      assertFalse(rs.next());
      fails("24000", () -> rs.getInt(1));
    }
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement("SELECT v FROM errors_ks.t WHERE id = ?")) {
      fails("07009", () -> ps.setInt(2, 1));
      fails("07001", ps::executeQuery);
      fails("22018", () -> ps.setString(1, "not a number"));
      fails("22003", () -> ps.setLong(1, 1L << 40));
    }
  }

  @Test
  void should_report_wrong_statement_kinds() throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      fails("02000", () -> s.executeQuery("INSERT INTO errors_ks.t (id, v) VALUES (9, 'x')"));
      fails("0100E", () -> s.executeUpdate("SELECT * FROM errors_ks.t"));
      fails("42000", () -> s.execute("   "));
    }
  }

  @Test
  void should_report_closed_objects() throws Exception {
    Connection c = connect();
    Statement s = c.createStatement();
    ResultSet rs = s.executeQuery("SELECT id FROM errors_ks.t");
    rs.close();
    rs.close();
    fails("HY010", rs::next);
    s.close();
    s.close();
    fails("HY010", () -> s.executeQuery("SELECT id FROM errors_ks.t"));
    Statement open = c.createStatement();
    ResultSet openRs = open.executeQuery("SELECT id FROM errors_ks.t");
    c.close();
    c.close();
    assertTrue(open.isClosed(), "closing a connection closes its statements");
    assertTrue(openRs.isClosed(), "and their result sets");
    fails("08003", c::createStatement);
    fails("08003", () -> c.prepareStatement("SELECT id FROM errors_ks.t"));
    assertFalse(c.isValid(1));
  }

  /**
   * An aggregate over 20,000 rows of 1 KB is one request that takes well over the driver's 100 ms
   * timer tick.
   */
  @Test
  void should_time_out_with_sqltimeoutexception_and_keep_the_connection_usable() throws Exception {
    cql("CREATE TABLE IF NOT EXISTS errors_ks.big (id int PRIMARY KEY, v text)");
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO errors_ks.big (id, v) VALUES (?, ?)")) {
      String kb = "x".repeat(1024);
      for (int i = 0; i < 20_000; i++) {
        ps.setInt(1, i);
        ps.setString(2, kb + i);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    // a page timed out is not asked for again (readRetryWindow=0): HYT00 at once
    try (Connection c = connect("?requestTimeout=1&readRetryWindow=0");
        Statement s = c.createStatement()) {
      SQLException e =
          fails("HYT00", () -> s.executeQuery("SELECT count(*), max(v) FROM errors_ks.big"));
      assertInstanceOf(SQLTimeoutException.class, e);
      s.setQueryTimeout(10);
      try (ResultSet rs = s.executeQuery("SELECT id FROM errors_ks.t WHERE id = 1")) {
        assertTrue(rs.next());
      }
    }
  }

  @Test
  void should_refuse_unsupported_features_with_0A000() throws Exception {
    try (Connection c = connect()) {
      assertInstanceOf(SQLFeatureNotSupportedException.class, fails("0A000", c::setSavepoint));
      fails("0A000", () -> c.prepareCall("CALL x()"));
      fails("0A000", c::createBlob);
      try (Statement s = c.createStatement()) {
        fails("0A000", s::getGeneratedKeys);
        ResultSet rs = s.executeQuery("SELECT id FROM errors_ks.t");
        fails("0A000", rs::previous);
        fails("0A000", () -> rs.updateInt(1, 5));
      }
    }
  }

  @Test
  void should_report_missing_permissions_as_42000() throws Exception {
    cql("CREATE ROLE IF NOT EXISTS reader WITH PASSWORD = 'reader-pw' AND LOGIN = true");
    try (Connection c = DriverManager.getConnection(url("?queryMode=cql"), "reader", "reader-pw");
        Statement s = c.createStatement()) {
      SQLException e = fails("42000", () -> s.executeQuery("SELECT * FROM errors_ks.t"));
      assertTrue(e.getMessage().toLowerCase().contains("permission"), e.getMessage());
    }
  }

  @Test
  void should_never_put_a_password_in_a_message() {
    SQLException e =
        assertThrows(
            SQLException.class,
            () ->
                DriverManager.getConnection(
                    url("?queryMode=cql&user=cassandra&password=Wr0ngSecret")));
    assertEquals("28000", e.getSQLState());
    assertFalse(e.getMessage().contains("Wr0ngSecret"), e.getMessage());
    SQLException role =
        assertThrows(
            SQLException.class,
            () -> cql("CREATE ROLE reader WITH PASSWORD = 'TopSecret99' AND LOGIN = true"));
    assertFalse(role.getMessage().contains("TopSecret99"), role.getMessage());
  }
}
