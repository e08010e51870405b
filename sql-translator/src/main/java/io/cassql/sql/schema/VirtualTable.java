package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import io.cassql.sql.pushdown.CollectionLayout;
import io.cassql.sql.rel.CassandraCollectionScan;
import java.util.List;
import java.util.stream.Stream;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The virtual table of one collection column: the primary-key columns, then {@code <C>_index}
 * (list, 0-based) or {@code <C>_key} (map), then {@code <C>_value}; one row per element. It is read
 * by a {@link CassandraCollectionScan} of the key and the collection only, so key predicates go to
 * CQL as on the base table, full reads use token ranges, and a join with the base table on the
 * primary key is one read.
 */
public final class VirtualTable extends AbstractTable implements TranslatableTable {
  private final SchemaSource source;
  private final CqlIdentifier keyspace;
  private final CqlIdentifier table;
  private final CqlIdentifier collection;

  VirtualTable(SchemaSource source, CqlIdentifier keyspace, CqlIdentifier table, CqlIdentifier collection) {
    this.source = source;
    this.keyspace = keyspace;
    this.table = table;
    this.collection = collection;
  }

  private static List<ColumnMetadata> keys(TableMetadata m) {
    return Stream.concat(m.getPartitionKey().stream(), m.getClusteringColumns().keySet().stream()).toList();
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    TableMetadata m = CassandraTable.metadata(source, keyspace, table);
    RelDataTypeFactory.Builder b = f.builder();
    for (ColumnMetadata k : keys(m)) {
      b.add(k.getName().asInternal(), CalciteTypes.of(f, k.getType()));
    }
    String c = collection.asInternal();
    DataType type = m.getColumn(collection).orElseThrow().getType();
    if (type instanceof ListType list) {
      b.add(c + "_index", f.createTypeWithNullability(f.createSqlType(SqlTypeName.INTEGER), true));
      b.add(c + "_value", CalciteTypes.of(f, list.getElementType()));
    } else if (type instanceof MapType map) {
      b.add(c + "_key", CalciteTypes.of(f, map.getKeyType()));
      b.add(c + "_value", CalciteTypes.of(f, map.getValueType()));
    } else if (type instanceof SetType set) {
      b.add(c + "_value", CalciteTypes.of(f, set.getElementType()));
    }
    return b.build();
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    TableMetadata m = CassandraTable.metadata(source, keyspace, table);
    DataType type = m.getColumn(collection).orElseThrow().getType();
    CollectionLayout.Shape shape = type instanceof ListType ? CollectionLayout.Shape.LIST
        : type instanceof MapType ? CollectionLayout.Shape.MAP : CollectionLayout.Shape.SET;
    CollectionLayout layout = CollectionLayout.ofCollection(
        keys(m).stream().map(k -> k.getName().asInternal()).toList(), collection.asInternal(), shape);
    var scanSource = new CassandraCollectionScan.Source(keyspace.asInternal(), table.asInternal(),
        CassandraTable.keyLayout(m), source.allowFiltering());
    return CassandraCollectionScan.of(context.getCluster(), relOptTable, scanSource, layout, relOptTable.getRowType());
  }

  /** The CQL type of a column of this virtual table (a key column, or the collection's index, key or value). */
  public DataType cqlType(String column) {
    TableMetadata m = CassandraTable.metadata(source, keyspace, table);
    String c = collection.asInternal();
    DataType type = m.getColumn(collection).orElseThrow().getType();
    if (column.equals(c + "_value")) {
      return type instanceof ListType list ? list.getElementType() : type instanceof MapType map ? map.getValueType()
          : type instanceof SetType set ? set.getElementType() : null;
    }
    if (column.equals(c + "_key") && type instanceof MapType map) {
      return map.getKeyType();
    }
    if (column.equals(c + "_index")) {
      return com.datastax.oss.driver.api.core.type.DataTypes.INT;
    }
    return keys(m).stream().filter(k -> k.getName().asInternal().equals(column)).findFirst()
        .map(ColumnMetadata::getType).orElse(null);
  }
}
