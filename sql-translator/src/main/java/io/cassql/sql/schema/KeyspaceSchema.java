package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import io.cassql.relational.QueryMode;
import io.cassql.relational.RelationKind;
import io.cassql.relational.RelationalModel;
import io.cassql.relational.RelationalTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * A keyspace as a SQL schema: the tables of the SQL-mode {@link RelationalModel} (a base table per
 * Cassandra table and a virtual table per collection column, {@code <Table><vtSeparator><Column>}).
 * Materialized views and their virtual tables, which the model lists for {@code DatabaseMetaData},
 * are not planned yet. No permission filter applies here: a table the role may not read stays
 * visible so that a query of it answers Cassandra's authorization error (42000). Its tables follow
 * the driver's schema metadata, which the driver keeps current from the cluster's schema events: a
 * table created later is found without reconnecting, and the table map is rebuilt only when the
 * keyspace's metadata changed.
 */
public final class KeyspaceSchema extends AbstractSchema {
  private final SchemaSource source;
  private final CqlIdentifier keyspace;
  private KeyspaceMetadata builtFrom;
  private Map<String, Table> tables = Map.of();

  public KeyspaceSchema(SchemaSource source, CqlIdentifier keyspace) {
    this.source = source;
    this.keyspace = keyspace;
  }

  /** The SQL-mode relational model of {@code source}'s connections. */
  static RelationalModel model(SchemaSource source) {
    return new RelationalModel(QueryMode.SQL, source.vtSeparator());
  }

  @Override
  protected synchronized Map<String, Table> getTableMap() {
    KeyspaceMetadata current = source.metadata().getKeyspace(keyspace).orElse(null);
    if (current == null) {
      return Map.of();
    }
    if (current != builtFrom) {
      Map<String, Table> map = new LinkedHashMap<>();
      for (RelationalTable t : model(source).keyspace(current).tables()) {
        if (t.kind() == RelationKind.VIEW) {
          continue;
        }
        CqlIdentifier relation = CqlIdentifier.fromInternal(t.relation());
        map.put(
            t.name(),
            t.isVirtual()
                ? new VirtualTable(
                    source, keyspace, relation, CqlIdentifier.fromInternal(t.collection()))
                : new CassandraTable(source, keyspace, relation));
      }
      tables = map;
      builtFrom = current;
    }
    return tables;
  }

  @Override
  public boolean isMutable() {
    return false;
  }
}
