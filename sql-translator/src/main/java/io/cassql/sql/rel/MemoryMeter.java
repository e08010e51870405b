package io.cassql.sql.rel;

import io.cassql.sql.exec.MeteredRows;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;

/**
 * Passes its input's rows on unchanged, charging each to the running query's memory account (see
 * {@link MeteredRows}) on behalf of the in-memory operator it feeds ({@code operator}, shown by
 * EXPLAIN). Put into finished plans by {@link MemoryMeters}.
 */
public final class MemoryMeter extends SingleRel implements EnumerableRel {
  private final String operator;

  MemoryMeter(RelOptCluster cluster, RelTraitSet traits, RelNode input, String operator) {
    super(cluster, traits, input);
    this.operator = operator;
  }

  /** A meter over {@code input} for {@code operator}, with the input's traits. */
  static MemoryMeter over(RelNode input, String operator) {
    return new MemoryMeter(input.getCluster(), input.getTraitSet(), input, operator);
  }

  /** The in-memory operator the rows are charged to. */
  public String operator() {
    return operator;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new MemoryMeter(getCluster(), traitSet, sole(inputs), operator);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("operator", operator);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result child = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    BlockBuilder block = new BlockBuilder();
    Expression rows = block.append("rows", child.block);
    Expression metered =
        block.append(
            "metered",
            Expressions.call(
                MeteredRows.class,
                "meter",
                implementor.getRootExpression(),
                Expressions.constant(operator),
                rows));
    block.add(Expressions.return_(null, metered));
    return implementor.result(child.physType, block.toBlock());
  }
}
