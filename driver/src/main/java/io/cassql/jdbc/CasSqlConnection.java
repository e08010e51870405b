package io.cassql.jdbc;

import com.datastax.oss.driver.api.core.CqlSession;
import java.sql.Connection;
import java.util.List;

/** A CasSQL connection; reach it with {@code connection.unwrap(CasSqlConnection.class)}. */
public interface CasSqlConnection extends Connection {

  /** The Cassandra driver session behind this connection, shared with other connections. */
  CqlSession getCqlSession();

  /** The query mode of this connection: {@code sql}, {@code cql} or {@code auto}. */
  String getQueryMode();

  /**
   * The CQL texts that SQL-mode statements of this connection pushed to Cassandra, oldest first
   * (the last 200), with {@code ?} where values were bound.
   */
  List<String> recentPushedCql();

  /**
   * The SQL-mode plan cache this connection uses: one per cluster session, shared by every
   * connection to the same cluster with the same credentials.
   */
  PlanCacheStatistics planCacheStatistics();
}
