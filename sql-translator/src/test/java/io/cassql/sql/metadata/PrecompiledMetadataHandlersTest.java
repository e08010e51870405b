package io.cassql.sql.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.sql.WarmUpSchemaAccess;
import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.exec.QueryControl;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.JaninoRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.util.ImmutableBitSet;
import org.junit.jupiter.api.Test;

/**
 * The handlers compiled with the driver answer every metadata question as the handlers Janino
 * compiles from the same provider, on the nodes of real plans, and cover every handler of Calcite's
 * built-in metadata (a Calcite upgrade that makes one impossible to precompile fails here).
 */
class PrecompiledMetadataHandlersTest {
  private static final String T = WarmUpSchemaAccess.KEYSPACE + ".t";

  private static final List<String> QUERIES =
      List.of(
          "SELECT * FROM " + T + " WHERE k = ? AND c = ?",
          "SELECT name, amount FROM " + T + " WHERE k = 1 AND c > 2 ORDER BY c DESC LIMIT 10",
          "SELECT name, COUNT(*), SUM(amount) FROM " + T + " GROUP BY name HAVING COUNT(*) > 1",
          "SELECT a.k, b.name FROM " + T + " a JOIN " + T + " b ON a.name = b.name WHERE a.c < 5",
          "SELECT k FROM " + T + " WHERE name IN (SELECT name FROM " + T + " WHERE c = 1)",
          "SELECT k FROM " + T + " UNION SELECT c FROM " + T,
          "SELECT k, tags_value FROM " + WarmUpSchemaAccess.KEYSPACE + ".t_vt_tags WHERE k = 1",
          "SELECT x + 1 FROM (VALUES (1), (2)) AS v (x) WHERE x > 1");

  /** Metadata questions, each rendered as text (or as its exception's class). */
  private static final Map<String, Function<Query, Object>> QUESTIONS = questions();

  private record Query(RelMetadataQuery mq, RelNode rel) {}

  private static Map<String, Function<Query, Object>> questions() {
    Map<String, Function<Query, Object>> m = new java.util.LinkedHashMap<>();
    m.put("rowCount", q -> q.mq.getRowCount(q.rel));
    m.put("maxRowCount", q -> q.mq.getMaxRowCount(q.rel));
    m.put("minRowCount", q -> q.mq.getMinRowCount(q.rel));
    m.put("nonCumulativeCost", q -> q.mq.getNonCumulativeCost(q.rel));
    m.put("cumulativeCost", q -> q.mq.getCumulativeCost(q.rel));
    m.put(
        "lowerBoundCost",
        q ->
            q.rel.getCluster().getPlanner() instanceof VolcanoPlanner volcano
                ? q.mq.getLowerBoundCost(q.rel, volcano)
                : "not planned by Volcano");
    m.put("percentageOriginalRows", q -> q.mq.getPercentageOriginalRows(q.rel));
    m.put("uniqueKeys", q -> q.mq.getUniqueKeys(q.rel));
    m.put("rowsUnique", q -> q.mq.areRowsUnique(q.rel));
    m.put("columnsUnique", q -> q.mq.areColumnsUnique(q.rel, ImmutableBitSet.of(0)));
    m.put("collations", q -> q.mq.collations(q.rel));
    m.put("distribution", q -> q.mq.distribution(q.rel));
    m.put("predicates", q -> q.mq.getPulledUpPredicates(q.rel));
    m.put("allPredicates", q -> q.mq.getAllPredicates(q.rel));
    m.put("columnOrigins", q -> q.mq.getColumnOrigins(q.rel, 0));
    m.put("tableReferences", q -> q.mq.getTableReferences(q.rel));
    m.put("selectivity", q -> q.mq.getSelectivity(q.rel, null));
    m.put("distinctRowCount", q -> q.mq.getDistinctRowCount(q.rel, ImmutableBitSet.of(0), null));
    m.put("populationSize", q -> q.mq.getPopulationSize(q.rel, ImmutableBitSet.of(0)));
    m.put("averageRowSize", q -> q.mq.getAverageRowSize(q.rel));
    m.put("averageColumnSizes", q -> q.mq.getAverageColumnSizes(q.rel));
    m.put("nodeTypes", q -> q.mq.getNodeTypes(q.rel));
    m.put("memory", q -> q.mq.memory(q.rel));
    m.put("cumulativeMemory", q -> q.mq.cumulativeMemoryWithinPhase(q.rel));
    m.put("phaseTransition", q -> q.mq.isPhaseTransition(q.rel));
    m.put("splitCount", q -> q.mq.splitCount(q.rel));
    m.put("visibleInExplain", q -> q.mq.isVisibleInExplain(q.rel, SqlExplainLevel.ALL_ATTRIBUTES));
    m.put("isMeasure", q -> q.mq.isMeasure(q.rel, 0));
    m.put("inputFieldsUsed", q -> q.mq.getInputFieldsUsed(q.rel));
    m.put("determines", q -> q.mq.determines(q.rel, 0, 0));
    return m;
  }

  @Test
  void should_precompile_every_handler_of_calcites_built_in_metadata() {
    Set<Class<?>> builtIn = new LinkedHashSet<>();
    for (Class<?> metadata : BuiltInMetadata.class.getClasses()) {
      for (Class<?> nested : metadata.getClasses()) {
        if (nested.getSimpleName().equals("Handler")
            && MetadataHandler.class.isAssignableFrom(nested)
            && !DefaultRelMetadataProvider.INSTANCE.handlers(handler(nested)).isEmpty()) {
          builtIn.add(nested);
        }
      }
    }
    assertTrue(builtIn.size() >= 25, "found " + builtIn);
    assertEquals(builtIn, new LinkedHashSet<>(PrecompiledMetadataHandlers.precompiled()));
    for (Class<?> c : builtIn) {
      Object h = PrecompiledMetadataHandlers.INSTANCE.handler(handler(c));
      assertTrue(
          h.getClass().getName().startsWith("io.cassql.sql.metadata.generated."),
          c + " is served by " + h.getClass());
    }
  }

  @Test
  void should_answer_as_janinos_handlers_on_the_nodes_of_real_plans() throws Exception {
    SqlEngine engine = WarmUpSchemaAccess.engine();
    int nodes = 0;
    for (String sql : QUERIES) {
      List<RelNode> plan = new ArrayList<>();
      try (Hook.Closeable hook =
          Hook.PLAN_BEFORE_IMPLEMENTATION.addThread((RelRoot root) -> plan.add(root.rel))) {
        engine.compile(sql, null, QueryControl.startingNow(0));
      }
      assertEquals(1, plan.size(), sql);
      for (RelNode rel : allNodes(plan.get(0))) {
        RelMetadataQuery ours = PrecompiledMetadataHandlers.query();
        RelMetadataQuery janinos =
            new RelMetadataQuery(JaninoRelMetadataProvider.of(DefaultRelMetadataProvider.INSTANCE));
        for (Map.Entry<String, Function<Query, Object>> question : QUESTIONS.entrySet()) {
          assertEquals(
              answer(question.getValue(), new Query(janinos, rel)),
              answer(question.getValue(), new Query(ours, rel)),
              question.getKey() + " of " + rel + " in " + sql);
        }
        // the comparison is of answers, not of two identical failures
        Double.parseDouble(answer(QUESTIONS.get("rowCount"), new Query(ours, rel)));
        assertTrue(answer(QUESTIONS.get("cumulativeCost"), new Query(ours, rel)).contains("rows"));
        nodes++;
      }
    }
    assertTrue(nodes >= 20, "nodes compared: " + nodes);
  }

  private static String answer(Function<Query, Object> question, Query q) {
    try {
      return String.valueOf(question.apply(q));
    } catch (RuntimeException e) {
      return e.getClass().getName();
    }
  }

  private static List<RelNode> allNodes(RelNode root) {
    Map<RelNode, Boolean> seen = new IdentityHashMap<>();
    List<RelNode> out = new ArrayList<>();
    List<RelNode> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      RelNode r = todo.remove(todo.size() - 1);
      if (seen.put(r, Boolean.TRUE) == null) {
        out.add(r);
        todo.addAll(r.getInputs());
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends MetadataHandler<?>> handler(Class<?> c) {
    return (Class<? extends MetadataHandler<?>>) c;
  }
}
