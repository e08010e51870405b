package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.relational.ElementPart;
import io.cassql.relational.RelationKind;
import io.cassql.relational.RelationalColumn;
import io.cassql.relational.RelationalTable;
import io.cassql.sql.pushdown.CollectionLayout;
import io.cassql.sql.rel.CassandraCollectionScan;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * The virtual table of one collection column, shaped by the SQL-mode relational model: the
 * primary-key columns, then {@code <C>_index} (list, 0-based) or {@code <C>_key} (map), then {@code
 * <C>_value}; one row per element. It is read by a {@link CassandraCollectionScan} of the key and
 * the collection only, so key predicates go to CQL as on the base table, full reads use token
 * ranges, and a join with the base table on the primary key is one read.
 */
public final class VirtualTable extends AbstractTable implements TranslatableTable {
  private final SchemaSource source;
  private final CqlIdentifier keyspace;
  private final CqlIdentifier table;
  private final CqlIdentifier collection;

  VirtualTable(
      SchemaSource source, CqlIdentifier keyspace, CqlIdentifier table, CqlIdentifier collection) {
    this.source = source;
    this.keyspace = keyspace;
    this.table = table;
    this.collection = collection;
  }

  /** The virtual table as the SQL-mode relational model shows it. */
  public RelationalTable model() {
    TableMetadata m = CassandraTable.metadata(source, keyspace, table);
    return KeyspaceSchema.model(source)
        .virtualTable(
            keyspace.asInternal(), m, m.getColumn(collection).orElseThrow(), RelationKind.TABLE)
        .orElseThrow();
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory f) {
    return CassandraTable.rowType(f, model());
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    TableMetadata m = CassandraTable.metadata(source, keyspace, table);
    RelationalTable vt = model();
    List<String> keys =
        vt.columns().stream()
            .filter(c -> c.part() == ElementPart.COLUMN)
            .map(RelationalColumn::name)
            .toList();
    CollectionLayout layout = CollectionLayout.ofCollection(keys, vt.collection(), vt.shape());
    var scanSource =
        new CassandraCollectionScan.Source(
            keyspace.asInternal(),
            table.asInternal(),
            CassandraTable.keyLayout(m),
            source.allowFiltering());
    return CassandraCollectionScan.of(
        context.getCluster(), relOptTable, scanSource, layout, relOptTable.getRowType());
  }

  /**
   * The CQL type of a column of this virtual table (a key column, or the collection's index, key or
   * value).
   */
  public DataType cqlType(String column) {
    return model().column(column).map(RelationalColumn::cqlType).orElse(null);
  }
}
