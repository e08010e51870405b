package io.cassql.sql.rel;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableAggregate;
import org.apache.calcite.adapter.enumerable.EnumerableHashJoin;
import org.apache.calcite.adapter.enumerable.EnumerableIntersect;
import org.apache.calcite.adapter.enumerable.EnumerableMinus;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableSort;
import org.apache.calcite.adapter.enumerable.EnumerableUnion;
import org.apache.calcite.adapter.enumerable.EnumerableWindow;
import org.apache.calcite.rel.RelNode;

/**
 * Puts a {@link MemoryMeter} wherever a finished plan keeps rows in memory: under a sort (all its
 * input), under a hash join's build side (its right input), under the inputs of a window and of a
 * distinct UNION, INTERSECT or EXCEPT, and over a hash aggregate (its groups, counted as it hands
 * them on; under it a meter that only checks each input row for a stop of the query). Operators
 * that stream (calcs, merge joins, nested-loop joins, top-N sorts with a limit, sorted aggregates)
 * get none.
 */
public final class MemoryMeters {
  /** The label of a sort's meter. */
  public static final String SORT = "sort (ORDER BY)";

  /** The label of a hash join's meter. */
  public static final String HASH_JOIN = "hash join (its build side)";

  /** The label of a hash aggregate's meter. */
  public static final String AGGREGATE = "aggregate (GROUP BY / DISTINCT)";

  /** The labels of the meters put into the last plan finished on this thread. */
  private static final ThreadLocal<List<String>> LAST = ThreadLocal.withInitial(List::of);

  private MemoryMeters() {}

  /**
   * {@code plan} with meters; unchanged when nothing in it keeps rows in memory. The labels of the
   * meters put in are kept for {@link #takeLabels} on this thread.
   */
  public static RelNode insert(RelNode plan) {
    List<String> labels = new ArrayList<>();
    LAST.set(labels);
    if (!(plan instanceof EnumerableRel)) {
      return plan;
    }
    return visit(plan, labels);
  }

  /**
   * The labels of the meters {@link #insert} put into the last plan finished on this thread (empty
   * when none); forgets them.
   */
  public static List<String> takeLabels() {
    List<String> labels = LAST.get();
    LAST.remove();
    return List.copyOf(labels);
  }

  private static RelNode visit(RelNode rel, List<String> labels) {
    List<RelNode> inputs = rel.getInputs();
    List<RelNode> metered = new ArrayList<>(inputs.size());
    boolean changed = false;
    for (int i = 0; i < inputs.size(); i++) {
      RelNode input = inputs.get(i);
      RelNode visited = input instanceof EnumerableRel ? visit(input, labels) : input;
      String label = inputLabel(rel, i);
      if (label != null) {
        visited = MemoryMeter.over(visited, label);
        labels.add(label);
      } else if (rel instanceof EnumerableAggregate) {
        visited = MemoryMeter.checking(visited, AGGREGATE);
      }
      changed |= visited != input;
      metered.add(visited);
    }
    RelNode out = changed ? rel.copy(rel.getTraitSet(), metered) : rel;
    if (out instanceof EnumerableAggregate) {
      labels.add(AGGREGATE);
      return MemoryMeter.over(out, AGGREGATE);
    }
    return out;
  }

  /** The label of the meter under input {@code i} of {@code rel}, or null when it needs none. */
  static String inputLabel(RelNode rel, int i) {
    if (rel instanceof EnumerableSort) {
      return SORT;
    }
    if (rel instanceof EnumerableHashJoin && i == 1) {
      return HASH_JOIN;
    }
    if (rel instanceof EnumerableWindow) {
      return "window (OVER)";
    }
    if (rel instanceof EnumerableUnion u && !u.all) {
      return "UNION";
    }
    if (rel instanceof EnumerableIntersect) {
      return "INTERSECT";
    }
    if (rel instanceof EnumerableMinus) {
      return "EXCEPT";
    }
    return null;
  }
}
