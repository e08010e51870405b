package io.cassql.sql.pushdown;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which key predicates Cassandra answers without {@code ALLOW FILTERING}: {@code =} or
 * {@code IN} on every partition-key column; then, once the partition is fixed, {@code =} or {@code
 * IN} on a prefix of the clustering columns and at most one range (a lower and an upper bound) on
 * the next one. Everything else stays in memory.
 */
public final class KeyPredicateSplitter {
  private KeyPredicateSplitter() {}

  /** Splits {@code predicates} (the simple conjuncts among {@code conjunctCount}). */
  public static <V extends Serializable> PushdownDecision<V> split(
      KeyLayout layout, List<ColumnPredicate<V>> predicates, int conjunctCount) {
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
    return new PushdownDecision<>(List.copyOf(pushed), List.copyOf(remaining), true, single, false);
  }

  /**
   * With the connection's {@code allowFiltering} on: what {@link #split} pushes, plus {@code =} and
   * range predicates on regular (non-key) columns, evaluated by Cassandra under ALLOW FILTERING.
   * Used only when it moves a predicate from memory to the server.
   */
  public static <V extends Serializable> PushdownDecision<V> splitAllowingFiltering(
      KeyLayout layout, List<ColumnPredicate<V>> predicates, int conjunctCount) {
    PushdownDecision<V> keys = split(layout, predicates, conjunctCount);
    Set<String> keyColumns = new HashSet<>(layout.partitionKeys());
    keyColumns.addAll(layout.clusteringKeys());
    List<ColumnPredicate<V>> pushed = new ArrayList<>(keys.pushed());
    Set<Integer> remaining = new java.util.LinkedHashSet<>(keys.remaining());
    for (ColumnPredicate<V> p : predicates) {
      if (!keyColumns.contains(p.column())
          && p.op() != ComparisonOp.IN
          && remaining.contains(p.conjunct())) {
        pushed.add(p);
        remaining.remove(p.conjunct());
      }
    }
    if (pushed.size() == keys.pushed().size()) {
      return keys;
    }
    return new PushdownDecision<>(
        List.copyOf(pushed),
        List.copyOf(remaining),
        keys.partitionRestricted(),
        keys.singlePartition(),
        true);
  }

  private static <V extends Serializable> Optional<ColumnPredicate<V>> first(
      List<ColumnPredicate<V>> predicates, String column, ComparisonOp a, ComparisonOp b) {
    return predicates.stream()
        .filter(p -> p.column().equals(column) && (p.op() == a || p.op() == b))
        .findFirst();
  }
}
