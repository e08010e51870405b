package io.cassql.jdbc.internal.context;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The connection as its statements, result sets and metadata see it: the shared session, this
 * connection's settings and keyspace, and the bookkeeping of its open statements. Implemented by
 * the connection; depended on by the {@code cql}, {@code sql} and {@code meta} packages, so that
 * none of them depends on the connection's implementation.
 */
public interface ConnectionContext extends Connection {
  /** The Cassandra driver session, shared with other connections to the same cluster. */
  CqlSession session();

  ConsistencyLevel consistencyLevel();

  /** The page size of statements that set none. */
  int defaultFetchSize();

  /** The timeout of one request. */
  Duration requestTimeout();

  /** The validated settings the connection was opened with. */
  ConnectionSettings settings();

  /** The keyspace statements run in, or null. */
  CqlIdentifier keyspaceIdentifier();

  /** Makes {@code name} the connection's keyspace (42S02 when none matches). */
  void useKeyspace(String name, boolean quoted) throws SQLException;

  /** Throws 08003 when the connection is closed. */
  void checkOpen() throws SQLException;

  /** Forgets a statement that was closed. */
  void forget(Statement statement);
}
