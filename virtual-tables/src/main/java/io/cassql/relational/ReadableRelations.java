package io.cassql.relational;

/**
 * Which keyspaces and Cassandra tables the connected role may read. The model applies it to what
 * {@code DatabaseMetaData} lists (a view is readable with its base table, a virtual table with its
 * Cassandra table). SQL mode's planner does not: there an unreadable table stays visible so that a
 * query of it answers Cassandra's authorization error (42000) instead of "no such table".
 */
public interface ReadableRelations {
  /** No restriction. */
  ReadableRelations ALL =
      new ReadableRelations() {
        @Override
        public boolean keyspace(String keyspace) {
          return true;
        }

        @Override
        public boolean table(String keyspace, String table) {
          return true;
        }
      };

  /** Whether the role may read the keyspace or at least one of its tables. */
  boolean keyspace(String keyspace);

  /** Whether the role may SELECT from {@code keyspace.table}. */
  boolean table(String keyspace, String table);
}
