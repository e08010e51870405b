package io.cassql.cli.internal.sink;

/** What happens to rows already at the destination. */
public enum CopyMode {
  /** Keep them and add the copied rows. */
  APPEND,
  /** Remove them first (inside the same transaction for JDBC targets). */
  TRUNCATE
}
