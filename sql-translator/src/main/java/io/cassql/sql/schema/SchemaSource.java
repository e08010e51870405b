package io.cassql.sql.schema;

import com.datastax.oss.driver.api.core.CqlSession;

/**
 * Where SQL mode's tables come from and the settings that shape them or their plans: the cluster
 * session (whose schema metadata the driver keeps current), whether non-key predicates may go to
 * Cassandra with ALLOW FILTERING, and the separator of virtual-table names.
 */
public record SchemaSource(CqlSession session, boolean allowFiltering, String vtSeparator) {}
