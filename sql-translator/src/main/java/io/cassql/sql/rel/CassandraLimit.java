package io.cassql.sql.rel;

import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.metadata.RelMetadataQuery;

/** A row limit answered by Cassandra: {@code LIMIT n} of the CQL SELECT. */
public final class CassandraLimit extends SingleRel implements CassandraRel {
  private final long fetch;

  public CassandraLimit(RelOptCluster cluster, RelTraitSet traits, RelNode input, long fetch) {
    super(cluster, traits, input);
    this.fetch = fetch;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new CassandraLimit(getCluster(), traitSet, sole(inputs), fetch);
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return super.computeSelfCost(planner, mq).multiplyBy(0.05);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return Math.min((double) fetch, mq.getRowCount(getInput()));
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("fetch", fetch);
  }

  @Override
  public void implement(Implementor implementor) {
    implementor.visitChild(getInput());
    implementor.select = implementor.select.withLimit(fetch);
  }
}
