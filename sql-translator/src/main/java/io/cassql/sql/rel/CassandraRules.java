package io.cassql.sql.rel;

import io.cassql.sql.exec.ValueSource;
import io.cassql.sql.pushdown.ColumnPredicate;
import io.cassql.sql.pushdown.KeyLayout;
import io.cassql.sql.pushdown.KeyPredicateSplitter;
import io.cassql.sql.pushdown.PushdownDecision;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.rules.ProjectFilterTransposeRule;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/** The planner rules that move work from memory into Cassandra's CQL. */
public final class CassandraRules {
  private CassandraRules() {}

  /** Adds the Cassandra rules to a planner (once per planner; the planner ignores repeats). */
  public static void register(RelOptPlanner planner) {
    planner.addRule(FilterRule.RULE);
    planner.addRule(ProjectRule.CONFIG.toRule());
    planner.addRule(NarrowReadRule.RULE);
    planner.addRule(NarrowReadRule.AggregateRule.RULE);
    planner.addRule(LimitRule.CONFIG.toRule());
    planner.addRule(SortRule.RULE);
    planner.addRule(ToEnumerableRule.CONFIG.toRule());
    // a projection above an in-memory filter still prunes the columns read from Cassandra
    planner.addRule(ProjectFilterTransposeRule.Config.DEFAULT.toRule());
    CollectionRules.all().forEach(planner::addRule);
  }

  /**
   * Filter over a scan: key predicates go into CQL (decided by {@link KeyPredicateSplitter}), the
   * rest stays in an in-memory filter above.
   */
  public static final class FilterRule extends RelRule<RuleConfig> {
    FilterRule(RuleConfig config) {
      super(config);
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      LogicalFilter filter = call.rel(0);
      CassandraTableScan scan = call.rel(1);
      RexNode condition =
          RexUtil.expandSearch(filter.getCluster().getRexBuilder(), null, filter.getCondition());
      List<RexNode> conjuncts = RelOptUtil.conjunctions(condition);
      List<String> fields =
          scan.getRowType().getFieldList().stream().map(RelDataTypeField::getName).toList();
      List<ColumnPredicate<ValueSource>> simple = new ArrayList<>();
      for (int i = 0; i < conjuncts.size(); i++) {
        RexPredicates.of(i, conjuncts.get(i), fields).ifPresent(simple::add);
      }
      KeyLayout layout = scan.cassandraTable().keyLayout();
      PushdownDecision<ValueSource> decision =
          scan.cassandraTable().allowFiltering()
              ? KeyPredicateSplitter.splitAllowingFiltering(layout, simple, conjuncts.size())
              : KeyPredicateSplitter.split(layout, simple, conjuncts.size());
      if (!decision.pushesAnything()) {
        return;
      }
      List<RexNode> pushedNodes =
          decision.pushed().stream().map(p -> conjuncts.get(p.conjunct())).toList();
      RexNode pushedCondition =
          RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), pushedNodes);
      RelNode pushed =
          new CassandraFilter(
              scan.getCluster(),
              scan.getTraitSet(),
              scan,
              pushedCondition,
              decision.pushed(),
              decision.singlePartition(),
              layout,
              decision.allowFiltering());
      if (decision.remaining().isEmpty()) {
        call.transformTo(pushed);
      } else {
        List<RexNode> rest = decision.remaining().stream().map(conjuncts::get).toList();
        call.transformTo(
            filter.copy(
                filter.getTraitSet(),
                pushed,
                RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), rest)));
      }
    }

    /** The rule: a filter directly over a Cassandra scan. */
    static final RelOptRule RULE =
        new RuleConfig(
                RelFactories.LOGICAL_BUILDER,
                "CassandraFilterRule",
                b0 ->
                    b0.operand(LogicalFilter.class)
                        .oneInput(b1 -> b1.operand(CassandraTableScan.class).noInputs()),
                FilterRule::new)
            .toRule();
  }

  /** A projection of plain columns becomes the CQL select list. */
  public static final class ProjectRule extends ConverterRule {
    static final Config CONFIG =
        Config.INSTANCE
            .withConversion(
                LogicalProject.class,
                p ->
                    !p.getProjects().isEmpty()
                        && p.getProjects().stream().allMatch(e -> e instanceof RexInputRef),
                Convention.NONE,
                CassandraRel.CONVENTION,
                "CassandraProjectRule")
            .withRuleFactory(ProjectRule::new);

    ProjectRule(Config config) {
      super(config);
    }

    @Override
    public RelNode convert(RelNode rel) {
      LogicalProject project = (LogicalProject) rel;
      return new CassandraProject(
          project.getCluster(),
          project.getTraitSet().replace(CassandraRel.CONVENTION),
          convert(project.getInput(), CassandraRel.CONVENTION),
          project.getProjects(),
          project.getRowType());
    }
  }

  /**
   * LIMIT (and FETCH FIRST) without ORDER BY or OFFSET goes to CQL when nothing in memory sits
   * below it.
   */
  public static final class LimitRule extends ConverterRule {
    static final Config CONFIG =
        Config.INSTANCE
            .withConversion(
                Sort.class,
                s ->
                    s.getCollation().getFieldCollations().isEmpty()
                        && s.offset == null
                        && s.fetch instanceof RexLiteral,
                Convention.NONE,
                CassandraRel.CONVENTION,
                "CassandraLimitRule")
            .withRuleFactory(LimitRule::new);

    LimitRule(Config config) {
      super(config);
    }

    @Override
    public RelNode convert(RelNode rel) {
      Sort sort = (Sort) rel;
      long fetch = ((RexLiteral) sort.fetch).getValueAs(Long.class);
      return new CassandraLimit(
          sort.getCluster(),
          sort.getTraitSet().replace(CassandraRel.CONVENTION),
          convert(sort.getInput(), CassandraRel.CONVENTION),
          fetch);
    }
  }

  /** Hands a Cassandra subtree to the in-memory (enumerable) operators. */
  public static final class ToEnumerableRule extends ConverterRule {
    static final Config CONFIG =
        Config.INSTANCE
            .withConversion(
                RelNode.class,
                CassandraRel.CONVENTION,
                EnumerableConvention.INSTANCE,
                "CassandraToEnumerableConverterRule")
            .withRuleFactory(ToEnumerableRule::new);

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
