package io.cassql.sql.pushdown;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which key predicates Cassandra answers without {@code ALLOW FILTERING}: {@code =} or
 * {@code IN} on every partition-key column; then, once the partition is fixed, {@code =} or
 * {@code IN} on a prefix of the clustering columns and at most one range (a lower and an upper
 * bound) on the next one. Everything else stays in memory.
 */
public final class KeyPredicateSplitter {
  private KeyPredicateSplitter() {}

  /** Splits {@code predicates} (the simple conjuncts among {@code conjunctCount}). */
  public static <V extends Serializable> PushdownDecision<V> split(KeyLayout layout,
      List<ColumnPredicate<V>> predicates, int conjunctCount) {
    List<ColumnPredicate<V>> pushed = new ArrayList<>();
    boolean single = true;
    for (String key : layout.partitionKeys()) {
      Optional<ColumnPredicate<V>> p = first(predicates, key, ComparisonOp.EQ, ComparisonOp.IN);
      if (p.isEmpty()) {
        return PushdownDecision.none(conjunctCount);
      }
      pushed.add(p.get());
      single &= p.get().values().size() == 1;
    }
    for (String key : layout.clusteringKeys()) {
      Optional<ColumnPredicate<V>> eq = first(predicates, key, ComparisonOp.EQ, ComparisonOp.IN);
      if (eq.isPresent()) {
        pushed.add(eq.get());
        continue;
      }
      first(predicates, key, ComparisonOp.GT, ComparisonOp.GE).ifPresent(pushed::add);
      first(predicates, key, ComparisonOp.LT, ComparisonOp.LE).ifPresent(pushed::add);
      break;
    }
    Set<Integer> used = new HashSet<>();
    pushed.forEach(p -> used.add(p.conjunct()));
    List<Integer> remaining = new ArrayList<>();
    for (int i = 0; i < conjunctCount; i++) {
      if (!used.contains(i)) {
        remaining.add(i);
      }
    }
    return new PushdownDecision<>(List.copyOf(pushed), List.copyOf(remaining), true, single);
  }

  private static <V extends Serializable> Optional<ColumnPredicate<V>> first(
      List<ColumnPredicate<V>> predicates, String column, ComparisonOp a, ComparisonOp b) {
    return predicates.stream()
        .filter(p -> p.column().equals(column) && (p.op() == a || p.op() == b))
        .findFirst();
  }
}
