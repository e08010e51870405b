package io.cassql.sql.pushdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a join of two reads of the same Cassandra table (a base table and its virtual
 * tables, in any combination) can be one read: it can when the join is INNER, or LEFT with a right
 * side of at most one collection, and its equalities match every primary-key column of one side
 * with the same column of the other. The answer says which equalities that used; the rest of the
 * condition stays a filter over the fused read.
 */
public final class CollectionJoinFusion {
  private CollectionJoinFusion() {}

  /** {@code left.field = right.field}, conjunct number {@code conjunct} of the join condition. */
  public record Equality(int conjunct, int leftField, int rightField) {}

  /** The fused layout and the conjuncts of the join condition it answers by itself. */
  public record Fused(CollectionLayout layout, List<Integer> usedConjuncts) {}

  /**
   * The one-read layout for {@code left JOIN right}, or empty when the join needs two reads.
   *
   * @param leftOuter true for LEFT JOIN, false for INNER
   * @param primaryKey the table's partition and clustering columns
   */
  public static Optional<Fused> fuse(
      CollectionLayout left,
      CollectionLayout right,
      List<Equality> equalities,
      boolean leftOuter,
      List<String> primaryKey) {
    boolean rightOuter = leftOuter && !right.sides().isEmpty();
    if (rightOuter && right.sides().size() != 1) {
      return Optional.empty();
    }
    Set<String> matched = new HashSet<>();
    List<Integer> used = new ArrayList<>();
    for (Equality e : equalities) {
      CollectionLayout.Field l = left.fields().get(e.leftField());
      CollectionLayout.Field r = right.fields().get(e.rightField());
      if (l.isPlainColumn()
          && r.isPlainColumn()
          && l.column().equals(r.column())
          && primaryKey.contains(l.column())) {
        if (matched.add(l.column())) {
          used.add(e.conjunct());
        }
      }
    }
    if (!matched.containsAll(primaryKey)) {
      return Optional.empty();
    }
    return Optional.of(new Fused(left.concat(right, rightOuter), List.copyOf(used)));
  }
}
