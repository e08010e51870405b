package io.cassql.sql.rel;

import io.cassql.sql.exec.PushedScan;
import io.cassql.sql.exec.ScanSpec;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.convert.ConverterImpl;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.runtime.Bindable;

/**
 * The boundary between Cassandra and memory: runs the CQL SELECT built from the Cassandra operators
 * below it and hands the rows to Calcite's in-memory operators. EXPLAIN shows the CQL.
 */
public final class CassandraToEnumerableConverter extends ConverterImpl implements EnumerableRel {

  public CassandraToEnumerableConverter(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
    super(cluster, ConventionTraitDef.INSTANCE, traits, input);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new CassandraToEnumerableConverter(getCluster(), traitSet, sole(inputs));
  }

  /** Moving rows out of Cassandra costs by the cell: fewer columns read is cheaper. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return super.computeSelfCost(planner, mq).multiplyBy(0.1 * (1 + getRowType().getFieldCount()));
  }

  private CassandraRel.Implementor cql() {
    CassandraRel.Implementor implementor = new CassandraRel.Implementor();
    implementor.visitChild(getInput());
    return implementor;
  }

  /**
   * Shows the CQL once the plan is final (during planning the input is still a set of candidates).
   */
  @Override
  public RelWriter explainTerms(RelWriter pw) {
    RelWriter w = super.explainTerms(pw);
    return isConcrete(getInput()) ? w.item("cql", cql().select.cql()) : w;
  }

  private static boolean isConcrete(RelNode rel) {
    return rel instanceof CassandraRel
        && rel.getInputs().stream().allMatch(CassandraToEnumerableConverter::isConcrete);
  }

  /**
   * This operator's rows without generated code, for a plan that is this operator alone: the same
   * call {@link #implement} generates ({@code PushedScan.scan(root, spec)}), made directly. Rows
   * are what the generated code would give (one value per row when there is one column, else an
   * array).
   */
  public Bindable<Object> directBindable() {
    CassandraRel.Implementor cql = cql();
    String spec = new ScanSpec(cql.select, cql.layout).encode();
    return dataContext -> PushedScan.scan(dataContext, spec);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    CassandraRel.Implementor cql = cql();
    PhysType physType =
        PhysTypeImpl.of(
            implementor.getTypeFactory(), getRowType(), pref.prefer(JavaRowFormat.ARRAY));
    BlockBuilder block = new BlockBuilder();
    // the plan names no connection: the executing one is found in the data context of each
    // execution
    Expression spec = Expressions.constant(new ScanSpec(cql.select, cql.layout).encode());
    Expression rows =
        block.append(
            "rows",
            Expressions.call(PushedScan.class, "scan", implementor.getRootExpression(), spec));
    block.add(Expressions.return_(null, rows));
    return implementor.result(physType, block.toBlock());
  }
}
