package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Auto mode (the default) is SQL with CQL fallback: a query that SQL validation refuses for a name
 * or function Cassandra knows (a collection column of a base table, writetime, ttl, token) runs as
 * CQL; one that both refuse reports the SQL error and names the CQL one; valid SQL stays SQL, and
 * data errors of valid SQL never fall back.
 */
class AutoModeFallbackIT extends CassandraTestSupport {
  private static Connection auto;

  @BeforeAll
  static void load() throws Exception {
    keyspace("autofb");
    cql(
        "CREATE TABLE IF NOT EXISTS autofb.t (k int PRIMARY KEY, v text, l list<text>)",
        "INSERT INTO autofb.t (k, v, l) VALUES (1, 'one', ['a', 'b']) USING TIMESTAMP 1700000000000000 AND TTL 86400",
        "INSERT INTO autofb.t (k, v, l) VALUES (2, 'two', ['c']) USING TIMESTAMP 1700000000000001");
    auto = DriverManager.getConnection(url("/autofb"), USER, PASSWORD);
  }

  @AfterAll
  static void close() throws SQLException {
    if (auto != null) {
      auto.close();
    }
  }

  private static List<String> query(String text) throws SQLException {
    return SqlModeIT.query(auto, text);
  }

  @Test
  void should_run_a_collection_column_of_a_base_table_as_cql() throws SQLException {
    assertEquals(List.of("1|[\"a\",\"b\"]"), query("SELECT k, l FROM t WHERE k = 1"));
    assertEquals(List.of("1|[\"a\",\"b\"]"), query("SELECT k, \"l\" FROM autofb.t WHERE k = 1"));
  }

  @Test
  void should_run_cql_functions_as_cql() throws SQLException {
    assertEquals(List.of("1700000000000000"), query("SELECT writetime(v) FROM t WHERE k = 1"));
    int ttl = Integer.parseInt(query("SELECT ttl(v) FROM t WHERE k = 1").get(0));
    assertTrue(ttl > 0 && ttl <= 86400, "ttl " + ttl);
    assertEquals(2, query("SELECT token(k), k FROM t").size());
  }

  @Test
  void should_prepare_cql_functions_as_cql() throws SQLException {
    try (PreparedStatement ps = auto.prepareStatement("SELECT writetime(v) FROM t WHERE k = ?")) {
      ps.setInt(1, 2);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(1700000000000001L, rs.getLong(1));
      }
    }
  }

  @Test
  void should_report_the_sql_error_naming_the_cql_one_when_both_fail() {
    SQLException e = assertThrows(SQLException.class, () -> query("SELECT nosuch FROM t"));
    assertEquals("42S22", e.getSQLState());
    assertTrue(
        e.getMessage().contains("nosuch") && e.getMessage().contains("(as CQL: "), e.getMessage());
    assertNotNull(e.getNextException());
    SQLException p =
        assertThrows(
            SQLException.class, () -> auto.prepareStatement("SELECT writetime(nosuch) FROM t"));
    assertTrue(p.getSQLState().startsWith("42"), p.getSQLState());
    assertTrue(p.getMessage().contains("(as CQL: "), p.getMessage());
  }

  @Test
  void should_keep_valid_sql_in_sql_mode_and_not_retry_its_data_errors() throws SQLException {
    // a join is SQL only: CQL has none
    assertEquals(List.of("2"), query("SELECT COUNT(*) FROM t a JOIN t b ON a.k = b.k"));
    try (Statement s = auto.createStatement()) {
      SQLException e =
          assertThrows(
              SQLException.class, () -> SqlModeIT.rows(s.executeQuery("SELECT k / 0 FROM t")));
      assertEquals("22012", e.getSQLState());
      assertFalse(e.getMessage().contains("as CQL"), e.getMessage());
    }
  }
}
