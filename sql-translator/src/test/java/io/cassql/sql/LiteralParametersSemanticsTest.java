package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each query as written and as parameterized (prepared text, bound values) on SQL mode's
 * Calcite settings over in-memory VALUES: the rows, their column types and their order must be the
 * same.
 */
class LiteralParametersSemanticsTest {
  private static final String DATA =
      "WITH t (k, b, s, d, f, dt) AS (VALUES "
          + "(1, CAST(1 AS BIGINT), 'ab', 1.50, 1.5e0, DATE '2024-01-01'), "
          + "(2, CAST(5000000000 AS BIGINT), 'abc', 2.25, 2.25e0, DATE '2024-01-02'), "
          + "(3, CAST(-7 AS BIGINT), 'it''s', 0.10, 0.1e0, DATE '2024-01-03'), "
          + "(4, CAST(4 AS BIGINT), 'xy ', 1.5, 3e0, DATE '2024-01-04')) ";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT k FROM t WHERE k = 2",
        "SELECT k FROM t WHERE k <> 2 AND k >= 1 ORDER BY k",
        "SELECT k FROM t WHERE b = 5000000000",
        "SELECT k FROM t WHERE b > 3 ORDER BY k",
        "SELECT k FROM t WHERE d = 1.50 ORDER BY k",
        "SELECT k FROM t WHERE d = 1.5 ORDER BY k",
        "SELECT k FROM t WHERE k = 1.5",
        "SELECT k FROM t WHERE d < 1 ORDER BY k",
        "SELECT k FROM t WHERE f = 2.25 ORDER BY k",
        "SELECT k FROM t WHERE f > 1.5e0 ORDER BY k",
        "SELECT k FROM t WHERE s = 'ab'",
        "SELECT k FROM t WHERE s = 'xy'",
        "SELECT k FROM t WHERE s = 'xy '",
        "SELECT k FROM t WHERE s > 'ab' ORDER BY k",
        "SELECT k FROM t WHERE s = 'it''s'",
        "SELECT k FROM t WHERE k BETWEEN 2 AND 3 ORDER BY k",
        "SELECT k FROM t WHERE k + 1 > 3 ORDER BY k",
        "SELECT k FROM t WHERE -k < -2 ORDER BY k",
        "SELECT k FROM t WHERE CASE WHEN k = 1 THEN 'one' ELSE s END = 'one'",
        "SELECT k, 10 * k AS ten FROM t WHERE dt > DATE '2024-01-02' AND k <> 9 ORDER BY 1 LIMIT 1",
        "SELECT t.k FROM t JOIN t AS u ON t.k = u.k AND u.d > 1 WHERE u.k < 4 ORDER BY t.k",
        "SELECT s, COUNT(*) AS n FROM t WHERE k > 0 GROUP BY s HAVING COUNT(*) = 1 ORDER BY s",
        "SELECT k FROM t WHERE k IN (SELECT k FROM t WHERE s <> 'ab') AND k < 4 ORDER BY k",
        "SELECT k FROM t WHERE d * 2 = 3.00 ORDER BY k"
      })
  void should_give_the_rows_of_the_original_text(String query) throws Exception {
    String sql = DATA + query;
    LiteralParameters.Parameterized p = LiteralParameters.of(sql);
    assertTrue(p.changed(), "something to replace in " + query);
    List<String> original = EngineQueries.rows(sql, List.of());
    List<Object> values = p.values().stream().map(v -> (Object) v.value()).toList();
    assertEquals(original, EngineQueries.rows(p.text(), values), p.text());
  }
}
