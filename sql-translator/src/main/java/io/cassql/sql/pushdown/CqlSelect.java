package io.cassql.sql.pushdown;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CQL SELECT built from pushed operators. Values never enter the text: every value is a {@code ?}
 * marker, an IN list a single {@code IN ?} bound to a list, the limit {@code LIMIT ?}.
 */
public record CqlSelect<V extends Serializable>(
    String keyspace,
    String table,
    List<String> columns,
    List<ColumnPredicate<V>> where,
    List<String> orderBy,
    List<Boolean> descending,
    Long limit,
    boolean allowFiltering)
    implements Serializable {

  public CqlSelect {
    columns = List.copyOf(columns);
    where = List.copyOf(where);
    orderBy = List.copyOf(orderBy);
    descending = List.copyOf(descending);
  }

  /** A full scan of some columns. */
  public static <V extends Serializable> CqlSelect<V> of(
      String keyspace, String table, List<String> columns) {
    return new CqlSelect<>(keyspace, table, columns, List.of(), List.of(), List.of(), null, false);
  }

  public CqlSelect<V> withColumns(List<String> newColumns) {
    return new CqlSelect<>(
        keyspace, table, newColumns, where, orderBy, descending, limit, allowFiltering);
  }

  public CqlSelect<V> withWhere(List<ColumnPredicate<V>> predicates) {
    List<ColumnPredicate<V>> all = new ArrayList<>(where);
    all.addAll(predicates);
    return new CqlSelect<>(
        keyspace, table, columns, all, orderBy, descending, limit, allowFiltering);
  }

  /** Orders by a prefix of the clustering columns, each ascending or descending. */
  public CqlSelect<V> withOrder(List<String> clusteringColumns, List<Boolean> desc) {
    return new CqlSelect<>(
        keyspace, table, columns, where, clusteringColumns, desc, limit, allowFiltering);
  }

  public CqlSelect<V> withLimit(long n) {
    return new CqlSelect<>(
        keyspace,
        table,
        columns,
        where,
        orderBy,
        descending,
        limit == null ? n : Math.min(limit, n),
        allowFiltering);
  }

  /** Marks the select as filtered by Cassandra ({@code ALLOW FILTERING}). */
  public CqlSelect<V> withAllowFiltering() {
    return new CqlSelect<>(keyspace, table, columns, where, orderBy, descending, limit, true);
  }

  /** The CQL text with {@code ?} markers. */
  public String cql() {
    StringBuilder sb = new StringBuilder("SELECT ");
    sb.append(
        columns.isEmpty()
            ? "COUNT(*)"
            : columns.stream().map(CqlSelect::quote).collect(Collectors.joining(", ")));
    sb.append(" FROM ").append(quote(keyspace)).append('.').append(quote(table));
    if (!where.isEmpty()) {
      sb.append(" WHERE ")
          .append(
              where.stream()
                  .map(p -> quote(p.column()) + " " + p.op().cql() + " ?")
                  .collect(Collectors.joining(" AND ")));
    }
    if (!orderBy.isEmpty()) {
      List<String> terms = new ArrayList<>();
      for (int i = 0; i < orderBy.size(); i++) {
        terms.add(quote(orderBy.get(i)) + (descending.get(i) ? " DESC" : " ASC"));
      }
      sb.append(" ORDER BY ").append(String.join(", ", terms));
    }
    if (limit != null) {
      sb.append(" LIMIT ?");
    }
    if (allowFiltering) {
      sb.append(" ALLOW FILTERING");
    }
    return sb.toString();
  }

  /**
   * The CQL of one token-range split of a full scan: {@code WHERE token(pk...) > ? [AND
   * token(pk...) <= ?]} (no upper bound for the split that ends at the ring's minimum token).
   */
  public String tokenRangeCql(List<String> partitionKeys, boolean upperBound) {
    return tokenRangeCql(partitionKeys, upperBound, false);
  }

  /**
   * The CQL of one token-range split, as {@code SELECT *} when {@code wildcard} (the caller knows
   * the select reads every column of the table, and reads the rows' columns by name): Cassandra
   * serializes a wildcard selection without per-column selectors, about a tenth less server CPU per
   * row on a full scan than the same columns listed (measured on a TPC-H lineitem scan).
   */
  public String tokenRangeCql(List<String> partitionKeys, boolean upperBound, boolean wildcard) {
    if (!where.isEmpty() || limit != null || allowFiltering) {
      throw new IllegalStateException("token-range splits are for unrestricted scans");
    }
    String token =
        "token("
            + partitionKeys.stream().map(CqlSelect::quote).collect(Collectors.joining(", "))
            + ")";
    String select = wildcard ? "SELECT * FROM " + quote(keyspace) + '.' + quote(table) : cql();
    return select + " WHERE " + token + " > ?" + (upperBound ? " AND " + token + " <= ?" : "");
  }

  /**
   * Whether this select reads exactly the columns {@code tableColumns} (in any order, once each).
   */
  public boolean readsAll(java.util.Collection<String> tableColumns) {
    return !columns.isEmpty()
        && columns.size() == tableColumns.size()
        && new java.util.HashSet<>(columns).equals(new java.util.HashSet<>(tableColumns));
  }

  /** Values in the order of the markers: one per predicate (a list for IN), then the limit. */
  public List<Object> markerValues(
      java.util.function.Function<ColumnPredicate<V>, Object> valueOf) {
    List<Object> out = new ArrayList<>();
    where.forEach(p -> out.add(valueOf.apply(p)));
    if (limit != null) {
      out.add((int) Math.min(limit, Integer.MAX_VALUE));
    }
    return out;
  }

  /** A CQL identifier, quoted only when it must be. */
  public static String quote(String internalName) {
    return CqlIdentifier.fromInternal(internalName).asCql(true);
  }
}
