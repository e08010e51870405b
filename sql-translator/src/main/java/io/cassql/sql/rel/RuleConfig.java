package io.cassql.sql.rel;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * The one configuration of every operand-matching planner rule of SQL mode: its operands,
 * description and constructor (Calcite's {@code RelRule.Config} without a hand-written copy per
 * rule).
 */
record RuleConfig(
    RelBuilderFactory relBuilderFactory,
    String description,
    RelRule.OperandTransform operandSupplier,
    Function<RuleConfig, RelOptRule> factory)
    implements RelRule.Config {

  @Override
  public RelOptRule toRule() {
    return factory.apply(this);
  }

  @Override
  public RuleConfig withRelBuilderFactory(RelBuilderFactory newFactory) {
    return new RuleConfig(newFactory, description, operandSupplier, factory);
  }

  @Override
  public RuleConfig withDescription(String newDescription) {
    return new RuleConfig(relBuilderFactory, newDescription, operandSupplier, factory);
  }

  @Override
  public RuleConfig withOperandSupplier(RelRule.OperandTransform transform) {
    return new RuleConfig(relBuilderFactory, description, transform, factory);
  }
}
