package io.cassql.sql.rel;

import io.cassql.sql.pushdown.CqlSelect;
import io.cassql.sql.schema.CassandraTable;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.type.RelDataTypeField;

/** A scan of a Cassandra table: {@code SELECT <all base columns> FROM ks.t}. */
public final class CassandraTableScan extends TableScan implements CassandraRel {
  private final CassandraTable cassandraTable;

  public CassandraTableScan(
      RelOptCluster cluster, RelOptTable table, CassandraTable cassandraTable) {
    super(cluster, cluster.traitSetOf(CONVENTION), List.of(), table);
    this.cassandraTable = cassandraTable;
  }

  public CassandraTable cassandraTable() {
    return cassandraTable;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override
  public void register(RelOptPlanner planner) {
    CassandraRules.register(planner);
  }

  @Override
  public void implement(Implementor implementor) {
    implementor.table = cassandraTable;
    implementor.relOptTable = table;
    implementor.select =
        CqlSelect.of(
            cassandraTable.keyspaceName(),
            cassandraTable.tableName(),
            getRowType().getFieldList().stream().map(RelDataTypeField::getName).toList());
  }
}
