package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SQL mode never returns a wrong number quietly: whole-number arithmetic, sums and narrowing casts
 * that leave their type's range fail with 22003 (where Java arithmetic would wrap), errors of
 * constant expressions folded by the planner keep their own SQLSTATE (an invalid date is 22007, not
 * an internal error), and the connection answers the next query.
 */
class DataExceptionsIT extends CassandraTestSupport {
  private static Connection sql;

  @BeforeAll
  static void load() throws Exception {
    keyspace("dx");
    cql(
        "CREATE TABLE IF NOT EXISTS dx.nums (k int PRIMARY KEY, i int, b bigint, s smallint, t tinyint, "
            + "d decimal, f double)");
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO dx.nums (k, i, b, s, t, d, f) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int k = 1; k <= 3; k++) {
        ps.setInt(1, k);
        ps.setInt(2, k == 3 ? Integer.MAX_VALUE : k);
        ps.setLong(3, k == 3 ? Long.MAX_VALUE : k);
        ps.setShort(4, (short) k);
        ps.setByte(5, (byte) k);
        ps.setBigDecimal(6, new BigDecimal("12345678901234.25"));
        ps.setDouble(7, 1e300);
        ps.executeUpdate();
      }
    }
    sql = DriverManager.getConnection(url("/dx?queryMode=sql"), USER, PASSWORD);
  }

  @AfterAll
  static void close() throws SQLException {
    if (sql != null) {
      sql.close();
    }
  }

  private static SQLException failure(String query) {
    return assertThrows(
        SQLException.class,
        () -> {
          try (Statement s = sql.createStatement();
              ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
              rs.getObject(1);
            }
          }
        },
        query);
  }

  private static List<String> rows(String query) throws SQLException {
    try (Statement s = sql.createStatement()) {
      return SqlModeIT.rows(s.executeQuery(query));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT CAST(k AS INTEGER) * 2147483647 * 2 FROM nums",
        "SELECT i + 1 FROM nums",
        "SELECT -i - 2 FROM nums",
        "SELECT b * 2 FROM nums WHERE k = 3",
        "SELECT b + k FROM nums",
        "SELECT s * CAST(20000 AS SMALLINT) FROM nums",
        "SELECT t * CAST(100 AS TINYINT) FROM nums",
        "SELECT SUM(b) FROM nums",
        "SELECT k, SUM(b) OVER (ORDER BY k) FROM nums",
        "SELECT SUM(i * 2) FROM nums",
        "SELECT CAST(b AS INTEGER) FROM nums",
        "SELECT CAST(i AS SMALLINT) FROM nums",
        "SELECT CAST(d AS INTEGER) FROM nums",
        "SELECT CAST(f AS BIGINT) FROM nums",
        "SELECT CAST(2147483647 AS INTEGER) + 1 FROM nums",
        "SELECT CAST(9223372036854775807 AS BIGINT) * 2",
        "SELECT CAST(d AS DECIMAL(10, 2)) FROM nums",
        "SELECT CAST(f AS REAL) FROM nums",
        "SELECT CAST(1e300 AS REAL) FROM nums",
      })
  void overflow_is_22003(String query) throws SQLException {
    SQLException e = failure(query);
    assertEquals("22003", e.getSQLState(), () -> query + ": " + e);
    assertEquals(List.of("1"), rows("SELECT k FROM nums WHERE k = 1"));
  }

  @Test
  void results_in_range_stay_exact() throws SQLException {
    assertEquals(
        List.of("1|4294967294", "2|8589934588", "3|9223372028264841218"),
        rows("SELECT k, CAST(i AS BIGINT) * 2147483647 * 2 FROM nums ORDER BY k"));
    assertEquals(List.of("2147483650"), rows("SELECT SUM(i) FROM nums"));
    assertEquals(List.of("37037036703702.75"), rows("SELECT SUM(d) FROM nums"));
    assertEquals(List.of("1.5"), rows("SELECT AVG(i) FROM nums WHERE k < 3"));
    assertEquals(List.of("3"), rows("SELECT SUM(b) FROM nums WHERE k < 3"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT CAST('2023-02-30' AS DATE)|22007|2023-02-30",
        "SELECT CAST('2023-02-30' AS DATE) FROM nums|22007|2023-02-30",
        "SELECT k FROM nums WHERE CAST('2023-13-01' AS DATE) > DATE '2020-01-01'|22007|2023-13-01",
        "SELECT CAST('2023-13-01 10:00:00' AS TIMESTAMP)|22007|2023-13-01",
        "SELECT CAST('abc' AS INTEGER)|22018|abc",
        "SELECT CAST('1e5x' AS DOUBLE)|22018|1e5x",
        "SELECT CAST('maybe' AS BOOLEAN)|22018|maybe",
        "SELECT SUBSTRING('abc' FROM 1 FOR -1)|22011|negative substring length",
        "SELECT 1 / 0|22012|division by zero",
        "SELECT k / 0 FROM nums|22012|division by zero",
        "SELECT d / 0 FROM nums|22012|division by zero",
        "SELECT MOD(k, 0) FROM nums|22012|division by zero",
      })
  void constant_and_runtime_errors_keep_their_state(String query, String state, String inMessage) {
    SQLException e = failure(query);
    assertEquals(state, e.getSQLState(), () -> query + ": " + e);
    assertTrue(e.getMessage().contains(inMessage), () -> query + ": " + e.getMessage());
  }
}
