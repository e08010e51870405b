package io.cassql.jdbc.internal.config;

/** How a connection reads the text of a statement. */
public enum QueryMode {
  /** SQL-92, planned by Calcite. */
  SQL,
  /** CQL passed through unchanged. */
  CQL,
  /** SQL-92 first, CQL when the text is not SQL. */
  AUTO
}
