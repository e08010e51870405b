package io.cassql.sql.rel;

import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * ORDER BY on clustering columns within one partition (optionally with LIMIT), answered by
 * Cassandra: {@code ORDER BY c1 DESC, ...} of the CQL SELECT.
 */
public final class CassandraSort extends Sort implements CassandraRel {
  private final List<String> columns;
  private final List<Boolean> descending;

  public CassandraSort(
      RelOptCluster cluster,
      RelTraitSet traits,
      RelNode input,
      RelCollation collation,
      RexNode fetch,
      List<String> columns,
      List<Boolean> descending) {
    super(cluster, traits, input, collation, null, fetch);
    this.columns = List.copyOf(columns);
    this.descending = List.copyOf(descending);
  }

  @Override
  public Sort copy(
      RelTraitSet traitSet,
      RelNode newInput,
      RelCollation newCollation,
      RexNode offset,
      RexNode fetch) {
    return new CassandraSort(
        getCluster(), traitSet, newInput, newCollation, fetch, columns, descending);
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return super.computeSelfCost(planner, mq).multiplyBy(0.05);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("cqlOrder", columns + " desc=" + descending);
  }

  @Override
  public void implement(Implementor implementor) {
    implementor.visitChild(getInput());
    implementor.select = implementor.select.withOrder(columns, descending);
    if (fetch != null) {
      implementor.select =
          implementor.select.withLimit(((RexLiteral) fetch).getValueAs(Long.class));
    }
  }
}
