package io.cassql.relational;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.RelationMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.ViewMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the relational model of a cluster from the Java driver's schema metadata, for one mode and
 * one virtual-table separator. In SQL mode each Cassandra table (or view) is a base table without
 * its collection columns plus a virtual table {@code <Table><separator><Column>} per list, set or
 * map column; in CQL mode each is one table with every column. Instances are immutable and cheap.
 */
public final class RelationalModel {
  /** Cassandra's own keyspaces, whose tables are system tables. */
  public static final Set<String> SYSTEM_KEYSPACES =
      Set.of(
          "system",
          "system_schema",
          "system_auth",
          "system_distributed",
          "system_traces",
          "system_views",
          "system_virtual_schema");

  private static final CqlIdentifier COMMENT = CqlIdentifier.fromInternal("comment");

  private final QueryMode mode;
  private final String vtSeparator;

  /** The model of {@code mode}, virtual tables named with {@code vtSeparator}. */
  public RelationalModel(QueryMode mode, String vtSeparator) {
    this.mode = mode;
    this.vtSeparator = vtSeparator;
  }

  public QueryMode mode() {
    return mode;
  }

  public String vtSeparator() {
    return vtSeparator;
  }

  /**
   * The keyspaces {@code readable} lets the role see, sorted by name, each with its readable
   * tables.
   */
  public List<RelationalKeyspace> keyspaces(Metadata metadata, ReadableRelations readable) {
    List<RelationalKeyspace> out = new ArrayList<>();
    for (KeyspaceMetadata ks : metadata.getKeyspaces().values()) {
      if (readable.keyspace(ks.getName().asInternal())) {
        out.add(keyspace(ks, readable));
      }
    }
    out.sort(Comparator.comparing(RelationalKeyspace::name));
    return out;
  }

  /** Every table of a keyspace. */
  public RelationalKeyspace keyspace(KeyspaceMetadata ks) {
    return keyspace(ks, ReadableRelations.ALL);
  }

  /**
   * The tables of a keyspace that {@code readable} lets the role see (a view: when its base table
   * is).
   */
  public RelationalKeyspace keyspace(KeyspaceMetadata ks, ReadableRelations readable) {
    String name = ks.getName().asInternal();
    boolean system = SYSTEM_KEYSPACES.contains(name);
    Map<String, RelationalTable> bases = new LinkedHashMap<>();
    List<RelationalTable> virtuals = new ArrayList<>();
    for (TableMetadata table : ks.getTables().values()) {
      if (readable.table(name, table.getName().asInternal())) {
        add(name, table, system ? RelationKind.SYSTEM_TABLE : RelationKind.TABLE, bases, virtuals);
      }
    }
    for (ViewMetadata view : ks.getViews().values()) {
      if (readable.table(name, view.getBaseTable().asInternal())) {
        add(name, view, RelationKind.VIEW, bases, virtuals);
      }
    }
    List<RelationalTable> tables = new ArrayList<>(bases.values());
    for (RelationalTable v : virtuals) {
      if (!bases.containsKey(v.name())) {
        tables.add(v);
      }
    }
    return new RelationalKeyspace(name, system, tables);
  }

  private void add(
      String keyspace,
      RelationMetadata relation,
      RelationKind kind,
      Map<String, RelationalTable> bases,
      List<RelationalTable> virtuals) {
    RelationalTable base = baseTable(keyspace, relation, kind);
    bases.put(base.name(), base);
    virtuals.addAll(virtualTables(keyspace, relation, kind));
  }

  /** The base table of a Cassandra table or view (in SQL mode without its collection columns). */
  public RelationalTable baseTable(String keyspace, RelationMetadata relation, RelationKind kind) {
    List<RelationalColumn> columns = new ArrayList<>();
    for (ColumnMetadata c : relation.getColumns().values()) {
      if (mode == QueryMode.CQL || CollectionShape.of(c.getType()).isEmpty()) {
        columns.add(
            column(
                c.getName().asInternal(), c.getType(), keyRole(relation, c), ElementPart.COLUMN));
      }
    }
    Object comment = relation.getOptions().get(COMMENT);
    return new RelationalTable(
        keyspace,
        relation.getName().asInternal(),
        kind,
        comment == null ? "" : comment.toString(),
        columns,
        keyNames(relation),
        relation.getName().asInternal(),
        null,
        null,
        null);
  }

  /**
   * The virtual tables of a Cassandra table or view, one per collection column (none in CQL mode).
   */
  public List<RelationalTable> virtualTables(
      String keyspace, RelationMetadata relation, RelationKind kind) {
    List<RelationalTable> out = new ArrayList<>();
    if (mode == QueryMode.SQL) {
      for (ColumnMetadata c : relation.getColumns().values()) {
        virtualTable(keyspace, relation, c, kind).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The virtual table of collection column {@code collection}; empty when it is no list, set or
   * map.
   */
  public Optional<RelationalTable> virtualTable(
      String keyspace, RelationMetadata relation, ColumnMetadata collection, RelationKind kind) {
    Optional<CollectionShape> shape = CollectionShape.of(collection.getType());
    if (shape.isEmpty()) {
      return Optional.empty();
    }
    String base = relation.getName().asInternal();
    String col = collection.getName().asInternal();
    List<RelationalColumn> columns = new ArrayList<>();
    for (ColumnMetadata k : keys(relation)) {
      columns.add(
          column(k.getName().asInternal(), k.getType(), keyRole(relation, k), ElementPart.COLUMN));
    }
    for (ElementPart part : shape.get().parts()) {
      columns.add(
          column(
              part.columnName(col),
              CollectionShape.partType(collection.getType(), part),
              KeyRole.NONE,
              part));
    }
    List<String> keyNames = keyNames(relation);
    return Optional.of(
        new RelationalTable(
            keyspace,
            base + vtSeparator + col,
            kind,
            "virtual table of collection column " + col + " of " + base,
            columns,
            keyNames,
            base,
            col,
            shape.get(),
            new ForeignKey(base, keyNames)));
  }

  private RelationalColumn column(
      String name,
      com.datastax.oss.driver.api.core.type.DataType type,
      KeyRole role,
      ElementPart part) {
    return new RelationalColumn(name, type, ColumnTypes.of(type, mode), role, part);
  }

  private static List<ColumnMetadata> keys(RelationMetadata relation) {
    List<ColumnMetadata> keys = new ArrayList<>(relation.getPartitionKey());
    keys.addAll(relation.getClusteringColumns().keySet());
    return keys;
  }

  private static List<String> keyNames(RelationMetadata relation) {
    return keys(relation).stream().map(c -> c.getName().asInternal()).toList();
  }

  private static KeyRole keyRole(RelationMetadata relation, ColumnMetadata column) {
    if (relation.getPartitionKey().contains(column)) {
      return KeyRole.PARTITION;
    }
    return relation.getClusteringColumns().containsKey(column) ? KeyRole.CLUSTERING : KeyRole.NONE;
  }
}
