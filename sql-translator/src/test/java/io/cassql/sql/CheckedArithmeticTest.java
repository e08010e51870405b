package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact arithmetic in SQL mode raises an overflow instead of wrapping, at run time and in
 * constants.
 */
class CheckedArithmeticTest {
  private static Throwable rootOf(Throwable t) {
    Throwable e = t;
    while (e.getCause() != null && e.getCause() != e) {
      e = e.getCause();
    }
    return e;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT x * 2147483647 * 2 FROM (VALUES (1), (2), (3)) t(x)",
        "SELECT x + 2147483647 FROM (VALUES (1)) t(x)",
        "SELECT x - 2147483647 - 3 FROM (VALUES (1)) t(x)",
        "SELECT -x FROM (VALUES (CAST(-2147483648 AS INTEGER))) t(x)",
        "SELECT x * 9223372036854775807 FROM (VALUES (CAST(2 AS BIGINT))) t(x)",
        "SELECT x + 9223372036854775807 FROM (VALUES (CAST(1 AS BIGINT))) t(x)",
        "SELECT CAST(x AS SMALLINT) FROM (VALUES (40000)) t(x)",
        "SELECT CAST(x AS INTEGER) FROM (VALUES (CAST(3000000000 AS BIGINT))) t(x)",
        "SELECT CAST(x AS TINYINT) FROM (VALUES (300)) t(x)",
        "SELECT CAST(2147483647 AS INTEGER) + 1",
        "SELECT CAST(9223372036854775807 AS BIGINT) * 2",
        "SELECT CAST(40000 AS SMALLINT)",
        "SELECT CAST(x AS INTEGER) FROM (VALUES (CAST(1e12 AS DOUBLE))) t(x)",
        "SELECT CAST(x AS BIGINT) FROM (VALUES (CAST(1e30 AS DOUBLE))) t(x)",
        "SELECT CAST(x AS INTEGER) FROM (VALUES (CAST(12345678901 AS DECIMAL(19, 0)))) t(x)",
        "SELECT CAST(x AS REAL) FROM (VALUES (CAST(1e300 AS DOUBLE))) t(x)",
        "SELECT CAST(x * 10 AS REAL) FROM (VALUES (CAST(1e38 AS DOUBLE))) t(x)",
        "SELECT CAST(1e300 AS REAL)",
        "SELECT ABS(x) FROM (VALUES (CAST(-9223372036854775808 AS BIGINT))) t(x)",
        "SELECT ABS(CAST(-2147483648 AS INTEGER))",
        "SELECT SUM(x) FROM (VALUES (CAST(9223372036854775807 AS BIGINT)), (CAST(1 AS BIGINT))) t(x)",
        "SELECT g, SUM(x) FROM (VALUES (1, CAST(9223372036854775807 AS BIGINT)), (1, CAST(1 AS BIGINT))) t(g, x) GROUP BY g",
        "SELECT SUM(x) OVER (ORDER BY x) FROM (VALUES (CAST(9223372036854775807 AS BIGINT)), (CAST(1 AS BIGINT))) t(x)",
      })
  void overflow_is_an_error(String sql) {
    Throwable t = assertThrows(Throwable.class, () -> EngineQueries.rows(sql, List.of()), sql);
    assertEquals(ArithmeticException.class, rootOf(t).getClass(), () -> sql + ": " + t);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT CAST('25:00:00' AS TIME)",
        "SELECT CAST(x AS TIME) FROM (VALUES ('10:60')) t(x)",
        "SELECT CAST(x AS TIME) FROM (VALUES ('noon')) t(x)"
      })
  void text_that_is_no_time_is_an_error(String sql) {
    Throwable t = assertThrows(Throwable.class, () -> EngineQueries.rows(sql, List.of()), sql);
    assertEquals(IllegalArgumentException.class, rootOf(t).getClass(), () -> sql + ": " + t);
  }

  @Test
  void results_in_range_are_exact() throws Exception {
    assertEquals(
        List.of("types: BIGINT(19,0) INTEGER(10,0)", "9223372036854775807|0|"),
        EngineQueries.rows(
            "SELECT ABS(x), ABS(y) FROM (VALUES (CAST(-9223372036854775807 AS BIGINT), 0)) t(x, y)",
            List.of()));
    assertEquals(
        List.of("types: VARCHAR(30,0)", "2026-01-01 10:00:10.01|", "2026-01-01 10:00:10|"),
        EngineQueries.rows(
            "SELECT CAST(x AS VARCHAR(30)) FROM (VALUES (TIMESTAMP '2026-01-01 10:00:10.010'), "
                + "(TIMESTAMP '2026-01-01 10:00:10')) t(x)",
            List.of()));
    assertEquals(
        List.of("types: VARCHAR(30,0) TIME(0,0) REAL(7,0)", "null|null|null|"),
        EngineQueries.rows(
            "SELECT CAST(x AS VARCHAR(30)), CAST(y AS TIME), CAST(z AS REAL) FROM (VALUES (CAST(NULL AS TIMESTAMP(3)), "
                + "CAST(NULL AS VARCHAR(8)), CAST(NULL AS DOUBLE))) t(x, y, z)",
            List.of()));
    assertEquals(
        List.of("types: TIME(0,0)", "23:59:59|"),
        EngineQueries.rows("SELECT CAST(x AS TIME) FROM (VALUES ('23:59:59')) t(x)", List.of()));
    assertEquals(
        List.of("types: BIGINT(19,0)", "4294967294|"),
        EngineQueries.rows(
            "SELECT CAST(x AS BIGINT) * 2147483647 * 2 FROM (VALUES (1)) t(x)", List.of()));
    assertEquals(
        List.of("types: BIGINT(19,0)", "1|", "6|"),
        EngineQueries.rows(
            "SELECT SUM(x) OVER (ORDER BY x) FROM (VALUES (CAST(5 AS BIGINT)), (CAST(1 AS BIGINT))) t(x)",
            List.of()));
    assertEquals(
        List.of("types: BIGINT(19,0) BIGINT(19,0) BIGINT(19,0)", "10|4|5|"),
        EngineQueries.rows(
            "SELECT SUM(x) FILTER (WHERE x > 0), SUM(DISTINCT x), MAX(x) FROM (VALUES (CAST(5 AS BIGINT)), "
                + "(CAST(5 AS BIGINT)), (CAST(-1 AS BIGINT))) t(x)",
            List.of()));
    assertEquals(
        List.of("types: DOUBLE(15,0)", "1.5|"),
        EngineQueries.rows("SELECT AVG(x) FROM (VALUES (1), (2)) t(x)", List.of()));
    assertEquals(
        List.of("types: REAL(7,0)", "0.1|"),
        EngineQueries.rows(
            "SELECT CAST(x AS REAL) FROM (VALUES (CAST(0.1 AS DOUBLE))) t(x)", List.of()));
  }
}
