package io.cassql.sql;

import io.cassql.sql.rel.CassandraCollectionScan;
import io.cassql.sql.rel.CassandraRel;
import io.cassql.sql.rel.CassandraTableScan;
import io.cassql.sql.rel.CassandraToEnumerableConverter;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.volcano.AbstractConverter;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.rules.CalcRemoveRule;
import org.apache.calcite.rel.rules.DateRangeRules;
import org.apache.calcite.rel.rules.FilterMergeRule;
import org.apache.calcite.rel.rules.FilterProjectTransposeRule;
import org.apache.calcite.rel.rules.FilterTableScanRule;
import org.apache.calcite.rel.rules.ProjectFilterTransposeRule;
import org.apache.calcite.rel.rules.ProjectMergeRule;
import org.apache.calcite.rel.rules.ProjectOverSumToSum0Rule;
import org.apache.calcite.rel.rules.ProjectRemoveRule;
import org.apache.calcite.rel.rules.ProjectTableScanRule;
import org.apache.calcite.rel.rules.ProjectToWindowRule;
import org.apache.calcite.rel.rules.PruneEmptyRules;
import org.apache.calcite.rel.rules.ReduceExpressionsRule;
import org.apache.calcite.rel.rules.SortProjectTransposeRule;
import org.apache.calcite.rel.rules.SortRemoveConstantKeysRule;
import org.apache.calcite.rel.rules.SortRemoveRule;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rex.RexVisitorImpl;

/**
 * What SQL mode plans a query over one table with: a query that only filters, projects, sorts and
 * limits one Cassandra table or virtual table (no join, aggregate, set operation, window, sub-query
 * or correlation) is planned with the rules of Calcite's default set that can match such a plan, in
 * the default set's order, instead of the whole set. Each rule is built from its own configuration,
 * so that Calcite's {@code CoreRules}, which builds all of its ~200 rules when first touched, is
 * not loaded for such a query (a fresh JVM's first query is usually one). The same rules fire on
 * the same plans as with the whole set, so the plan is the same ({@code SingleTablePlanningTest}
 * checks the list against the default set, and plans against the standard program).
 */
public final class SingleTablePlanning {
  private SingleTablePlanning() {}

  /**
   * The rules of Calcite's default Volcano set ({@code RelOptUtil.registerDefaultRules}) whose
   * operands can all match an operator of a single-table plan (logical, Cassandra or enumerable
   * filter, project, sort, limit, calc, values, scan and converters), in the order of that set.
   */
  public static List<RelOptRule> rules() {
    return List.of(
        // the abstract relational rules
        AbstractConverter.ExpandConversionRule.INSTANCE,
        ProjectRemoveRule.Config.DEFAULT.toRule(),
        CalcRemoveRule.Config.DEFAULT.toRule(),
        SortRemoveRule.Config.DEFAULT.toRule(),
        // the abstract rules
        PruneEmptyRules.PROJECT_INSTANCE,
        PruneEmptyRules.FILTER_INSTANCE,
        PruneEmptyRules.SORT_INSTANCE,
        PruneEmptyRules.SORT_FETCH_ZERO_INSTANCE,
        PruneEmptyRules.EMPTY_TABLE_INSTANCE,
        ProjectOverSumToSum0Rule.Config.DEFAULT.toRule(),
        ProjectToWindowRule.ProjectToLogicalProjectAndWindowRule
            .ProjectToLogicalProjectAndWindowRuleConfig.DEFAULT
            .toRule(),
        FilterMergeRule.Config.DEFAULT.toRule(),
        DateRangeRules.FILTER_INSTANCE,
        // the base rules
        ProjectMergeRule.Config.DEFAULT.toRule(),
        FilterTableScanRule.Config.DEFAULT.toRule(),
        ProjectFilterTransposeRule.Config.DEFAULT.toRule(),
        FilterProjectTransposeRule.Config.DEFAULT.toRule(),
        SortProjectTransposeRule.Config.DEFAULT.toRule(),
        SortRemoveConstantKeysRule.Config.DEFAULT.toRule(),
        // scans of projectable tables
        ProjectTableScanRule.Config.DEFAULT.toRule(),
        ProjectTableScanRule.Config.INTERPRETER.toRule(),
        // the enumerable rules (built by Calcite's preparation anyway)
        EnumerableRules.ENUMERABLE_PROJECT_RULE,
        EnumerableRules.ENUMERABLE_FILTER_RULE,
        EnumerableRules.ENUMERABLE_CALC_RULE,
        EnumerableRules.ENUMERABLE_SORT_RULE,
        EnumerableRules.ENUMERABLE_LIMIT_RULE,
        EnumerableRules.ENUMERABLE_VALUES_RULE,
        EnumerableRules.TO_INTERPRETER,
        ReduceExpressionsRule.FilterReduceExpressionsRule.FilterReduceExpressionsRuleConfig.DEFAULT
            .toRule());
  }

  /**
   * Whether a logical plan (as converted from SQL) reads one Cassandra table or virtual table and
   * only filters, projects, sorts and limits it, with no sub-query, window or correlation in its
   * expressions.
   */
  public static boolean applies(RelNode logical) {
    RelNode node = logical;
    while (true) {
      if (node instanceof CassandraTableScan || node instanceof CassandraCollectionScan) {
        return true;
      }
      if (!(node instanceof LogicalFilter
          || node instanceof LogicalProject
          || node instanceof LogicalSort)) {
        return false;
      }
      for (RexNode e : expressions(node)) {
        if (!plain(e)) {
          return false;
        }
      }
      node = node.getInput(0);
    }
  }

  /**
   * Whether a physical plan is one pushed read: Cassandra operators under the one converter that
   * hands their rows to memory (nothing for Calcite's calc program to merge).
   */
  public static boolean pushedEntirely(RelNode physical) {
    return physical instanceof CassandraToEnumerableConverter converter
        && cassandraOnly(converter.getInput());
  }

  private static boolean cassandraOnly(RelNode node) {
    if (!(node instanceof CassandraRel)) {
      return false;
    }
    for (RelNode input : node.getInputs()) {
      if (!cassandraOnly(input)) {
        return false;
      }
    }
    return true;
  }

  private static List<RexNode> expressions(RelNode node) {
    if (node instanceof LogicalFilter filter) {
      return List.of(filter.getCondition());
    }
    if (node instanceof LogicalProject project) {
      return project.getProjects();
    }
    LogicalSort sort = (LogicalSort) node;
    java.util.ArrayList<RexNode> list = new java.util.ArrayList<>();
    if (sort.offset != null) {
      list.add(sort.offset);
    }
    if (sort.fetch != null) {
      list.add(sort.fetch);
    }
    return list;
  }

  /** Whether an expression has no sub-query, window or correlation variable. */
  private static boolean plain(RexNode e) {
    try {
      e.accept(
          new RexVisitorImpl<Void>(true) {
            @Override
            public Void visitSubQuery(RexSubQuery subQuery) {
              throw Found.INSTANCE;
            }

            @Override
            public Void visitOver(RexOver over) {
              throw Found.INSTANCE;
            }

            @Override
            public Void visitCorrelVariable(RexCorrelVariable correlVariable) {
              throw Found.INSTANCE;
            }
          });
      return true;
    } catch (Found found) {
      return false;
    }
  }

  /** Ends the expression walk at the first thing a single-table plan may not contain. */
  private static final class Found extends RuntimeException {
    static final Found INSTANCE = new Found();

    private Found() {
      super(null, null, false, false);
    }
  }
}
