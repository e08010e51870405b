package io.cassql.sql;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultColumnMetadata;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultKeyspaceMetadata;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultTableMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A fixed schema of one keyspace ({@value #KEYSPACE}) with one table, {@code t (k int, c int, name
 * text, amount decimal, created timestamp, id uuid, tags list<text>, PRIMARY KEY (k, c))}: what the
 * planner's warm-up plans against, so that the Cassandra tables' planner rules, plan nodes and
 * generated code are ready before a user's first query, without a cluster.
 */
final class WarmUpSchema implements Metadata {
  /** The keyspace's name. */
  static final String KEYSPACE = "cassql_warm_up";

  private final Map<CqlIdentifier, KeyspaceMetadata> keyspaces;

  WarmUpSchema() {
    CqlIdentifier ks = CqlIdentifier.fromInternal(KEYSPACE);
    CqlIdentifier t = CqlIdentifier.fromInternal("t");
    ColumnMetadata k = column(ks, t, "k", DataTypes.INT, false);
    ColumnMetadata c = column(ks, t, "c", DataTypes.INT, false);
    List<ColumnMetadata> columns =
        List.of(
            k,
            c,
            column(ks, t, "name", DataTypes.TEXT, false),
            column(ks, t, "amount", DataTypes.DECIMAL, false),
            column(ks, t, "created", DataTypes.TIMESTAMP, false),
            column(ks, t, "id", DataTypes.UUID, false),
            column(ks, t, "tags", DataTypes.listOf(DataTypes.TEXT), false));
    Map<CqlIdentifier, ColumnMetadata> byName = new LinkedHashMap<>();
    columns.forEach(col -> byName.put(col.getName(), col));
    TableMetadata table =
        new DefaultTableMetadata(
            ks,
            t,
            new UUID(0, 1),
            false,
            false,
            List.of(k),
            Map.of(c, ClusteringOrder.ASC),
            byName,
            Map.of(),
            Map.of());
    keyspaces =
        Map.of(
            ks,
            new DefaultKeyspaceMetadata(
                ks,
                false,
                false,
                Map.of(),
                Map.of(),
                Map.of(t, table),
                Map.of(),
                Map.of(),
                Map.of()));
  }

  private static ColumnMetadata column(
      CqlIdentifier ks, CqlIdentifier t, String name, DataType type, boolean isStatic) {
    return new DefaultColumnMetadata(ks, t, CqlIdentifier.fromInternal(name), type, isStatic);
  }

  @Override
  public Map<UUID, Node> getNodes() {
    return Map.of();
  }

  @Override
  public Map<CqlIdentifier, KeyspaceMetadata> getKeyspaces() {
    return keyspaces;
  }

  @Override
  public Optional<TokenMap> getTokenMap() {
    return Optional.empty();
  }
}
