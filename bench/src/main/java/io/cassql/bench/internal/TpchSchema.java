package io.cassql.bench.internal;

import io.trino.tpch.TpchColumn;
import io.trino.tpch.TpchColumnType;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The eight TPC-H tables as Cassandra and H2 tables with exact types (bigint keys, decimal money,
 * date dates) and the Cassandra primary keys chosen for them.
 */
public final class TpchSchema {
  /** Partition key columns, then clustering columns, of each table. */
  private static final Map<String, List<List<String>>> KEYS =
      Map.of(
          "lineitem", List.of(List.of("l_orderkey"), List.of("l_linenumber")),
          "orders", List.of(List.of("o_orderkey"), List.of()),
          "customer", List.of(List.of("c_custkey"), List.of()),
          "part", List.of(List.of("p_partkey"), List.of()),
          "partsupp", List.of(List.of("ps_partkey"), List.of("ps_suppkey")),
          "supplier", List.of(List.of("s_suppkey"), List.of()),
          "nation", List.of(List.of("n_nationkey"), List.of()),
          "region", List.of(List.of("r_regionkey"), List.of()));

  private TpchSchema() {}

  /** The tables, smallest dependency first. */
  public static List<TpchTable<?>> tables() {
    return TpchTable.getTables();
  }

  /** The partition-key columns of a table. */
  public static List<String> partitionKey(TpchTable<?> table) {
    return KEYS.get(table.getTableName()).get(0);
  }

  /** CREATE TABLE for Cassandra. */
  public static String cassandraDdl(String keyspace, TpchTable<?> table) {
    List<List<String>> key = KEYS.get(table.getTableName());
    String columns =
        table.getColumns().stream()
            .map(c -> c.getColumnName() + " " + cassandraType(c.getType()))
            .collect(Collectors.joining(", "));
    String pk =
        "("
            + String.join(", ", key.get(0))
            + ")"
            + (key.get(1).isEmpty() ? "" : ", " + String.join(", ", key.get(1)));
    return "CREATE TABLE "
        + keyspace
        + "."
        + table.getTableName()
        + " ("
        + columns
        + ", PRIMARY KEY ("
        + pk
        + "))";
  }

  /** CREATE TABLE for H2, with the same primary key. */
  public static String h2Ddl(TpchTable<?> table) {
    List<List<String>> key = KEYS.get(table.getTableName());
    String columns =
        table.getColumns().stream()
            .map(c -> c.getColumnName() + " " + h2Type(c.getType()))
            .collect(Collectors.joining(", "));
    List<String> pk = new java.util.ArrayList<>(key.get(0));
    pk.addAll(key.get(1));
    return "CREATE TABLE "
        + table.getTableName()
        + " ("
        + columns
        + ", PRIMARY KEY ("
        + String.join(", ", pk)
        + "))";
  }

  /** INSERT with one marker per column (same text for Cassandra and H2). */
  public static String insert(String qualifiedTable, TpchTable<?> table) {
    String names =
        table.getColumns().stream()
            .map(TpchColumn::getColumnName)
            .collect(Collectors.joining(", "));
    String marks = table.getColumns().stream().map(c -> "?").collect(Collectors.joining(", "));
    return "INSERT INTO " + qualifiedTable + " (" + names + ") VALUES (" + marks + ")";
  }

  /**
   * The values of one generated row as Java objects (Long, Integer, BigDecimal, LocalDate, String).
   */
  public static <E extends TpchEntity> Object[] values(TpchTable<E> table, E row) {
    List<TpchColumn<E>> columns = table.getColumns();
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(columns.get(i), row);
    }
    return values;
  }

  private static <E extends TpchEntity> Object value(TpchColumn<E> c, E row) {
    TpchColumnType t = c.getType();
    switch (t.getBase()) {
      case IDENTIFIER:
        return c.getIdentifier(row);
      case INTEGER:
        return c.getInteger(row);
      case DATE:
        return LocalDate.ofEpochDay(c.getDate(row));
      case DOUBLE:
        return BigDecimal.valueOf(c.getDouble(row))
            .setScale(t.getScale().orElse(2L).intValue(), RoundingMode.HALF_UP);
      default:
        return c.getString(row);
    }
  }

  private static String cassandraType(TpchColumnType t) {
    switch (t.getBase()) {
      case IDENTIFIER:
        return "bigint";
      case INTEGER:
        return "int";
      case DATE:
        return "date";
      case DOUBLE:
        return "decimal";
      default:
        return "text";
    }
  }

  private static String h2Type(TpchColumnType t) {
    switch (t.getBase()) {
      case IDENTIFIER:
        return "BIGINT";
      case INTEGER:
        return "INT";
      case DATE:
        return "DATE";
      case DOUBLE:
        return "DECIMAL(" + t.getPrecision().orElse(15L) + ", " + t.getScale().orElse(2L) + ")";
      default:
        return "VARCHAR(" + t.getPrecision().orElse(200L) + ")";
    }
  }
}
