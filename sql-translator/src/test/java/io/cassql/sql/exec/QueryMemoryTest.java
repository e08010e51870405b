package io.cassql.sql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.junit.jupiter.api.Test;

/**
 * A query's memory account: rows charged to its operators, the budget crossed in the row that
 * crosses it with a message naming the operator and the limits, and rows metered as they pass.
 */
class QueryMemoryTest {
  private static final long HEAP = 256L << 20;

  @Test
  void should_fail_in_the_row_that_crosses_the_budget_naming_operator_and_limits() {
    QueryMemory memory = new QueryMemory(1000, "1000", HEAP);
    QueryMemory.Operator sort = memory.operator("sort (ORDER BY)");
    for (int i = 0; i < 9; i++) {
      sort.charge(100);
    }
    sort.charge(100);
    assertEquals(1000, memory.total());
    QueryMemoryException e = assertThrows(QueryMemoryException.class, () -> sort.charge(1));
    assertTrue(e.getMessage().contains("its sort (ORDER BY)"), e.getMessage());
    assertTrue(e.getMessage().contains("heap limit 256 MB"), e.getMessage());
    assertTrue(e.getMessage().contains("maxQueryMemory=1000"), e.getMessage());
  }

  @Test
  void should_count_all_operators_of_the_query_against_one_budget() {
    QueryMemory memory = new QueryMemory(64L << 20, "25%", HEAP);
    QueryMemory.Operator build = memory.operator("hash join (its build side)");
    QueryMemory.Operator sort = memory.operator("sort (ORDER BY)");
    build.charge(40L << 20);
    assertEquals(
        "its hash join (its build side) (about 40 MB), its sort (ORDER BY) (not counted yet)",
        memory.describe());
    QueryMemoryException e = assertThrows(QueryMemoryException.class, () -> sort.charge(30L << 20));
    assertTrue(e.getMessage().contains("its sort (ORDER BY) keeps about 70 MB"), e.getMessage());
    assertTrue(e.getMessage().contains("maxQueryMemory=25% = 64 MB"), e.getMessage());
  }

  @Test
  void should_name_the_plans_operators_before_any_is_charged_and_never_fail_without_budget() {
    QueryMemory memory = new QueryMemory(0, "none", HEAP);
    assertFalse(memory.materializes());
    memory.operator("aggregate (GROUP BY / DISTINCT)");
    memory.operator("sort (ORDER BY)");
    assertTrue(memory.materializes());
    assertEquals(
        "its aggregate (GROUP BY / DISTINCT) (not counted yet), its sort (ORDER BY) (not counted"
            + " yet)",
        memory.describe());
    memory.operator("sort (ORDER BY)").charge(Long.MAX_VALUE / 2);
    assertEquals(Long.MAX_VALUE / 2, memory.total());
  }

  @Test
  void should_know_a_plans_operators_before_their_meters_are_reached() {
    QueryMemory memory = new QueryMemory(0, "none", HEAP);
    memory.planned(List.of("aggregate (GROUP BY / DISTINCT)", "sort (ORDER BY)"));
    assertTrue(memory.materializes());
    assertEquals(
        "its aggregate (GROUP BY / DISTINCT) (not counted yet), its sort (ORDER BY) (not counted"
            + " yet)",
        memory.describe());
    memory.operator("sort (ORDER BY)").charge(10);
    memory.operator("aggregate (GROUP BY / DISTINCT)").charge(20);
    // the meters took the planned accounts: no label appears twice
    memory.planned(List.of("hash join (its build side)"));
    assertEquals(
        "its aggregate (GROUP BY / DISTINCT) (about 1 KB), its sort (ORDER BY) (about 1 KB),"
            + " its hash join (its build side) (not counted yet)",
        memory.describe());
    assertEquals(30, memory.total());
  }

  @Test
  void should_meter_rows_as_they_pass_and_stop_at_the_budget() {
    QueryControl control = QueryControl.startingNow(0);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(new Object[] {(long) i, "row " + i, new BigDecimal("1.25")});
    }
    long perRow = RowSize.of(rows.get(0));
    control.trackMemory(new QueryMemory(perRow * 10, String.valueOf(perRow * 10), HEAP));
    var context = new MapContext(control);
    int passed = 0;
    try (Enumerator<Object[]> e =
        MeteredRows.meter(context, "window (OVER)", Linq4j.asEnumerable(rows)).enumerator()) {
      QueryMemoryException failure = null;
      while (failure == null) {
        try {
          if (!e.moveNext()) {
            break;
          }
          passed++;
        } catch (QueryMemoryException x) {
          failure = x;
        }
      }
      assertTrue(failure != null, "the budget stops the rows");
      assertTrue(failure.getMessage().contains("window (OVER)"), failure.getMessage());
    }
    // the row numbers differ in length, so the eleventh row or one near it crosses
    assertTrue(passed >= 9 && passed <= 10, "rows passed: " + passed);
  }

  @Test
  void should_estimate_strings_by_length_and_shared_values_as_free() {
    long shortRow = RowSize.of(new Object[] {"a"});
    long longRow = RowSize.of(new Object[] {"a".repeat(1000)});
    assertTrue(longRow - shortRow >= 1000, shortRow + " vs " + longRow);
    assertEquals(RowSize.of(new Object[] {null}), RowSize.of(new Object[] {Boolean.TRUE}));
    assertTrue(RowSize.of(new Object[] {List.of(1, 2, 3)}) > RowSize.of(new Object[] {List.of()}));
  }
}
