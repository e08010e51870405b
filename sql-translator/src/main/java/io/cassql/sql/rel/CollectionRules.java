package io.cassql.sql.rel;

import io.cassql.sql.exec.ValueSource;
import io.cassql.sql.pushdown.CollectionJoinFusion;
import io.cassql.sql.pushdown.CollectionLayout;
import io.cassql.sql.pushdown.ColumnPredicate;
import io.cassql.sql.pushdown.KeyPredicateSplitter;
import io.cassql.sql.pushdown.PushdownDecision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * The rules of {@link CassandraCollectionScan}: a join of reads of the same table on its primary
 * key becomes one read ({@link CollectionJoinFusion} decides), key predicates go into its CQL,
 * plain projections narrow its fields, and the result is handed to the in-memory operators.
 */
final class CollectionRules {
  private CollectionRules() {}

  /** The rules, for {@link CassandraRules#register}. */
  static List<RelOptRule> all() {
    return List.of(JOIN, FILTER, PROJECT, TO_PHYSICAL, TO_ENUMERABLE);
  }

  static final RelOptRule JOIN =
      new RuleConfig(
              RelFactories.LOGICAL_BUILDER,
              "CassandraCollectionJoinRule",
              b0 ->
                  b0.operand(LogicalJoin.class)
                      .inputs(
                          b1 ->
                              b1.operand(RelNode.class)
                                  .predicate(CollectionRules::fusable)
                                  .noInputs(),
                          b2 ->
                              b2.operand(RelNode.class)
                                  .predicate(CollectionRules::fusable)
                                  .noInputs()),
              JoinRule::new)
          .toRule();

  static final RelOptRule FILTER =
      new RuleConfig(
              RelFactories.LOGICAL_BUILDER,
              "CassandraCollectionFilterRule",
              b0 ->
                  b0.operand(LogicalFilter.class)
                      .oneInput(
                          b1 ->
                              b1.operand(CassandraCollectionScan.class)
                                  .predicate(s -> s.isLogical() && !s.isRestricted())
                                  .noInputs()),
              FilterRule::new)
          .toRule();

  static final RelOptRule PROJECT =
      new RuleConfig(
              RelFactories.LOGICAL_BUILDER,
              "CassandraCollectionProjectRule",
              b0 ->
                  b0.operand(LogicalProject.class)
                      .predicate(
                          p ->
                              !p.getProjects().isEmpty()
                                  && p.getProjects().stream()
                                      .allMatch(e -> e instanceof RexInputRef))
                      .oneInput(
                          b1 ->
                              b1.operand(CassandraCollectionScan.class)
                                  .predicate(CassandraCollectionScan::isLogical)
                                  .noInputs()),
              ProjectRule::new)
          .toRule();

  static final RelOptRule TO_PHYSICAL =
      ConverterRule.Config.INSTANCE
          .withConversion(
              CassandraCollectionScan.class,
              Convention.NONE,
              CassandraRel.COLLECTIONS,
              "CassandraCollectionScanRule")
          .withRuleFactory(ToPhysicalRule::new)
          .toRule();

  static final RelOptRule TO_ENUMERABLE =
      ConverterRule.Config.INSTANCE
          .withConversion(
              RelNode.class,
              CassandraRel.COLLECTIONS,
              EnumerableConvention.INSTANCE,
              "CassandraCollectionsToEnumerableRule")
          .withRuleFactory(ToEnumerableRule::new)
          .toRule();

  /**
   * A read that may take part in a fusion: a plain base-table scan or an unrestricted collection
   * read.
   */
  private static boolean fusable(RelNode rel) {
    return rel instanceof CassandraTableScan
        || (rel instanceof CassandraCollectionScan c && c.isLogical() && !c.isRestricted());
  }

  /** A fusable read as a collection read (a base-table scan becomes one with no sides). */
  private static CassandraCollectionScan asCollectionScan(RelNode rel) {
    if (rel instanceof CassandraCollectionScan c) {
      return c;
    }
    CassandraTableScan scan = (CassandraTableScan) rel;
    var table = scan.cassandraTable();
    List<String> columns =
        scan.getRowType().getFieldList().stream().map(RelDataTypeField::getName).toList();
    return CassandraCollectionScan.of(
        scan.getCluster(),
        scan.getTable(),
        new CassandraCollectionScan.Source(
            table.keyspaceName(), table.tableName(), table.keyLayout(), table.allowFiltering()),
        CollectionLayout.ofColumns(columns),
        scan.getRowType());
  }

  /** Join of two reads of one table on its primary key: one read. */
  static final class JoinRule extends RelRule<RuleConfig> {
    JoinRule(RuleConfig config) {
      super(config);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      LogicalJoin join = call.rel(0);
      CassandraCollectionScan left = asCollectionScan(call.rel(1));
      CassandraCollectionScan right = asCollectionScan(call.rel(2));
      if ((join.getJoinType() != JoinRelType.INNER && join.getJoinType() != JoinRelType.LEFT)
          || !left.source().keyspace().equals(right.source().keyspace())
          || !left.source().table().equals(right.source().table())) {
        return;
      }
      List<RexNode> conjuncts = RelOptUtil.conjunctions(join.getCondition());
      int leftCount = left.getRowType().getFieldCount();
      List<CollectionJoinFusion.Equality> equalities = new ArrayList<>();
      for (int i = 0; i < conjuncts.size(); i++) {
        if (conjuncts.get(i).getKind() == SqlKind.EQUALS
            && ((RexCall) conjuncts.get(i)).getOperands().get(0) instanceof RexInputRef a
            && ((RexCall) conjuncts.get(i)).getOperands().get(1) instanceof RexInputRef b) {
          int l = Math.min(a.getIndex(), b.getIndex());
          int r = Math.max(a.getIndex(), b.getIndex());
          if (l < leftCount && r >= leftCount) {
            equalities.add(new CollectionJoinFusion.Equality(i, l, r - leftCount));
          }
        }
      }
      boolean leftOuter = join.getJoinType() == JoinRelType.LEFT;
      var fused =
          CollectionJoinFusion.fuse(
              left.layout(), right.layout(), equalities, leftOuter, left.source().primaryKey());
      if (fused.isEmpty()) {
        return;
      }
      Set<Integer> used = new HashSet<>(fused.get().usedConjuncts());
      List<RexNode> rest = new ArrayList<>();
      for (int i = 0; i < conjuncts.size(); i++) {
        if (!used.contains(i) && !conjuncts.get(i).isAlwaysTrue()) {
          rest.add(conjuncts.get(i));
        }
      }
      if (leftOuter && !rest.isEmpty()) {
        return;
      }
      RelNode read = left.withLayout(fused.get().layout(), join.getRowType());
      call.transformTo(
          rest.isEmpty()
              ? read
              : LogicalFilter.create(
                  read, RexUtil.composeConjunction(join.getCluster().getRexBuilder(), rest)));
    }
  }

  /**
   * Filter over a collection read: predicates on plain key columns go into the CQL, the rest stays.
   */
  static final class FilterRule extends RelRule<RuleConfig> {
    FilterRule(RuleConfig config) {
      super(config);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      LogicalFilter filter = call.rel(0);
      CassandraCollectionScan scan = call.rel(1);
      RexBuilder rex = filter.getCluster().getRexBuilder();
      List<RexNode> conjuncts =
          RelOptUtil.conjunctions(RexUtil.expandSearch(rex, null, filter.getCondition()));
      List<String> columns = scan.layout().pushableColumns();
      List<ColumnPredicate<ValueSource>> simple = new ArrayList<>();
      for (int i = 0; i < conjuncts.size(); i++) {
        RexPredicates.of(i, conjuncts.get(i), columns)
            .filter(p -> p.column() != null)
            .ifPresent(simple::add);
      }
      var source = scan.source();
      PushdownDecision<ValueSource> decision =
          source.allowFiltering()
              ? KeyPredicateSplitter.splitAllowingFiltering(source.keys(), simple, conjuncts.size())
              : KeyPredicateSplitter.split(source.keys(), simple, conjuncts.size());
      if (!decision.pushesAnything()) {
        return;
      }
      RelNode pushed =
          scan.withWhere(decision.pushed(), decision.singlePartition(), decision.allowFiltering());
      List<RexNode> rest = decision.remaining().stream().map(conjuncts::get).toList();
      call.transformTo(
          rest.isEmpty()
              ? pushed
              : filter.copy(filter.getTraitSet(), pushed, RexUtil.composeConjunction(rex, rest)));
    }
  }

  /**
   * A projection of plain fields: the read keeps only those fields (and reads only their columns).
   */
  static final class ProjectRule extends RelRule<RuleConfig> {
    ProjectRule(RuleConfig config) {
      super(config);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      LogicalProject project = call.rel(0);
      CassandraCollectionScan scan = call.rel(1);
      List<Integer> positions =
          project.getProjects().stream().map(e -> ((RexInputRef) e).getIndex()).toList();
      call.transformTo(scan.withLayout(scan.layout().project(positions), project.getRowType()));
    }
  }

  /** The logical collection read becomes the one that runs. */
  static final class ToPhysicalRule extends ConverterRule {
    ToPhysicalRule(Config config) {
      super(config);
    }

    @Override
    public RelNode convert(RelNode rel) {
      return ((CassandraCollectionScan) rel).asPhysical();
    }
  }

  /** Hands a collection read to the in-memory operators. */
  static final class ToEnumerableRule extends ConverterRule {
    ToEnumerableRule(Config config) {
      super(config);
    }

    @Override
    public RelNode convert(RelNode rel) {
      return new CassandraToEnumerableConverter(
          rel.getCluster(), rel.getTraitSet().replace(EnumerableConvention.INSTANCE), rel);
    }
  }
}
