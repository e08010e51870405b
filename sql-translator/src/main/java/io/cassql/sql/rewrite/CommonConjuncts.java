package io.cassql.sql.rewrite;

import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Pulls the conjuncts that every branch of an OR shares out of it, in filter and join conditions:
 * {@code (a AND b) OR (a AND c)} becomes {@code a AND (b OR c)}. TPC-H Q19 repeats its join
 * condition in each branch of an OR; pulled out, it becomes a hash join's key instead of leaving a
 * cross product under a filter.
 */
public final class CommonConjuncts extends RelHomogeneousShuttle {
  private CommonConjuncts() {}

  /**
   * {@code rel} with the common conjuncts of every OR in its filter and join conditions pulled out.
   */
  public static RelNode apply(RelNode rel) {
    return rel.accept(new CommonConjuncts());
  }

  /** {@code condition} with the conjuncts shared by the branches of its ORs factored out. */
  public static RexNode pull(RexBuilder builder, RexNode condition) {
    if (!condition.isA(SqlKind.OR) && !condition.isA(SqlKind.AND)) {
      return condition;
    }
    RexNode pulled = RexUtil.pullFactors(builder, condition);
    return pulled.equals(condition) ? condition : pulled;
  }

  @Override
  public RelNode visit(RelNode other) {
    RelNode rel = super.visit(other);
    RexBuilder builder = rel.getCluster().getRexBuilder();
    if (rel instanceof Filter f) {
      RexNode c = pull(builder, f.getCondition());
      return c == f.getCondition() ? f : f.copy(f.getTraitSet(), f.getInput(), c);
    }
    if (rel instanceof Join j) {
      RexNode c = pull(builder, j.getCondition());
      return c == j.getCondition()
          ? j
          : j.copy(
              j.getTraitSet(), c, j.getLeft(), j.getRight(), j.getJoinType(), j.isSemiJoinDone());
    }
    return rel;
  }
}
