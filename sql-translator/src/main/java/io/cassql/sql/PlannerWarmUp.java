package io.cassql.sql;

import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.schema.SchemaSource;
import java.util.List;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Readies Calcite's parser, validator, planner rules and code generation before a user's first
 * query needs them, without a cluster, in two steps: first the shapes a first query usually has
 * (point query, filtered scan with a limit, a collection's virtual table) planned over the fixed
 * {@link WarmUpSchema} as a user's text would be (literals made parameters, then compiled, not
 * run); then joins, aggregates, HAVING, ORDER BY and FETCH planned and run over VALUES.
 */
public final class PlannerWarmUp {
  /** Plain-statement texts of the shapes a first query usually has, over the warm-up schema. */
  static final List<String> FIRST_SHAPES =
      List.of(
          "SELECT * FROM " + WarmUpSchema.KEYSPACE + ".t WHERE k = 1 AND c = 2",
          "SELECT name, amount FROM "
              + WarmUpSchema.KEYSPACE
              + ".t WHERE k = 1 AND created > TIMESTAMP '2020-01-01 00:00:00' LIMIT 10",
          "SELECT k, tags_value FROM " + WarmUpSchema.KEYSPACE + ".t_vt_tags WHERE k = 1");

  /** Joins, filters on typed parameters, aggregates, HAVING, ORDER BY and FETCH over VALUES. */
  static final String QUERY =
      "WITH t (k, s, d) AS (VALUES (1, 'a', 1.5), (2, 'b', 2.5), (3, 'c', 3.5)) "
          + "SELECT t.s, COUNT(*) AS n, SUM(u.d) AS total, MAX(CHAR_LENGTH(t.s)) AS l "
          + "FROM t JOIN t AS u ON t.k = u.k "
          + "WHERE t.k > CAST(? AS INTEGER) AND t.s <> CAST(? AS CHAR(1)) AND u.d < 10 "
          + "GROUP BY t.s HAVING COUNT(*) > 0 ORDER BY t.s DESC FETCH FIRST 2 ROWS ONLY";

  private PlannerWarmUp() {}

  /** Both steps; returns the number of rows the VALUES query gave (2). */
  public static int run() throws Exception {
    planFirstShapes();
    return runOverValues();
  }

  /**
   * Plans {@link #FIRST_SHAPES} over the warm-up schema, each parameterized as a plain statement's
   * text is; returns the plans (not runnable: the schema has no cluster).
   */
  public static List<QueryPlan> planFirstShapes() throws Exception {
    return planFirstShapes(0, FIRST_SHAPES.size());
  }

  /** Plans {@link #FIRST_SHAPES} {@code from} (inclusive) to {@code to} (exclusive). */
  public static List<QueryPlan> planFirstShapes(int from, int to) throws Exception {
    SqlEngine engine = new SqlEngine(new SchemaSource(null, new WarmUpSchema(), false, "_vt_"));
    QueryControl control = QueryControl.startingNow(0);
    List<QueryPlan> plans = new java.util.ArrayList<>();
    for (String sql : FIRST_SHAPES.subList(from, to)) {
      plans.add(engine.compile(LiteralParameters.of(sql).text(), null, control));
    }
    return plans;
  }

  /** Plans and runs {@link #QUERY} over VALUES; returns its row count (2). */
  public static int runOverValues() throws Exception {
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
