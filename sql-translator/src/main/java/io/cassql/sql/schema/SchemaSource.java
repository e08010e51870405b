package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.Metadata;

/**
 * Where SQL mode's tables come from and the settings that shape them or their plans: the cluster
 * session (whose schema metadata the driver keeps current), whether non-key predicates may go to
 * Cassandra with ALLOW FILTERING, and the separator of virtual-table names. A source with a fixed
 * schema and no session plans queries but cannot run them (the planner's warm-up uses one).
 */
public record SchemaSource(
    CqlSession session, Metadata fixedSchema, boolean allowFiltering, String vtSeparator) {

  /** The source of a cluster session's tables. */
  public SchemaSource(CqlSession session, boolean allowFiltering, String vtSeparator) {
    this(session, null, allowFiltering, vtSeparator);
  }

  /** The schema to plan against: the session's current metadata, or the fixed schema. */
  public Metadata metadata() {
    return fixedSchema != null ? fixedSchema : session.getMetadata();
  }
}
