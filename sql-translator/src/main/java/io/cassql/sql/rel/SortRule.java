package io.cassql.sql.rel;

import io.cassql.sql.pushdown.KeyLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * ORDER BY that Cassandra's clustering order already gives: the input reads one partition, and the
 * sort keys are a prefix of the clustering columns, all in stored order or all reversed.
 */
public final class SortRule extends RelRule<RuleConfig> {
  private static final int MAX_DEPTH = 6;

  SortRule(RuleConfig config) {
    super(config);
  }

  /**
   * The table's key layout and the table column behind each output field of a single-partition
   * read.
   */
  record Lineage(KeyLayout layout, List<String> columns) {}

  @Override
  public void onMatch(RelOptRuleCall call) {
    Sort sort = call.rel(0);
    List<RelFieldCollation> keys = sort.getCollation().getFieldCollations();
    if (keys.isEmpty()
        || sort.offset != null
        || (sort.fetch != null && !(sort.fetch instanceof RexLiteral))
        || !(call.getPlanner() instanceof VolcanoPlanner planner)) {
      return;
    }
    Optional<Lineage> lineage = lineage(sort.getInput(), planner);
    if (lineage.isEmpty()) {
      return;
    }
    KeyLayout layout = lineage.get().layout();
    if (keys.size() > layout.clusteringKeys().size()) {
      return;
    }
    Boolean reversed = null;
    List<String> columns = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String column = lineage.get().columns().get(keys.get(i).getFieldIndex());
      if (!column.equals(layout.clusteringKeys().get(i))) {
        return;
      }
      boolean stored = layout.clusteringDescending().get(i);
      boolean rev = keys.get(i).getDirection().isDescending() != stored;
      if (reversed != null && reversed != rev) {
        return;
      }
      reversed = rev;
      columns.add(column);
      descending.add(stored != rev);
    }
    RelNode input =
        convert(sort.getInput(), sort.getInput().getTraitSet().replace(CassandraRel.CONVENTION));
    call.transformTo(
        new CassandraSort(
            sort.getCluster(),
            sort.getTraitSet().replace(CassandraRel.CONVENTION),
            input,
            sort.getCollation(),
            sort.fetch,
            columns,
            descending));
  }

  /**
   * Follows Cassandra projections down to a single-partition filter, if there is one. Volcano's
   * sets hold many equivalent projections, some over their own set (projection merges and
   * identities make cycles), so a plain recursive walk fans out exponentially: the walk remembers
   * the shallowest depth at which it searched each subset and never searches it again from there or
   * deeper, which bounds one call to (subsets reachable) x MAX_DEPTH visits.
   */
  static Optional<Lineage> lineage(RelNode rel, VolcanoPlanner planner) {
    return new LineageSearch(planner).find(rel, 0);
  }

  /** One search for a lineage: the subsets already searched, by the depth they were searched at. */
  private static final class LineageSearch {
    private final VolcanoPlanner planner;
    private final Map<RelNode, Integer> searchedAt = new HashMap<>();

    LineageSearch(VolcanoPlanner planner) {
      this.planner = planner;
    }

    Optional<Lineage> find(RelNode rel, int depth) {
      if (depth > MAX_DEPTH) {
        return Optional.empty();
      }
      List<RelNode> candidates;
      if (rel instanceof RelSubset subset) {
        RelSubset cassandra =
            planner.getSubset(subset, subset.getTraitSet().replace(CassandraRel.CONVENTION));
        if (cassandra == null) {
          return Optional.empty();
        }
        Integer before = searchedAt.get(cassandra);
        if (before != null && before <= depth) {
          // searched already with at least as much depth left, and found nothing (or is on the
          // current path)
          return Optional.empty();
        }
        searchedAt.put(cassandra, depth);
        candidates = cassandra.getRelList();
      } else {
        candidates = List.of(rel);
      }
      for (RelNode r : candidates) {
        if (r instanceof CassandraFilter f && f.isSinglePartition()) {
          return Optional.of(
              new Lineage(
                  f.keyLayout(),
                  f.getRowType().getFieldList().stream().map(RelDataTypeField::getName).toList()));
        }
      }
      for (RelNode r : candidates) {
        if (r instanceof CassandraProject p) {
          Optional<Lineage> inner = find(p.getInput(), depth + 1);
          if (inner.isPresent()) {
            List<String> columns = new ArrayList<>();
            for (RexNode e : p.getProjects()) {
              columns.add(inner.get().columns().get(((RexInputRef) e).getIndex()));
            }
            return Optional.of(new Lineage(inner.get().layout(), columns));
          }
        }
      }
      return Optional.empty();
    }
  }

  /** The rule: any Sort. */
  static final RelOptRule RULE =
      new RuleConfig(
              RelFactories.LOGICAL_BUILDER,
              "CassandraSortRule",
              b0 ->
                  b0.operand(Sort.class).predicate(s -> !(s instanceof CassandraSort)).anyInputs(),
              SortRule::new)
          .toRule();
}
