package io.cassql.sql.rel;

import io.cassql.sql.exec.ValueSource;
import io.cassql.sql.pushdown.ColumnPredicate;
import io.cassql.sql.pushdown.KeyLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexNode;

/** Key predicates answered by Cassandra: the WHERE clause of the CQL SELECT. */
public final class CassandraFilter extends Filter implements CassandraRel {
  private final List<ColumnPredicate<ValueSource>> pushed;
  private final boolean singlePartition;
  private final KeyLayout keyLayout;
  private final boolean allowFiltering;

  public CassandraFilter(
      RelOptCluster cluster,
      RelTraitSet traits,
      RelNode input,
      RexNode condition,
      List<ColumnPredicate<ValueSource>> pushed,
      boolean singlePartition,
      KeyLayout keyLayout,
      boolean allowFiltering) {
    super(cluster, traits, input, condition);
    this.pushed = List.copyOf(pushed);
    this.singlePartition = singlePartition;
    this.keyLayout = keyLayout;
    this.allowFiltering = allowFiltering;
  }

  @Override
  public Filter copy(RelTraitSet traitSet, RelNode input, RexNode condition) {
    return new CassandraFilter(
        getCluster(),
        traitSet,
        input,
        condition,
        pushed,
        singlePartition,
        keyLayout,
        allowFiltering);
  }

  /**
   * Whether the pushed predicates fix exactly one partition (rows then come in clustering order).
   */
  public boolean isSinglePartition() {
    return singlePartition;
  }

  /** The key layout of the filtered table. */
  public KeyLayout keyLayout() {
    return keyLayout;
  }

  /** Reading a few partitions costs a small fraction of a scan. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return super.computeSelfCost(planner, mq).multiplyBy(0.01);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return singlePartition ? 10 : 100;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item(
            "cql",
            pushed.stream()
                .map(p -> p.column() + " " + p.op().cql() + " ?")
                .collect(Collectors.joining(" AND ")));
  }

  @Override
  public void implement(Implementor implementor) {
    implementor.visitChild(getInput());
    implementor.select = implementor.select.withWhere(pushed);
    if (allowFiltering) {
      implementor.select = implementor.select.withAllowFiltering();
    }
  }
}
