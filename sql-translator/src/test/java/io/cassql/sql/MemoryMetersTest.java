package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.exec.QueryMemory;
import io.cassql.sql.exec.QueryMemoryException;
import org.apache.calcite.linq4j.Enumerator;
import org.junit.jupiter.api.Test;

/**
 * Compiled plans meter the rows their in-memory operators keep: a sort, a hash join's build side
 * and an aggregate's groups stop the query past its budget, naming the operator; within the budget
 * the answer is unchanged.
 */
class MemoryMetersTest {
  private static final String ROWS =
      "(VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e'), (6, 'f'), (7, 'g'), (8, 'h'))";

  /** The same rows out of order, so that a join of them is not a merge join. */
  private static final String SHUFFLED =
      "(VALUES (5, 'e'), (2, 'b'), (8, 'h'), (1, 'a'), (7, 'g'), (3, 'c'), (6, 'f'), (4, 'd'))";

  /** Runs {@code sql} with a budget of {@code budget} bytes; the number of rows it gave. */
  private static int run(String sql, long budget) throws Exception {
    QueryControl control = QueryControl.startingNow(0);
    QueryPlan plan = EngineQueries.ENGINE.compile(sql, null, control);
    control.trackMemory(new QueryMemory(budget, String.valueOf(budget), 256L << 20));
    int n = 0;
    try (Enumerator<Object> e = plan.bind(new Object[0], null, control).enumerator()) {
      while (e.moveNext()) {
        n++;
      }
    }
    return n;
  }

  private static void assertStops(String sql, String operator) {
    QueryMemoryException e = assertThrows(QueryMemoryException.class, () -> run(sql, 300));
    assertTrue(e.getMessage().contains(operator), e.getMessage());
  }

  @Test
  void should_stop_a_sort_past_its_budget() throws Exception {
    String sql =
        "SELECT x, y FROM " + ROWS + " AS t(x, y) CROSS JOIN " + ROWS + " AS u(v, w) ORDER BY w, y";
    assertEquals(64, run(sql, 0));
    assertStops(sql, "sort (ORDER BY)");
  }

  @Test
  void should_stop_a_hash_join_whose_build_side_is_past_its_budget() throws Exception {
    String sql =
        "SELECT t.y, u.w FROM "
            + SHUFFLED
            + " AS t(x, y) JOIN "
            + SHUFFLED
            + " AS u(v, w) ON t.x = u.v";
    assertEquals(8, run(sql, 0));
    assertStops(sql, "hash join");
  }

  @Test
  void should_count_an_aggregates_groups() throws Exception {
    String sql =
        "SELECT y, w, COUNT(*) FROM "
            + ROWS
            + " AS t(x, y) CROSS JOIN "
            + ROWS
            + " AS u(v, w) GROUP BY y, w";
    assertEquals(64, run(sql, 0));
    assertStops(sql, "aggregate");
    assertEquals(
        java.util.List.of("aggregate (GROUP BY / DISTINCT)"),
        EngineQueries.ENGINE.compile(sql, null, QueryControl.startingNow(0)).inMemoryOperators());
  }

  @Test
  void should_show_the_meters_in_explain() throws Exception {
    String plan =
        EngineQueries.rows(
                "EXPLAIN PLAN FOR SELECT x FROM "
                    + ROWS
                    + " AS t(x, y) CROSS JOIN "
                    + ROWS
                    + " AS u(v, w) ORDER BY y, w",
                java.util.List.of())
            .toString();
    assertTrue(plan.contains("MemoryMeter(operator=[sort (ORDER BY)])"), plan);
  }
}
