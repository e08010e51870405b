package io.cassql.sql.rel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mappings;

/**
 * An expression projection over a scan reads only the columns its expressions use: {@code COUNT(*)}
 * (a projection of the constant 0) reads the first key column, {@code SELECT name, 1} reads {@code
 * name}. The projection splits into plain columns, which become the CQL select list, and the
 * expressions, computed in memory over them.
 */
public final class NarrowReadRule extends RelRule<RuleConfig> {
  NarrowReadRule(RuleConfig config) {
    super(config);
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    int width = call.rel(1).getRowType().getFieldCount();
    ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
    return !project.getProjects().stream().allMatch(e -> e instanceof RexInputRef)
        && (used.isEmpty() ? width > 1 : used.cardinality() < width);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    RelNode scan = call.rel(1);
    ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
    List<Integer> kept = used.isEmpty() ? List.of(0) : used.asList();
    List<RexNode> columns =
        kept.stream().map(i -> (RexNode) RexInputRef.of(i, scan.getRowType())).toList();
    List<String> names = kept.stream().map(i -> scan.getRowType().getFieldNames().get(i)).toList();
    RelNode narrow = LogicalProject.create(scan, List.of(), columns, names, Set.of());
    RexShuttle renumber =
        new RexShuttle() {
          @Override
          public RexNode visitInputRef(RexInputRef ref) {
            return new RexInputRef(kept.indexOf(ref.getIndex()), ref.getType());
          }
        };
    List<RexNode> expressions =
        project.getProjects().stream().map(e -> e.accept(renumber)).toList();
    call.transformTo(
        LogicalProject.create(
            narrow,
            project.getHints(),
            expressions,
            project.getRowType(),
            project.getVariablesSet()));
  }

  /**
   * The columns an aggregate over a scan reads: its group keys, arguments, filters and orderings.
   */
  static ImmutableBitSet aggregateInputs(Aggregate aggregate) {
    ImmutableBitSet.Builder used = aggregate.getGroupSet().rebuild();
    for (AggregateCall c : aggregate.getAggCallList()) {
      used.addAll(c.getArgList());
      if (c.filterArg >= 0) {
        used.set(c.filterArg);
      }
      c.getCollation().getFieldCollations().forEach(f -> used.set(f.getFieldIndex()));
    }
    return used.build();
  }

  /**
   * An aggregate directly over a scan reads only the columns it uses ({@code COUNT(*)}: the first
   * key column): a plain-column projection, which becomes the CQL select list, goes between them.
   */
  public static final class AggregateRule extends RelRule<RuleConfig> {
    AggregateRule(RuleConfig config) {
      super(config);
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
      LogicalAggregate aggregate = call.rel(0);
      int width = call.rel(1).getRowType().getFieldCount();
      ImmutableBitSet used = aggregateInputs(aggregate);
      return aggregate.getGroupType() == Aggregate.Group.SIMPLE
          && (used.isEmpty() ? width > 1 : used.cardinality() < width);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      LogicalAggregate aggregate = call.rel(0);
      RelNode scan = call.rel(1);
      ImmutableBitSet used = aggregateInputs(aggregate);
      List<Integer> kept = used.isEmpty() ? List.of(0) : used.asList();
      List<RexNode> columns =
          kept.stream().map(i -> (RexNode) RexInputRef.of(i, scan.getRowType())).toList();
      List<String> names =
          kept.stream().map(i -> scan.getRowType().getFieldNames().get(i)).toList();
      RelNode narrow = LogicalProject.create(scan, List.of(), columns, names, Set.of());
      Map<Integer, Integer> positions = new HashMap<>();
      for (int i = 0; i < kept.size(); i++) {
        positions.put(kept.get(i), i);
      }
      Mappings.TargetMapping mapping =
          Mappings.target(positions, scan.getRowType().getFieldCount(), kept.size());
      List<AggregateCall> calls =
          aggregate.getAggCallList().stream().map(c -> c.transform(mapping)).toList();
      call.transformTo(
          aggregate.copy(
              aggregate.getTraitSet(),
              narrow,
              ImmutableBitSet.of(
                  aggregate.getGroupSet().asList().stream().map(positions::get).toList()),
              null,
              calls));
    }

    /** The rule: an aggregate directly over a Cassandra scan. */
    static final RelOptRule RULE =
        new RuleConfig(
                RelFactories.LOGICAL_BUILDER,
                "CassandraNarrowAggregateRule",
                b0 ->
                    b0.operand(LogicalAggregate.class)
                        .oneInput(b1 -> b1.operand(CassandraTableScan.class).noInputs()),
                AggregateRule::new)
            .toRule();
  }

  /** The rule: a projection with expressions directly over a Cassandra scan. */
  static final RelOptRule RULE =
      new RuleConfig(
              RelFactories.LOGICAL_BUILDER,
              "CassandraNarrowReadRule",
              b0 ->
                  b0.operand(LogicalProject.class)
                      .oneInput(b1 -> b1.operand(CassandraTableScan.class).noInputs()),
              NarrowReadRule::new)
          .toRule();
}
