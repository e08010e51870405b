package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.relational.RelationKind;
import io.cassql.relational.RelationalColumn;
import io.cassql.relational.RelationalTable;
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
 * The base table of a Cassandra table, shaped by the SQL-mode relational model: every column except
 * collections, in Cassandra's order (partition key, clustering columns, then the others). Scans are
 * planned into CQL by the Cassandra convention's rules.
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
    return source
        .metadata()
        .getKeyspace(keyspace)
        .flatMap(k -> k.getTable(table))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "table "
                        + keyspace.asInternal()
                        + "."
                        + table.asInternal()
                        + " no longer exists"));
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

  /** The table as the SQL-mode relational model shows it (no collection columns). */
  public RelationalTable model() {
    return KeyspaceSchema.model(source)
        .baseTable(keyspace.asInternal(), metadata(), RelationKind.TABLE);
  }

  /** Partition and clustering keys, for the pushdown decisions. */
  public KeyLayout keyLayout() {
    return keyLayout(metadata());
  }

  /** The key layout of a table's metadata. */
  static KeyLayout keyLayout(TableMetadata m) {
    List<String> partition =
        m.getPartitionKey().stream().map(c -> c.getName().asInternal()).toList();
    List<String> clustering = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    m.getClusteringColumns()
        .forEach(
            (c, order) -> {
              clustering.add(c.getName().asInternal());
              descending.add(order == ClusteringOrder.DESC);
            });
    return new KeyLayout(partition, clustering, descending);
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return rowType(typeFactory, model());
  }

  /** The row type of a table of the model: its columns with their model types. */
  static RelDataType rowType(RelDataTypeFactory typeFactory, RelationalTable table) {
    RelDataTypeFactory.Builder b = typeFactory.builder();
    for (RelationalColumn c : table.columns()) {
      b.add(c.name(), CalciteTypes.of(typeFactory, c));
    }
    return b.build();
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    RelOptCluster cluster = context.getCluster();
    return new CassandraTableScan(cluster, relOptTable, this);
  }

  /** The CQL type of a column of this table, or null when it has none of that name. */
  public DataType cqlType(String column) {
    return model().column(column).map(RelationalColumn::cqlType).orElse(null);
  }
}
