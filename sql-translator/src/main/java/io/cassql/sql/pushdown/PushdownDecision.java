package io.cassql.sql.pushdown;

import java.io.Serializable;
import java.util.List;

/**
 * What a WHERE clause gives to Cassandra and what stays in memory: {@code pushed} predicates go
 * into the CQL, conjuncts listed in {@code remaining} are evaluated over the rows that come back.
 */
public record PushdownDecision<V extends Serializable>(
    List<ColumnPredicate<V>> pushed,
    List<Integer> remaining,
    boolean partitionRestricted,
    boolean singlePartition,
    boolean allowFiltering) {

  /** Nothing can be pushed: every conjunct stays in memory. */
  public static <V extends Serializable> PushdownDecision<V> none(int conjuncts) {
    return new PushdownDecision<>(
        List.of(),
        java.util.stream.IntStream.range(0, conjuncts).boxed().toList(),
        false,
        false,
        false);
  }

  /** Whether any predicate reached the CQL. */
  public boolean pushesAnything() {
    return !pushed.isEmpty();
  }
}
