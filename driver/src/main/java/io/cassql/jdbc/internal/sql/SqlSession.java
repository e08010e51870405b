package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.internal.conn.ConnectionImpl;
import io.cassql.jdbc.internal.error.CalciteErrorTranslator;
import io.cassql.sql.SqlModeConnections;
import io.cassql.sql.exec.CqlExecutor;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.sql.parser.SqlParseException;

/** The SQL-mode side of one JDBC connection: a Calcite connection over the shared CqlSession. */
public final class SqlSession implements AutoCloseable {
  private final ConnectionImpl connection;
  private final CqlExecutor executor;
  private CalciteConnection calcite;

  public SqlSession(ConnectionImpl connection) throws SQLException {
    this.connection = connection;
    this.executor = new CqlExecutor(connection.session(), connection.consistencyLevel(),
        connection.defaultFetchSize(), connection.requestTimeout(), connection.settings().scanParallelism());
  }

  private synchronized CalciteConnection calcite() throws SQLException {
    try {
      if (calcite == null) {
        calcite = SqlModeConnections.open(executor, connection.getSchema());
      } else {
        SqlModeConnections.syncKeyspaces(calcite, executor);
      }
      return calcite;
    } catch (RuntimeException e) {
      throw CalciteErrorTranslator.translate(e);
    }
  }

  /** A SQL-mode statement. */
  public Statement createStatement() throws SQLException {
    return JdbcProxy.wrap(calcite().createStatement(), Statement.class, connection, null);
  }

  /** A SQL-mode prepared statement: parsed, validated and planned once, here. */
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    try {
      return JdbcProxy.wrap(calcite().prepareStatement(sql), PreparedStatement.class, connection, null);
    } catch (SQLException | RuntimeException e) {
      throw CalciteErrorTranslator.translate(e);
    }
  }

  /** Whether {@code e} is a SQL parse error (auto mode then tries CQL). */
  static boolean isParseError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SqlParseException) {
        return true;
      }
    }
    return false;
  }

  /** Follows the JDBC connection's keyspace. */
  public synchronized void setSchema(String keyspace) throws SQLException {
    if (calcite != null) {
      calcite.setSchema(keyspace);
    }
  }

  /** The CQL that pushed scans of this connection sent, oldest first. */
  public List<String> recentRequests() {
    return executor.recentRequests();
  }

  @Override
  public synchronized void close() {
    if (calcite != null) {
      try {
        calcite.close();
      } catch (SQLException ignored) {
        // closing an in-process Calcite connection has nothing to report
      }
      calcite = null;
    }
  }
}
