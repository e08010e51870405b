package io.cassql.relational;

import java.util.List;
import java.util.Optional;

/**
 * One keyspace of the relational model (a JDBC schema) with its tables: base tables, views and
 * system tables in the driver's order, each followed by its virtual tables (SQL mode).
 *
 * @param name the keyspace name
 * @param system whether it is one of Cassandra's own keyspaces
 * @param tables its tables; no two share a name (a base table wins over a virtual table's name)
 */
public record RelationalKeyspace(String name, boolean system, List<RelationalTable> tables) {
  public RelationalKeyspace {
    tables = List.copyOf(tables);
  }

  /** The table of that exact name. */
  public Optional<RelationalTable> table(String tableName) {
    return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
  }
}
