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
  private final boolean charging;

  MemoryMeter(
      RelOptCluster cluster, RelTraitSet traits, RelNode input, String operator, boolean charging) {
    super(cluster, traits, input);
    this.operator = operator;
    this.charging = charging;
  }

  /** A meter over {@code input} for {@code operator}, with the input's traits. */
  static MemoryMeter over(RelNode input, String operator) {
    return new MemoryMeter(input.getCluster(), input.getTraitSet(), input, operator, true);
  }

  /**
   * A meter over the input of {@code operator} that only checks each row for a stop of the query
   * (the operator's own rows are charged where it hands them on).
   */
  static MemoryMeter checking(RelNode input, String operator) {
    return new MemoryMeter(input.getCluster(), input.getTraitSet(), input, operator, false);
  }

  /** The in-memory operator the rows are charged to. */
  public String operator() {
    return operator;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new MemoryMeter(getCluster(), traitSet, sole(inputs), operator, charging);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("operator", operator)
        .itemIf("checks", "stop only", !charging);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result child = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    BlockBuilder block = new BlockBuilder();
    Expression rows = block.append("rows", child.block);
    Expression metered =
        block.append(
            "metered",
            charging
                ? Expressions.call(
                    MeteredRows.class,
                    "meter",
                    implementor.getRootExpression(),
                    Expressions.constant(operator),
                    rows)
                : Expressions.call(
                    MeteredRows.class, "checked", implementor.getRootExpression(), rows));
    block.add(Expressions.return_(null, metered));
    return implementor.result(child.physType, block.toBlock());
  }
}
