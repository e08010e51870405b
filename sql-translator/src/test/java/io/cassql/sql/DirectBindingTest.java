package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.schema.SchemaSource;
import org.junit.jupiter.api.Test;

/**
 * A plan that is one pushed CQL read is bound without generated code; anything Calcite computes in
 * memory (an expression, a reordering, a join, VALUES) still runs as generated code.
 */
class DirectBindingTest {
  private static final String T = WarmUpSchema.KEYSPACE + ".t";

  private final SqlEngine engine =
      new SqlEngine(new SchemaSource(null, new WarmUpSchema(), false, "_vt_"));

  private QueryPlan plan(String sql) throws Exception {
    return engine.compile(sql, null, QueryControl.startingNow(0));
  }

  @Test
  void should_bind_a_pushed_point_query_and_a_pushed_projection_directly() throws Exception {
    QueryPlan point = plan("SELECT * FROM " + T + " WHERE k = ? AND c = ?");
    assertFalse(point.generatedCode());
    assertTrue(point.arrayRows(), "several columns: array rows, as the generated code gives");
    QueryPlan one = plan("SELECT name FROM " + T + " WHERE k = ?");
    assertFalse(one.generatedCode());
    assertFalse(one.arrayRows(), "one column: scalar rows, as the generated code gives");
    assertEquals(1, one.columns().size());
  }

  @Test
  void should_generate_code_where_calcite_computes_something() throws Exception {
    assertTrue(plan("SELECT k + 1 FROM " + T + " WHERE k = ?").generatedCode());
    assertTrue(plan("SELECT COUNT(*) FROM " + T).generatedCode());
    assertTrue(
        plan("SELECT a.k FROM " + T + " a JOIN " + T + " b ON a.name = b.name").generatedCode());
    assertTrue(plan("SELECT * FROM (VALUES (1, 'a')) AS v (x, y)").generatedCode());
  }
}
