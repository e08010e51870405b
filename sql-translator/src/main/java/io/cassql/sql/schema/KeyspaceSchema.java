package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import io.cassql.schema.types.CqlKind;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * A keyspace as a SQL schema: a base table per Cassandra table and a virtual table per collection
 * column ({@code <Table><vtSeparator><Column>}). Its tables follow the driver's schema metadata, which the driver
 * keeps current from the cluster's schema events: a table created later is found without
 * reconnecting, and the table map is rebuilt only when the keyspace's metadata changed.
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

  @Override
  protected synchronized Map<String, Table> getTableMap() {
    KeyspaceMetadata current = source.session().getMetadata().getKeyspace(keyspace).orElse(null);
    if (current == null) {
      return Map.of();
    }
    if (current != builtFrom) {
      Map<String, Table> map = new LinkedHashMap<>();
      for (TableMetadata t : current.getTables().values()) {
        map.put(t.getName().asInternal(), new CassandraTable(source, keyspace, t.getName()));
        for (ColumnMetadata c : t.getColumns().values()) {
          CqlKind kind = CqlKind.of(c.getType());
          if (kind == CqlKind.LIST || kind == CqlKind.SET || kind == CqlKind.MAP) {
            map.putIfAbsent(t.getName().asInternal() + source.vtSeparator() + c.getName().asInternal(),
                new VirtualTable(source, keyspace, t.getName(), c.getName()));
          }
        }
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
