package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.cassql.schema.types.CqlKind;
import io.cassql.sql.exec.CqlExecutor;
import io.cassql.sql.exec.PushedScan;
import io.cassql.sql.exec.ScanSpec;
import io.cassql.sql.pushdown.KeyLayout;
import io.cassql.sql.rel.CassandraTableScan;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.AbstractQueryableTable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.linq4j.Queryable;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTableQueryable;

/**
 * The base table of a Cassandra table: every column except collections, in Cassandra's order
 * (partition key, clustering columns, then the others). Scans are planned into CQL by the
 * Cassandra convention's rules.
 */
public final class CassandraTable extends AbstractQueryableTable implements TranslatableTable {
  private final CqlExecutor executor;
  private final CqlIdentifier keyspace;
  private final CqlIdentifier table;

  CassandraTable(CqlExecutor executor, CqlIdentifier keyspace, CqlIdentifier table) {
    super(Object[].class);
    this.executor = executor;
    this.keyspace = keyspace;
    this.table = table;
  }

  /** The table's current metadata. */
  public TableMetadata metadata() {
    return metadata(executor, keyspace, table);
  }

  /** The current metadata of {@code keyspace.table}. */
  static TableMetadata metadata(CqlExecutor executor, CqlIdentifier keyspace, CqlIdentifier table) {
    return executor.session().getMetadata().getKeyspace(keyspace)
        .flatMap(k -> k.getTable(table))
        .orElseThrow(() -> new IllegalStateException("table " + keyspace.asInternal() + "." + table.asInternal() + " no longer exists"));
  }

  /** Whether the connection lets the planner use ALLOW FILTERING. */
  public boolean allowFiltering() {
    return executor.allowFiltering();
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

  @Override
  public <T> Queryable<T> asQueryable(QueryProvider provider, SchemaPlus schema, String name) {
    return new CassandraQueryable<>(provider, schema, this, name, executor, keyspace, table);
  }

  /** What generated code calls to run a pushed scan (of a base table or of its virtual tables). */
  public static final class CassandraQueryable<T> extends AbstractTableQueryable<T> {
    private final CqlExecutor executor;
    private final CqlIdentifier keyspace;
    private final CqlIdentifier physicalTable;

    CassandraQueryable(QueryProvider provider, SchemaPlus schema, AbstractQueryableTable table, String name,
        CqlExecutor executor, CqlIdentifier keyspace, CqlIdentifier physicalTable) {
      super(provider, schema, table, name);
      this.executor = executor;
      this.keyspace = keyspace;
      this.physicalTable = physicalTable;
    }

    @Override
    public org.apache.calcite.linq4j.Enumerator<T> enumerator() {
      throw new UnsupportedOperationException("Cassandra tables are read through pushed scans");
    }

    /** Runs the scan encoded in {@code spec}. */
    public Enumerable<Object> query(DataContext root, String spec) {
      return PushedScan.run(executor, metadata(executor, keyspace, physicalTable), ScanSpec.decode(spec), root);
    }

    @Override
    public Type getElementType() {
      return Object[].class;
    }
  }
}
