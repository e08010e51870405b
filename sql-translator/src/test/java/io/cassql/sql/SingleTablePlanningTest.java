package io.cassql.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.sql.engine.QueryPlan;
import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.rel.CassandraCollectionScan;
import io.cassql.sql.rel.CassandraFilter;
import io.cassql.sql.rel.CassandraLimit;
import io.cassql.sql.rel.CassandraProject;
import io.cassql.sql.rel.CassandraSort;
import io.cassql.sql.rel.CassandraTableScan;
import io.cassql.sql.rel.CassandraToEnumerableConverter;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.adapter.enumerable.EnumerableFilter;
import org.apache.calcite.adapter.enumerable.EnumerableInterpreter;
import org.apache.calcite.adapter.enumerable.EnumerableLimit;
import org.apache.calcite.adapter.enumerable.EnumerableLimitSort;
import org.apache.calcite.adapter.enumerable.EnumerableProject;
import org.apache.calcite.adapter.enumerable.EnumerableSort;
import org.apache.calcite.adapter.enumerable.EnumerableValues;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleOperand;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.volcano.AbstractConverter;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.logical.LogicalCalc;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.logical.LogicalValues;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.rules.ProjectFilterTransposeRule;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.Test;

/**
 * A query over one table is planned with a subset of Calcite's default rules: the subset is exactly
 * the default rules that can match such a plan, in the default order, and the plans are the same as
 * the whole program's.
 */
class SingleTablePlanningTest {
  private static final String KS = WarmUpSchema.KEYSPACE;

  /**
   * Every operator a single-table plan can hold while it is planned: the logical operators a query
   * over one table converts to, what the rules of the subset turn them into (Cassandra's pushed
   * operators, the enumerable ones, calcs, empty VALUES) and the planner's converters.
   */
  private static final List<Class<? extends RelNode>> SINGLE_TABLE_OPERATORS =
      List.of(
          LogicalFilter.class,
          LogicalProject.class,
          LogicalSort.class,
          LogicalCalc.class,
          LogicalValues.class,
          CassandraTableScan.class,
          CassandraCollectionScan.class,
          CassandraFilter.class,
          CassandraProject.class,
          CassandraSort.class,
          CassandraLimit.class,
          CassandraToEnumerableConverter.class,
          EnumerableFilter.class,
          EnumerableProject.class,
          EnumerableSort.class,
          EnumerableLimit.class,
          EnumerableLimitSort.class,
          EnumerableCalc.class,
          EnumerableValues.class,
          EnumerableInterpreter.class,
          AbstractConverter.class);

  /** Single-table queries (and a few others, which take the whole program). */
  private static final List<String> QUERIES =
      List.of(
          "SELECT * FROM " + KS + ".t WHERE k = 1 AND c = 2",
          "SELECT * FROM " + KS + ".t",
          "SELECT name FROM " + KS + ".t WHERE k = 1",
          "SELECT name, amount FROM "
              + KS
              + ".t WHERE k = 1 AND created > TIMESTAMP '2020-01-01 00:00:00' LIMIT 10",
          "SELECT * FROM " + KS + ".t WHERE k = ? AND c > ? ORDER BY c DESC",
          "SELECT k, c FROM " + KS + ".t ORDER BY name LIMIT 5",
          "SELECT * FROM " + KS + ".t WHERE k IN (1, 2, 3)",
          "SELECT UPPER(name), amount * 2 FROM " + KS + ".t WHERE k = 1",
          "SELECT * FROM " + KS + ".t WHERE name = 'x'",
          "SELECT * FROM " + KS + ".t WHERE k = 1 OR k = 2",
          "SELECT * FROM " + KS + ".t LIMIT 0",
          "SELECT * FROM " + KS + ".t WHERE 1 = 0",
          "SELECT * FROM (SELECT * FROM " + KS + ".t WHERE k = 1) AS s WHERE c = 2",
          "SELECT name FROM (SELECT name, k FROM " + KS + ".t) AS s WHERE k = 3",
          "SELECT * FROM " + KS + ".t OFFSET 5 ROWS FETCH FIRST 10 ROWS ONLY",
          "SELECT id FROM " + KS + ".t WHERE id = '6ab09bec-e68e-48d9-a5f8-97e6fb4c9b47'",
          "SELECT * FROM " + KS + ".t WHERE k = 1 AND c BETWEEN 1 AND 5",
          "SELECT * FROM " + KS + ".t WHERE EXTRACT(YEAR FROM created) = 2020",
          "SELECT name FROM " + KS + ".t WHERE k = 1 ORDER BY c LIMIT 3",
          "SELECT k AS a, k AS b FROM " + KS + ".t WHERE k = 1",
          "SELECT CASE WHEN amount > 0 THEN 'p' ELSE 'n' END AS sign FROM " + KS + ".t",
          "SELECT * FROM " + KS + ".t WHERE k = 1 AND (c = 1 OR c = 2)",
          "SELECT * FROM " + KS + ".t WHERE k = 1 AND c = 2 AND name IS NOT NULL",
          "SELECT * FROM " + KS + ".t WHERE k = 1 AND amount > 1.5 ORDER BY c",
          "SELECT c, name FROM " + KS + ".t WHERE k = 1 AND c >= 2 AND c < 9 LIMIT 2",
          "SELECT k, tags_value FROM " + KS + ".t_vt_tags WHERE k = 1",
          "SELECT * FROM " + KS + ".t_vt_tags WHERE tags_value = 'a'",
          "SELECT tags_value FROM " + KS + ".t_vt_tags WHERE k = 1 AND c = 2 ORDER BY tags_index",
          // not single-table: the whole program either way
          "SELECT k, COUNT(*) FROM " + KS + ".t GROUP BY k",
          "SELECT * FROM " + KS + ".t WHERE k IN (SELECT k FROM " + KS + ".t WHERE c = 1)",
          "SELECT t.name, v.tags_value FROM "
              + KS
              + ".t AS t JOIN "
              + KS
              + ".t_vt_tags AS v ON t.k = v.k AND t.c = v.c WHERE t.k = 1");

  @Test
  void should_hold_exactly_the_default_rules_that_can_match_a_single_table_plan() {
    VolcanoPlanner planner = new VolcanoPlanner();
    planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
    planner.addRelTraitDef(RelCollationTraitDef.INSTANCE);
    RelOptUtil.registerDefaultRules(planner, false, false);
    List<String> matching = new ArrayList<>();
    for (RelOptRule rule : planner.getRules()) {
      if (canMatchSingleTablePlan(rule)) {
        matching.add(rule.toString());
      }
    }
    List<String> subset = SingleTablePlanning.rules().stream().map(RelOptRule::toString).toList();
    assertEquals(matching, subset);
    for (RelOptRule rule : SingleTablePlanning.rules()) {
      assertTrue(planner.getRules().contains(rule), () -> "not a default rule: " + rule);
    }
  }

  @Test
  void should_build_the_same_rule_as_calcite_for_the_projection_below_a_filter() {
    // the Cassandra rules add it from its config; a planner with both keeps one
    assertEquals(
        CoreRules.PROJECT_FILTER_TRANSPOSE, ProjectFilterTransposeRule.Config.DEFAULT.toRule());
  }

  @Test
  void should_plan_as_the_whole_program_does() throws Exception {
    int singleTable = 0;
    for (String query : QUERIES) {
      for (String text : List.of(query, LiteralParameters.of(query).text())) {
        Planned subset = plan(text);
        Planned whole = PlannerSetup.withFullProgram(() -> plan(text));
        assertEquals(whole.plan, subset.plan, text);
        assertEquals(whole.inMemory, subset.inMemory, text);
        assertEquals(whole.generatedCode, subset.generatedCode, text);
        assertEquals(whole.singleTable, subset.singleTable, text);
        if (subset.singleTable) {
          singleTable++;
        }
      }
    }
    assertEquals(2 * (QUERIES.size() - 3), singleTable);
  }

  @Test
  void should_tell_a_pushed_read_from_one_with_operators_in_memory() throws Exception {
    assertTrue(plan("SELECT * FROM " + KS + ".t WHERE k = 1 AND c = 2").pushed);
    assertFalse(plan("SELECT UPPER(name) FROM " + KS + ".t WHERE k = 1").pushed);
  }

  /** A plan's text and what it runs in memory, and whether its query was single-table. */
  private record Planned(
      String plan,
      List<String> inMemory,
      boolean generatedCode,
      boolean singleTable,
      boolean pushed) {}

  private static Planned plan(String sql) throws Exception {
    SqlEngine engine = WarmUpSchemaAccess.engine();
    List<RelNode> converted = new ArrayList<>();
    List<RelNode> planned = new ArrayList<>();
    QueryPlan plan;
    try (Hook.Closeable c = Hook.CONVERTED.addThread((RelNode r) -> converted.add(r));
        Hook.Closeable p =
            Hook.PLAN_BEFORE_IMPLEMENTATION.addThread((RelRoot r) -> planned.add(r.rel))) {
      plan = engine.compile(sql, null, QueryControl.startingNow(0));
    }
    assertEquals(1, converted.size(), sql);
    assertEquals(1, planned.size(), sql);
    return new Planned(
        RelOptUtil.toString(planned.get(0)),
        plan.inMemoryOperators(),
        plan.generatedCode(),
        SingleTablePlanning.applies(converted.get(0)),
        SingleTablePlanning.pushedEntirely(planned.get(0)));
  }

  private static boolean canMatchSingleTablePlan(RelOptRule rule) {
    for (RelOptRuleOperand operand : rule.getOperands()) {
      boolean any = false;
      for (Class<? extends RelNode> c : SINGLE_TABLE_OPERATORS) {
        any |= operand.getMatchedClass().isAssignableFrom(c);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
