package io.cassql.relational;

/**
 * Which face of the cluster a connection shows. {@link #SQL}: a base table per Cassandra table
 * without its collection columns, a virtual table per collection column, and the SQL engine's
 * types. {@link #CQL}: Cassandra's tables as they are, with the CQL result sets' types. An {@code
 * auto} connection runs SELECTs as SQL, so it shows the SQL face.
 */
public enum QueryMode {
  SQL,
  CQL
}
