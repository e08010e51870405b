package io.cassql.sql;

import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.exec.QueryControl;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Plans and runs one representative query over an in-memory VALUES table (no cluster), so that the
 * parser, validator, planner rules and code generation of Calcite are loaded and compiled before a
 * user's first query needs them.
 */
public final class PlannerWarmUp {
  /** Joins, filters on typed parameters, aggregates, HAVING, ORDER BY and FETCH over VALUES. */
  static final String QUERY =
      "WITH t (k, s, d) AS (VALUES (1, 'a', 1.5), (2, 'b', 2.5), (3, 'c', 3.5)) "
          + "SELECT t.s, COUNT(*) AS n, SUM(u.d) AS total, MAX(CHAR_LENGTH(t.s)) AS l "
          + "FROM t JOIN t AS u ON t.k = u.k "
          + "WHERE t.k > CAST(? AS INTEGER) AND t.s <> CAST(? AS CHAR(1)) AND u.d < 10 "
          + "GROUP BY t.s HAVING COUNT(*) > 0 ORDER BY t.s DESC FETCH FIRST 2 ROWS ONLY";

  private PlannerWarmUp() {}

  /** Runs the query once; returns the number of rows it gave (2). */
  public static int run() throws Exception {
    QueryControl control = QueryControl.startingNow(0);
    QueryPlan plan = SqlEngine.withoutCluster().compile(QUERY, null, control);
    int rows = 0;
    try (Enumerator<Object> e = plan.bind(new Object[] {0, "z"}, null, control).enumerator()) {
      while (e.moveNext()) {
        rows++;
      }
    }
    return rows;
  }
}
