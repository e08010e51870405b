package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.jdbc.internal.conn.ConnectionImpl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plain-statement texts that differ only in the literals of their conditions share one cached plan:
 * each gets its own correct rows, the literals still reach Cassandra as pushed key predicates, and
 * literal types (decimal scale, string length, integer vs decimal) keep their meaning.
 */
class PlanCacheIT extends CassandraTestSupport {

  @BeforeAll
  static void load() throws Exception {
    keyspace("perf");
    cql(
        "CREATE TABLE IF NOT EXISTS perf.items (k int, c int, big bigint, name text, price decimal, "
            + "PRIMARY KEY (k, c))",
        "CREATE TABLE IF NOT EXISTS perf.named (name text PRIMARY KEY, k int)",
        "TRUNCATE perf.items",
        "TRUNCATE perf.named");
    try (Connection c = connect();
        PreparedStatement items =
            c.prepareStatement(
                "INSERT INTO perf.items (k, c, big, name, price) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement named =
            c.prepareStatement("INSERT INTO perf.named (name, k) VALUES (?, ?)")) {
      for (int k = 0; k < 100; k++) {
        for (int cl = 0; cl < 2; cl++) {
          items.setInt(1, k);
          items.setInt(2, cl);
          items.setLong(3, 5_000_000_000L + k);
          items.setString(4, String.format("item-%03d", k));
          items.setBigDecimal(5, new java.math.BigDecimal(k + "." + (cl == 0 ? "5" : "25")));
          items.addBatch();
        }
        named.setString(1, String.format("item-%03d", k));
        named.setInt(2, k);
        named.addBatch();
      }
      items.executeBatch();
      named.executeBatch();
    }
  }

  private static Connection sql() throws SQLException {
    return DriverManager.getConnection(url("?queryMode=sql"), USER, PASSWORD);
  }

  private static ConnectionImpl impl(Connection c) throws SQLException {
    return c.unwrap(ConnectionImpl.class);
  }

  @Test
  void should_plan_once_for_a_hundred_texts_differing_only_in_a_literal_and_answer_each_correctly()
      throws Exception {
    try (Connection c = sql()) {
      long hits = impl(c).sqlPlanCacheHits();
      for (int k = 0; k < 100; k++) {
        assertEquals(
            List.of(
                k + "|0|item-" + String.format("%03d", k),
                k + "|1|item-" + String.format("%03d", k)),
            SqlModeIT.query(c, "SELECT k, c, name FROM perf.items WHERE k = " + k + " ORDER BY c"));
        assertEquals(
            "SELECT k, c, name FROM perf.items WHERE k = ? ORDER BY c ASC",
            SqlModeIT.lastCql(c),
            "the literal is still a pushed partition-key predicate");
      }
      assertEquals(hits + 99, impl(c).sqlPlanCacheHits(), "one plan made, reused 99 times");
    }
  }

  @Test
  void should_share_plans_across_string_literals_of_one_length_and_push_them() throws Exception {
    try (Connection c = sql()) {
      long hits = impl(c).sqlPlanCacheHits();
      for (int k = 0; k < 20; k++) {
        String name = String.format("item-%03d", k);
        assertEquals(
            List.of(String.valueOf(k)),
            SqlModeIT.query(c, "SELECT k FROM perf.named WHERE name = '" + name + "'"));
        assertEquals("SELECT k FROM perf.named WHERE name = ?", SqlModeIT.lastCql(c));
      }
      assertEquals(hits + 19, impl(c).sqlPlanCacheHits());
      assertEquals(
          List.of(),
          SqlModeIT.query(c, "SELECT k FROM perf.named WHERE name = 'item-0'"),
          "a shorter string is another type (CHAR(6)): another plan, still right");
      assertEquals(hits + 19, impl(c).sqlPlanCacheHits());
      assertEquals(
          List.of("7"),
          SqlModeIT.query(c, "SELECT k FROM perf.named WHERE name = 'it''s' OR k = 7"));
    }
  }

  @Test
  void should_keep_the_meaning_of_literal_types() throws Exception {
    try (Connection c = sql()) {
      assertEquals(
          List.of(),
          SqlModeIT.query(c, "SELECT c FROM perf.items WHERE k = 1.5"),
          "an int column never equals 1.5 (no rounding of the literal to the column's type)");
      assertEquals(
          List.of("0"),
          SqlModeIT.query(c, "SELECT c FROM perf.items WHERE k = 3 AND price = 3.50"));
      assertEquals(
          List.of("0"), SqlModeIT.query(c, "SELECT c FROM perf.items WHERE k = 3 AND price = 3.5"));
      assertEquals(
          List.of("1"),
          SqlModeIT.query(
              c, "SELECT c FROM perf.items WHERE k = 3 AND price > 3.2 AND price < 3.3"));
      assertEquals(
          List.of("4|0", "4|1"),
          SqlModeIT.query(c, "SELECT k, c FROM perf.items WHERE big = 5000000004 ORDER BY c"));
      assertEquals(
          List.of("2"),
          SqlModeIT.query(c, "SELECT COUNT(*) FROM perf.items WHERE k = 9 AND c BETWEEN 0 AND 1"));
      assertEquals(
          List.of("item-098|2", "item-099|2"),
          SqlModeIT.query(
              c,
              "SELECT i.name, COUNT(*) FROM perf.items i JOIN perf.named n ON i.name = n.name AND n.k > 97 "
                  + "GROUP BY i.name HAVING COUNT(*) > 1 ORDER BY 1 LIMIT 5"));
      assertEquals(
          List.of("5|item-005"),
          SqlModeIT.query(
              c, "SELECT k, name FROM perf.items WHERE k = 5 AND c = 0 AND name LIKE 'item-00%'"));
    }
  }

  @Test
  void should_count_a_whole_table_by_parallel_token_ranges() throws Exception {
    try (Connection c = sql()) {
      assertEquals(List.of("200"), SqlModeIT.query(c, "SELECT COUNT(*) FROM perf.items"));
      assertEquals(
          "SELECT k FROM perf.items WHERE token(k) > ? AND token(k) <= ?",
          SqlModeIT.lastCql(c),
          "COUNT(*) reads only the partition key, split by token range");
      assertEquals(
          List.of("200|" + (200 * 5_000_000_000L + 2 * 4950)),
          SqlModeIT.query(c, "SELECT COUNT(*), SUM(big) FROM perf.items"));
      assertTrue(SqlModeIT.lastCql(c).contains("token(k) > ?"), SqlModeIT.lastCql(c));
    }
  }
}
