package io.cassql.sql;

import io.cassql.sql.exec.QueryCanceledException;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.rel.MemoryMeters;
import io.cassql.sql.rewrite.CheckedArithmetic;
import io.cassql.sql.rewrite.CommonConjuncts;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.calcite.plan.RelOptLattice;
import org.apache.calcite.plan.RelOptListener;
import org.apache.calcite.plan.RelOptMaterialization;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.rules.JoinAssociateRule;
import org.apache.calcite.rel.rules.JoinPushThroughJoinRule;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;

/**
 * How SQL mode plans a query: Calcite's standard program, except that joins of four inputs or more
 * are ordered heuristically (joins gathered into one multi-join, ordered by {@code
 * LoptOptimizeJoinRule}) instead of by the exhaustive search of {@code JoinPushThroughJoinRule} and
 * {@code JoinAssociateRule}, whose equivalent join trees (each with its projections, which {@code
 * ProjectMergeRule} then combines pairwise) make a 5-way join plan for minutes or forever; and
 * planning gives up once the caller's deadline passes.
 */
public final class PlannerSetup {
  private PlannerSetup() {}

  /** Thrown out of the planner when a plan takes longer than its statement's query timeout. */
  public static final class PlanningTimeout extends RuntimeException {
    PlanningTimeout(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Runs {@code prepare} (a Calcite preparation on this thread) with SQL mode's planner program,
   * aborting it before the next rule firing with {@link PlanningTimeout} once the deadline of
   * {@code control} has passed, or with {@link QueryCanceledException} once it is cancelled.
   */
  public static <T> T plan(QueryControl control, Callable<T> prepare) throws Exception {
    try (Hook.Closeable program = Hook.PROGRAM.addThread(PlannerSetup::useProgram);
        Hook.Closeable planner =
            Hook.PLANNER.addThread((RelOptPlanner p) -> p.addListener(new Guard(control)))) {
      control.check();
      return prepare.call();
    }
  }

  /** Calcite's {@code Hook.PROGRAM} hands a holder; this puts SQL mode's program in it. */
  private static void useProgram(org.apache.calcite.util.Holder<Program> holder) {
    holder.set(program());
  }

  /**
   * Calcite's standard program (sub-queries, decorrelation, our rewrites, measures, field trimming,
   * the cost-based planner, calcs) with the heuristic join order before the cost-based planner, and
   * last the memory meters of the in-memory operators ({@link MemoryMeters}).
   */
  static Program program() {
    RelMetadataProvider metadata = DefaultRelMetadataProvider.INSTANCE;
    return Programs.sequence(
        Programs.subQuery(metadata),
        Programs.decorrelate(),
        PlannerSetup::rewrite,
        Programs.measure(metadata),
        Programs.trim(),
        PlannerSetup::orderJoinsThenPlan,
        Programs.calc(metadata),
        (planner, rel, traits, materializations, lattices) -> MemoryMeters.insert(rel));
  }

  /**
   * SQL mode's rewrites of the decorrelated plan: checked whole-number arithmetic, common conjuncts
   * out of ORs.
   */
  private static RelNode rewrite(
      RelOptPlanner planner,
      RelNode rel,
      RelTraitSet requiredOutputTraits,
      List<RelOptMaterialization> materializations,
      List<RelOptLattice> lattices) {
    // AVG, STDDEV and VAR as SUM and COUNT first, so that their sums are checked too
    HepProgram reduce =
        new HepProgramBuilder().addRuleInstance(CoreRules.AGGREGATE_REDUCE_FUNCTIONS).build();
    RelNode reduced =
        Programs.of(reduce, false, DefaultRelMetadataProvider.INSTANCE)
            .run(planner, rel, rel.getTraitSet(), materializations, lattices);
    return CommonConjuncts.apply(CheckedArithmetic.apply(reduced));
  }

  /**
   * Joins from which the order is heuristic (4 inputs or more). Fewer keep Calcite's exhaustive
   * search, which is quick for them and keeps their shape for the rules that fuse a base table
   * joined with its collection (virtual) tables into one read.
   */
  static final int MIN_JOINS = 3;

  /**
   * The rules whose search over join orders is exhaustive (removed here, replaced by the
   * heuristic).
   */
  static boolean exhaustiveJoinRule(RelOptRule rule) {
    return rule instanceof JoinPushThroughJoinRule || rule instanceof JoinAssociateRule;
  }

  private static RelNode orderJoinsThenPlan(
      RelOptPlanner planner,
      RelNode rel,
      RelTraitSet requiredOutputTraits,
      List<RelOptMaterialization> materializations,
      List<RelOptLattice> lattices) {
    RelNode ordered = rel;
    if (RelOptUtil.countJoins(rel) >= MIN_JOINS) {
      for (RelOptRule rule : List.copyOf(planner.getRules())) {
        if (exhaustiveJoinRule(rule)) {
          planner.removeRule(rule);
        }
      }
      HepProgram gather =
          new HepProgramBuilder()
              .addRuleInstance(CoreRules.FILTER_INTO_JOIN)
              .addMatchOrder(HepMatchOrder.BOTTOM_UP)
              .addRuleInstance(CoreRules.JOIN_TO_MULTI_JOIN)
              .addRuleInstance(CoreRules.MULTI_JOIN_OPTIMIZE)
              .build();
      ordered =
          Programs.of(gather, false, DefaultRelMetadataProvider.INSTANCE)
              .run(planner, rel, requiredOutputTraits, materializations, lattices);
    }
    for (RelOptMaterialization materialization : materializations) {
      planner.addMaterialization(materialization);
    }
    for (RelOptLattice lattice : lattices) {
      planner.addLattice(lattice);
    }
    planner.setRoot(ordered);
    RelNode root =
        ordered.getTraitSet().equals(requiredOutputTraits)
            ? ordered
            : planner.changeTraits(ordered, requiredOutputTraits);
    planner.setRoot(root);
    return planner.chooseDelegate().findBestExp();
  }

  /**
   * Ends planning, before the next rule firing, once the query is cancelled or its deadline has
   * passed.
   */
  private record Guard(QueryControl control) implements RelOptListener {
    @Override
    public void ruleAttempted(RuleAttemptedEvent event) {
      if (control.isCanceled()) {
        throw control.canceledException();
      }
      if (control.remainingNanos() == 0) {
        throw new PlanningTimeout(
            "planning took longer than the query timeout (" + control.timeoutMillis() + " ms)");
      }
    }

    @Override
    public void relEquivalenceFound(RelEquivalenceEvent event) {}

    @Override
    public void ruleProductionSucceeded(RuleProductionEvent event) {}

    @Override
    public void relDiscarded(RelDiscardedEvent event) {}

    @Override
    public void relChosen(RelChosenEvent event) {}
  }
}
