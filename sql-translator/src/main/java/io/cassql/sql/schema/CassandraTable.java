package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.cassql.schema.types.CqlKind;
import io.cassql.sql.pushdown.KeyLayout;
import io.cassql.sql.rel.CassandraTableScan;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * The base table of a Cassandra table: every column except collections, in Cassandra's order
 * (partition key, clustering columns, then the others). Scans are planned into CQL by the
 * Cassandra convention's rules.
 */
public final class CassandraTable extends AbstractTable implements TranslatableTable {
  private final SchemaSource source;
  private final CqlIdentifier keyspace;
  private final CqlIdentifier table;

  CassandraTable(SchemaSource source, CqlIdentifier keyspace, CqlIdentifier table) {
    this.source = source;
    this.keyspace = keyspace;
    this.table = table;
  }

  /** The table's current metadata. */
  public TableMetadata metadata() {
    return metadata(source, keyspace, table);
  }

  /** The current metadata of {@code keyspace.table}. */
  static TableMetadata metadata(SchemaSource source, CqlIdentifier keyspace, CqlIdentifier table) {
    return source.session().getMetadata().getKeyspace(keyspace)
        .flatMap(k -> k.getTable(table))
        .orElseThrow(() -> new IllegalStateException("table " + keyspace.asInternal() + "." + table.asInternal() + " no longer exists"));
  }

  /** Whether the connection lets the planner use ALLOW FILTERING. */
  public boolean allowFiltering() {
    return source.allowFiltering();
  }

  public String keyspaceName() {
    return keyspace.asInternal();
  }

  public String tableName() {
    return table.asInternal();
  }

  /** The columns of the base table, in order. */
  public List<ColumnMetadata> columns() {
    List<ColumnMetadata> out = new ArrayList<>();
    for (ColumnMetadata c : metadata().getColumns().values()) {
      CqlKind kind = CqlKind.of(c.getType());
      if (kind != CqlKind.LIST && kind != CqlKind.SET && kind != CqlKind.MAP) {
        out.add(c);
      }
    }
    return out;
  }

  /** Partition and clustering keys, for the pushdown decisions. */
  public KeyLayout keyLayout() {
    return keyLayout(metadata());
  }

  /** The key layout of a table's metadata. */
  static KeyLayout keyLayout(TableMetadata m) {
    List<String> partition = m.getPartitionKey().stream().map(c -> c.getName().asInternal()).toList();
    List<String> clustering = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    m.getClusteringColumns().forEach((c, order) -> {
      clustering.add(c.getName().asInternal());
      descending.add(order == ClusteringOrder.DESC);
    });
    return new KeyLayout(partition, clustering, descending);
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder b = typeFactory.builder();
    for (ColumnMetadata c : columns()) {
      b.add(c.getName().asInternal(), CalciteTypes.of(typeFactory, c.getType()));
    }
    return b.build();
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    RelOptCluster cluster = context.getCluster();
    return new CassandraTableScan(cluster, relOptTable, this);
  }

  /** The CQL type of a column of this table, or null when it has none of that name. */
  public com.datastax.oss.driver.api.core.type.DataType cqlType(String column) {
    return metadata().getColumn(CqlIdentifier.fromInternal(column)).map(ColumnMetadata::getType).orElse(null);
  }
}
