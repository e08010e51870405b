package io.cassql.sql;

import io.cassql.sql.exec.QueryCanceledException;
import io.cassql.sql.exec.QueryControl;
import io.cassql.sql.rel.MemoryMeters;
import io.cassql.sql.rewrite.CheckedArithmetic;
import io.cassql.sql.rewrite.CommonConjuncts;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.calcite.config.CalciteConnectionConfig;
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
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.rules.JoinAssociateRule;
import org.apache.calcite.rel.rules.JoinPushThroughJoinRule;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.sql2rel.RelFieldTrimmer;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;
import org.apache.calcite.tools.RelBuilder;

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
   * SQL mode's program: for a query that only filters, projects, sorts and limits one table ({@link
   * SingleTablePlanning#applies}) the steps of the whole program that can change such a plan, with
   * the rules of the default set that can match it; for any other query the whole program with the
   * whole default set. The planner comes without rules ({@code QueryPreparation}); this program
   * adds them, before the rules that a Cassandra table registered, as Calcite's planner factory
   * would have.
   */
  static Program program() {
    return PlannerSetup::planQuery;
  }

  private static RelNode planQuery(
      RelOptPlanner planner,
      RelNode rel,
      RelTraitSet requiredOutputTraits,
      List<RelOptMaterialization> materializations,
      List<RelOptLattice> lattices) {
    if (FULL_PROGRAM_ONLY.get() || !SingleTablePlanning.applies(rel)) {
      useRules(planner, FullProgram::registerDefaultRules);
      return FullProgram.PROGRAM.run(
          planner, rel, requiredOutputTraits, materializations, lattices);
    }
    useRules(planner, p -> SingleTablePlanning.rules().forEach(p::addRule));
    // sub-query removal, decorrelation, the reduction of AVG and the like, and measures have
    // nothing to match in such a plan: our rewrites, trimming and the cost-based planner remain
    RelNode trimmed = trim(rewrite(rel));
    RelNode best =
        orderJoinsThenPlan(planner, trimmed, requiredOutputTraits, materializations, lattices);
    RelNode calcs =
        SingleTablePlanning.pushedEntirely(best)
            ? best // no operator in memory: nothing for the calc program to merge
            : Programs.calc(DefaultRelMetadataProvider.INSTANCE)
                .run(planner, best, requiredOutputTraits, materializations, lattices);
    return MemoryMeters.insert(calcs);
  }

  /** Set by tests that compare a single-table plan with the whole program's. */
  private static final ThreadLocal<Boolean> FULL_PROGRAM_ONLY =
      ThreadLocal.withInitial(() -> false);

  /**
   * Runs {@code action} on this thread with the whole program for every query (for tests that
   * compare plans).
   */
  public static <T> T withFullProgram(Callable<T> action) throws Exception {
    FULL_PROGRAM_ONLY.set(true);
    try {
      return action.call();
    } finally {
      FULL_PROGRAM_ONLY.remove();
    }
  }

  /**
   * Gives the planner the rules {@code register} adds ahead of the rules it has (those a table
   * registered when its scan was first seen), as Calcite's planner factory registers its default
   * rules first.
   */
  private static void useRules(RelOptPlanner planner, Consumer<RelOptPlanner> register) {
    List<RelOptRule> registered = List.copyOf(planner.getRules());
    registered.forEach(planner::removeRule);
    register.accept(planner);
    registered.forEach(planner::addRule);
  }

  /** Calcite's field trimming, as its standard program's. */
  private static RelNode trim(RelNode rel) {
    RelBuilder relBuilder = RelFactories.LOGICAL_BUILDER.create(rel.getCluster(), null);
    return new RelFieldTrimmer(null, relBuilder).trim(rel);
  }

  /**
   * The whole program and rule set, built on first use: Calcite's {@code Programs} and {@code
   * CoreRules} build all of Calcite's rules when first touched.
   */
  private static final class FullProgram {
    /**
     * Calcite's standard program (sub-queries, decorrelation, our rewrites, measures, field
     * trimming, the cost-based planner, calcs) with the heuristic join order before the cost-based
     * planner, and last the memory meters of the in-memory operators ({@link MemoryMeters}).
     */
    static final Program PROGRAM =
        Programs.sequence(
            Programs.subQuery(DefaultRelMetadataProvider.INSTANCE),
            Programs.decorrelate(),
            (planner, rel, traits, materializations, lattices) ->
                rewrite(reduceAggregateFunctions(planner, rel, materializations, lattices)),
            Programs.measure(DefaultRelMetadataProvider.INSTANCE),
            Programs.trim(),
            PlannerSetup::orderJoinsThenPlan,
            Programs.calc(DefaultRelMetadataProvider.INSTANCE),
            (planner, rel, traits, materializations, lattices) -> MemoryMeters.insert(rel));

    /** Adds Calcite's default rule set, as its planner factory would. */
    static void registerDefaultRules(RelOptPlanner planner) {
      boolean materializations =
          planner
              .getContext()
              .maybeUnwrap(CalciteConnectionConfig.class)
              .map(CalciteConnectionConfig::materializationsEnabled)
              .orElse(false);
      RelOptUtil.registerDefaultRules(planner, materializations, false);
    }

    /** AVG, STDDEV and VAR as SUM and COUNT first, so that their sums are checked too. */
    private static RelNode reduceAggregateFunctions(
        RelOptPlanner planner,
        RelNode rel,
        List<RelOptMaterialization> materializations,
        List<RelOptLattice> lattices) {
      HepProgram reduce =
          new HepProgramBuilder().addRuleInstance(CoreRules.AGGREGATE_REDUCE_FUNCTIONS).build();
      return Programs.of(reduce, false, DefaultRelMetadataProvider.INSTANCE)
          .run(planner, rel, rel.getTraitSet(), materializations, lattices);
    }
  }

  /** SQL mode's rewrites: checked whole-number arithmetic, common conjuncts out of ORs. */
  private static RelNode rewrite(RelNode rel) {
    return CommonConjuncts.apply(CheckedArithmetic.apply(rel));
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
