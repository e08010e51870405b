package io.cassql.sql;

import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.schema.SchemaSource;

/** Test access to the warm-up schema from other packages: its keyspace and an engine over it. */
public final class WarmUpSchemaAccess {
  /** The warm-up schema's keyspace (one table {@code t}, its set {@code tags}). */
  public static final String KEYSPACE = WarmUpSchema.KEYSPACE;

  private WarmUpSchemaAccess() {}

  /** A SQL engine over the warm-up schema (plans only: it has no cluster). */
  public static SqlEngine engine() {
    return new SqlEngine(new SchemaSource(null, new WarmUpSchema(), false, "_vt_"));
  }
}
