package io.cassql.relational;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.ViewMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultColumnMetadata;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultKeyspaceMetadata;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultTableMetadata;
import com.datastax.oss.driver.internal.core.metadata.schema.DefaultViewMetadata;
import com.datastax.oss.driver.shaded.guava.common.collect.ImmutableList;
import com.datastax.oss.driver.shaded.guava.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Java driver's own schema metadata objects, built without a server for the model's tests. */
final class SchemaFixtures {
  private SchemaFixtures() {}

  /** A column name and type. */
  record Col(String name, DataType type) {}

  static Col col(String name, DataType type) {
    return new Col(name, type);
  }

  private static ColumnMetadata meta(String ks, String table, Col c, boolean isStatic) {
    return new DefaultColumnMetadata(
        CqlIdentifier.fromInternal(ks),
        CqlIdentifier.fromInternal(table),
        CqlIdentifier.fromInternal(c.name()),
        c.type(),
        isStatic);
  }

  /**
   * A table with partition key, clustering columns and other columns, commented {@code comment}.
   */
  static TableMetadata table(
      String ks,
      String name,
      List<Col> partition,
      List<Col> clustering,
      List<Col> others,
      String comment) {
    List<ColumnMetadata> pk = partition.stream().map(c -> meta(ks, name, c, false)).toList();
    Map<ColumnMetadata, ClusteringOrder> ck = new LinkedHashMap<>();
    clustering.forEach(c -> ck.put(meta(ks, name, c, false), ClusteringOrder.ASC));
    Map<CqlIdentifier, ColumnMetadata> all = new LinkedHashMap<>();
    pk.forEach(c -> all.put(c.getName(), c));
    ck.keySet().forEach(c -> all.put(c.getName(), c));
    others.forEach(c -> all.put(CqlIdentifier.fromInternal(c.name()), meta(ks, name, c, false)));
    Map<CqlIdentifier, Object> options =
        comment == null ? Map.of() : Map.of(CqlIdentifier.fromInternal("comment"), comment);
    return new DefaultTableMetadata(
        CqlIdentifier.fromInternal(ks),
        CqlIdentifier.fromInternal(name),
        UUID.randomUUID(),
        false,
        false,
        pk,
        ck,
        all,
        options,
        Map.of());
  }

  /** A materialized view of {@code base}. */
  static ViewMetadata view(
      String ks,
      String name,
      String base,
      List<Col> partition,
      List<Col> clustering,
      List<Col> others) {
    List<ColumnMetadata> pk = partition.stream().map(c -> meta(ks, name, c, false)).toList();
    Map<ColumnMetadata, ClusteringOrder> ck = new LinkedHashMap<>();
    clustering.forEach(c -> ck.put(meta(ks, name, c, false), ClusteringOrder.ASC));
    Map<CqlIdentifier, ColumnMetadata> all = new LinkedHashMap<>();
    pk.forEach(c -> all.put(c.getName(), c));
    ck.keySet().forEach(c -> all.put(c.getName(), c));
    others.forEach(c -> all.put(CqlIdentifier.fromInternal(c.name()), meta(ks, name, c, false)));
    return new DefaultViewMetadata(
        CqlIdentifier.fromInternal(ks),
        CqlIdentifier.fromInternal(name),
        CqlIdentifier.fromInternal(base),
        false,
        null,
        UUID.randomUUID(),
        ImmutableList.copyOf(pk),
        ImmutableMap.copyOf(ck),
        ImmutableMap.copyOf(all),
        Map.of());
  }

  /** A keyspace holding {@code tables} and {@code views}. */
  static KeyspaceMetadata keyspace(
      String name, List<TableMetadata> tables, List<ViewMetadata> views) {
    Map<CqlIdentifier, TableMetadata> t = new LinkedHashMap<>();
    tables.forEach(x -> t.put(x.getName(), x));
    Map<CqlIdentifier, ViewMetadata> v = new LinkedHashMap<>();
    views.forEach(x -> v.put(x.getName(), x));
    return new DefaultKeyspaceMetadata(
        CqlIdentifier.fromInternal(name),
        false,
        false,
        Map.of(),
        Map.of(),
        t,
        v,
        Map.of(),
        Map.of());
  }

  static List<Col> cols(Col... cols) {
    return new ArrayList<>(List.of(cols));
  }
}
