package io.cassql.jdbc.internal.auth;

import io.cassql.relational.ReadableRelations;
import java.util.Set;

/**
 * The tables a role may SELECT, as Cassandra's CassandraAuthorizer decides it: everything (a
 * superuser, or no authorizer), or the keyspaces and tables granted to the role and the roles it
 * inherits, plus the system tables Cassandra lets every logged-in role read.
 */
public final class ReadableTables implements ReadableRelations {
  /** No restriction: a superuser, an anonymous session, or a cluster without an authorizer. */
  public static final ReadableTables ALL = new ReadableTables(true, Set.of(), Set.of());

  /**
   * Keyspaces every authenticated role may read whole (Cassandra 4.0 to 5.0 make the schema tables,
   * the virtual schema and the trace tables readable to all: drivers and tools rely on them).
   */
  static final Set<String> READABLE_KEYSPACES =
      Set.of("system_schema", "system_virtual_schema", "system_traces");

  /** Tables of the {@code system} keyspace every authenticated role may read. */
  static final Set<String> READABLE_SYSTEM_TABLES =
      Set.of("local", "peers", "peers_v2", "size_estimates", "table_estimates");

  private final boolean everything;
  private final Set<String> keyspaces;

  /** Granted tables as {@code keyspace + '.' + table}. */
  private final Set<String> tables;

  ReadableTables(boolean everything, Set<String> keyspaces, Set<String> tables) {
    this.everything = everything;
    this.keyspaces = Set.copyOf(keyspaces);
    this.tables = Set.copyOf(tables);
  }

  /** Whether nothing is hidden. */
  public boolean everything() {
    return everything;
  }

  /** Whether the role may SELECT from {@code keyspace.table} (for a view: from its base table). */
  @Override
  public boolean table(String keyspace, String table) {
    return everything
        || keyspaces.contains(keyspace)
        || READABLE_KEYSPACES.contains(keyspace)
        || tables.contains(keyspace + "." + table)
        || (keyspace.equals("system") && READABLE_SYSTEM_TABLES.contains(table));
  }

  /** Whether the role may read the keyspace or at least one of its tables. */
  @Override
  public boolean keyspace(String keyspace) {
    return everything
        || keyspaces.contains(keyspace)
        || READABLE_KEYSPACES.contains(keyspace)
        || keyspace.equals("system")
        || tables.stream().anyMatch(t -> t.startsWith(keyspace + "."));
  }

  @Override
  public String toString() {
    return everything
        ? "ReadableTables[all]"
        : "ReadableTables[keyspaces=" + keyspaces + ", tables=" + tables + "]";
  }
}
