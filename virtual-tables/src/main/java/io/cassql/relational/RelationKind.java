package io.cassql.relational;

/** What a Cassandra relation is, with the JDBC table type it is listed under. */
public enum RelationKind {
  /** A table of a user keyspace. */
  TABLE("TABLE"),
  /** A table of one of Cassandra's own keyspaces ({@code system}, {@code system_schema} ...). */
  SYSTEM_TABLE("SYSTEM TABLE"),
  /** A materialized view. */
  VIEW("VIEW");

  private final String jdbcName;

  RelationKind(String jdbcName) {
    this.jdbcName = jdbcName;
  }

  /** The {@code TABLE_TYPE} of {@code DatabaseMetaData.getTables}. */
  public String jdbcName() {
    return jdbcName;
  }
}
