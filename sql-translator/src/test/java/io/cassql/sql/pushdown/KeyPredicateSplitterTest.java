package io.cassql.sql.pushdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPredicateSplitterTest {
  private static final KeyLayout LAYOUT =
      new KeyLayout(List.of("a", "b"), List.of("c1", "c2", "c3"), List.of(false, true, false));

  private static ColumnPredicate<String> p(int i, String col, ComparisonOp op, String... values) {
    return new ColumnPredicate<>(i, col, op, List.of(values));
  }

  @Test
  void should_push_nothing_without_every_partition_key() {
    PushdownDecision<String> d =
        KeyPredicateSplitter.split(
            LAYOUT, List.of(p(0, "a", ComparisonOp.EQ, "1"), p(1, "c1", ComparisonOp.EQ, "x")), 3);
    assertFalse(d.pushesAnything());
    assertFalse(d.partitionRestricted());
    assertEquals(List.of(0, 1, 2), d.remaining());
  }

  @Test
  void should_push_partition_equalities_and_ins() {
    PushdownDecision<String> d =
        KeyPredicateSplitter.split(
            LAYOUT,
            List.of(p(0, "a", ComparisonOp.EQ, "1"), p(1, "b", ComparisonOp.IN, "2", "3")),
            3);
    assertEquals(2, d.pushed().size());
    assertTrue(d.partitionRestricted());
    assertFalse(d.singlePartition(), "IN with two values reads two partitions");
    assertEquals(List.of(2), d.remaining());
  }

  @Test
  void should_push_a_clustering_prefix_and_one_range_on_the_next_column() {
    PushdownDecision<String> d =
        KeyPredicateSplitter.split(
            LAYOUT,
            List.of(
                p(0, "a", ComparisonOp.EQ, "1"), p(1, "b", ComparisonOp.EQ, "2"),
                p(2, "c1", ComparisonOp.EQ, "x"), p(3, "c2", ComparisonOp.GT, "5"),
                p(4, "c2", ComparisonOp.LE, "9"), p(5, "c3", ComparisonOp.EQ, "z")),
            7);
    assertEquals(
        List.of(0, 1, 2, 3, 4), d.pushed().stream().map(ColumnPredicate::conjunct).toList());
    assertEquals(
        List.of(5, 6),
        d.remaining(),
        "nothing after a range, and non-key conjuncts, stay in memory");
    assertTrue(d.singlePartition());
  }

  @Test
  void should_stop_at_the_first_unrestricted_clustering_column() {
    PushdownDecision<String> d =
        KeyPredicateSplitter.split(
            LAYOUT,
            List.of(
                p(0, "a", ComparisonOp.EQ, "1"),
                p(1, "b", ComparisonOp.EQ, "2"),
                p(2, "c2", ComparisonOp.EQ, "x")),
            3);
    assertEquals(List.of(0, 1), d.pushed().stream().map(ColumnPredicate::conjunct).toList());
    assertEquals(List.of(2), d.remaining());
  }

  @Test
  void should_keep_a_second_equality_on_the_same_key_in_memory() {
    PushdownDecision<String> d =
        KeyPredicateSplitter.split(
            new KeyLayout(List.of("a"), List.of(), List.of()),
            List.of(p(0, "a", ComparisonOp.EQ, "1"), p(1, "a", ComparisonOp.EQ, "2")),
            2);
    assertEquals(List.of(1), d.remaining());
  }

  @Test
  void should_add_regular_column_predicates_only_when_filtering_is_allowed() {
    List<ColumnPredicate<String>> predicates =
        List.of(
            p(0, "a", ComparisonOp.EQ, "1"),
            p(1, "b", ComparisonOp.EQ, "2"),
            p(2, "v", ComparisonOp.EQ, "x"),
            p(3, "w", ComparisonOp.IN, "y", "z"));
    PushdownDecision<String> plain = KeyPredicateSplitter.split(LAYOUT, predicates, 5);
    assertFalse(plain.allowFiltering());
    assertEquals(List.of(2, 3, 4), plain.remaining());
    PushdownDecision<String> filtering =
        KeyPredicateSplitter.splitAllowingFiltering(LAYOUT, predicates, 5);
    assertTrue(filtering.allowFiltering());
    assertEquals(
        List.of(0, 1, 2), filtering.pushed().stream().map(ColumnPredicate::conjunct).toList());
    assertEquals(
        List.of(3, 4),
        filtering.remaining(),
        "IN on a regular column and opaque conjuncts stay in memory");
    PushdownDecision<String> nothingToAdd =
        KeyPredicateSplitter.splitAllowingFiltering(
            LAYOUT, List.of(p(0, "a", ComparisonOp.EQ, "1"), p(1, "b", ComparisonOp.EQ, "2")), 2);
    assertFalse(nothingToAdd.allowFiltering(), "no ALLOW FILTERING when it would filter nothing");
  }
}
