package io.cassql.jdbc.internal.conn;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import io.cassql.jdbc.CasSqlConnection;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import io.cassql.jdbc.internal.config.QueryMode;
import io.cassql.jdbc.internal.context.ConnectionContext;
import io.cassql.jdbc.internal.cql.CqlPreparedStatement;
import io.cassql.jdbc.internal.cql.CqlStatement;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.jdbc.internal.meta.CasSqlDatabaseMetaData;
import io.cassql.jdbc.internal.session.RequestDefaults;
import io.cassql.jdbc.internal.session.SessionRegistry;
import io.cassql.jdbc.internal.sql.SqlModeStatement;
import io.cassql.jdbc.internal.sql.SqlSession;
import io.cassql.jdbc.internal.sql.SqlWarmUp;
import java.sql.CallableStatement;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * One JDBC connection: a handle on a shared CqlSession plus this connection's own keyspace,
 * consistency level, page size and timeouts. Closing it closes its statements and releases the
 * session, which closes when its last connection does.
 */
public final class ConnectionImpl extends ConnectionDefaults
    implements CasSqlConnection, ConnectionContext {
  private final ConnectionSettings settings;
  private final SessionRegistry.Handle handle;
  private final QueryMode queryMode;
  private final ConsistencyLevel consistencyLevel;
  private final int fetchSize;
  private final Duration requestTimeout;
  private final Set<Statement> statements = ConcurrentHashMap.newKeySet();
  private volatile CqlIdentifier keyspace;
  private volatile SqlSession sqlSession;
  private volatile boolean closed;

  /** The warnings chain; read and changed only under its own lock (any thread may add one). */
  private final Object warningsLock = new Object();

  private SQLWarning warnings;
  private volatile boolean autoCommit = true;

  private ConnectionImpl(ConnectionSettings settings, SessionRegistry.Handle handle)
      throws SQLException {
    this.settings = settings;
    this.handle = handle;
    this.queryMode = settings.queryMode();
    RequestDefaults requests =
        RequestDefaults.of(settings, handle.session().getContext().getConfig().getDefaultProfile());
    this.consistencyLevel = requests.consistencyLevel();
    this.fetchSize = requests.fetchSize();
    this.requestTimeout = requests.timeout();
    if (!settings.unknownProperties().isEmpty()) {
      addWarning("unknown connection properties ignored: " + settings.unknownProperties());
    }
  }

  /** Opens a connection: acquires the shared session and resolves the default keyspace. */
  public static ConnectionImpl open(String url, ConnectionSettings settings) throws SQLException {
    SqlWarmUp.startOnce(settings);
    SessionRegistry.Handle handle = SessionRegistry.instance().acquire(settings);
    try {
      checkLocalDatacenter(settings, handle.session());
      ConnectionImpl c = new ConnectionImpl(settings, handle);
      if (settings.keyspace() != null) {
        c.useKeyspace(settings.keyspace(), false);
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      handle.release();
      throw e;
    }
  }

  /** HY024 when {@code localDatacenter} names a data centre no node of the cluster is in. */
  private static void checkLocalDatacenter(ConnectionSettings settings, CqlSession session)
      throws SQLException {
    String dc = settings.localDatacenter().orElse(null);
    if (dc == null) {
      return;
    }
    Set<String> known = new TreeSet<>();
    session
        .getMetadata()
        .getNodes()
        .values()
        .forEach(n -> known.add(String.valueOf(n.getDatacenter())));
    if (!known.contains(dc)) {
      throw SqlErrors.create(
          SqlState.INVALID_ATTRIBUTE_VALUE,
          "invalid value '"
              + dc
              + "' for connection property localDatacenter: no node is in that data centre; the cluster has "
              + known);
    }
  }

  /** Throws 08003 when closed. */
  @Override
  public void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.connectionClosed();
    }
  }

  @Override
  public CqlSession getCqlSession() {
    return handle.session();
  }

  /** The session, for statements of this connection. */
  @Override
  public CqlSession session() {
    return handle.session();
  }

  @Override
  public String getQueryMode() {
    return queryMode.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public ConsistencyLevel consistencyLevel() {
    return consistencyLevel;
  }

  @Override
  public int defaultFetchSize() {
    return fetchSize;
  }

  @Override
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** The validated settings this connection was opened with. */
  @Override
  public ConnectionSettings settings() {
    return settings;
  }

  /** The keyspace statements of this connection run in, or null. */
  @Override
  public CqlIdentifier keyspaceIdentifier() {
    return keyspace;
  }

  /**
   * Makes {@code name} this connection's keyspace. A quoted name must match exactly; an unquoted
   * one matches exactly or, failing that, ignoring case. 42S02 when no keyspace matches.
   */
  @Override
  public void useKeyspace(String name, boolean quoted) throws SQLException {
    checkOpen();
    var keyspaces = session().getMetadata().getKeyspaces();
    CqlIdentifier exact = CqlIdentifier.fromInternal(name);
    if (keyspaces.containsKey(exact)) {
      setKeyspace(exact);
      return;
    }
    if (!quoted) {
      List<CqlIdentifier> matches = new ArrayList<>();
      for (KeyspaceMetadata ks : keyspaces.values()) {
        if (ks.getName().asInternal().equalsIgnoreCase(name)) {
          matches.add(ks.getName());
        }
      }
      if (matches.size() == 1) {
        setKeyspace(matches.get(0));
        return;
      }
      if (matches.size() > 1) {
        throw SqlErrors.create(
            SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION,
            "keyspace name '" + name + "' is ambiguous: it matches " + matches + "; quote it");
      }
    }
    throw SqlErrors.create(SqlState.UNDEFINED_TABLE, "keyspace '" + name + "' does not exist");
  }

  private void setKeyspace(CqlIdentifier ks) {
    keyspace = ks;
  }

  /** Adds a warning to the connection's chain; safe from any thread. */
  void addWarning(String message) {
    SQLWarning w = new SQLWarning(message, "01000");
    synchronized (warningsLock) {
      if (warnings == null) {
        warnings = w;
      } else {
        warnings.setNextWarning(w);
      }
    }
  }

  /** Forgets a closed statement. */
  @Override
  public void forget(Statement statement) {
    statements.remove(statement);
  }

  private <S extends Statement> S track(S statement) {
    statements.add(statement);
    return statement;
  }

  /** The SQL-mode side of this connection, opened on first use. */
  private synchronized SqlSession sql() throws SQLException {
    if (sqlSession == null) {
      sqlSession =
          new SqlSession(this, handle.sqlEngine(settings.allowFiltering(), settings.vtSeparator()));
    }
    return sqlSession;
  }

  /**
   * Executions and prepares of this connection that reused a plan of the session's shared cache.
   */
  public long sqlPlanCacheHits() {
    SqlSession s = sqlSession;
    return s == null ? 0 : s.connectionHits();
  }

  @Override
  public io.cassql.jdbc.PlanCacheStatistics planCacheStatistics() {
    try {
      return sql().statistics();
    } catch (SQLException invalidSettings) {
      return new io.cassql.jdbc.PlanCacheStatistics(
          0, 0, 0, 0); // the connection could not have opened
    }
  }

  /** How many statements of this connection are open (closed ones are forgotten). */
  public int openStatementCount() {
    return statements.size();
  }

  @Override
  public List<String> recentPushedCql() {
    SqlSession s = sqlSession;
    return s == null ? List.of() : s.recentRequests();
  }

  @Override
  public Statement createStatement() throws SQLException {
    checkOpen();
    return track(
        switch (queryMode) {
          case CQL -> new CqlStatement(this);
          case SQL -> new SqlModeStatement(this, sql(), false);
          case AUTO -> new SqlModeStatement(this, sql(), true);
        });
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    checkOpen();
    SqlErrors.statementText(sql);
    return track(
        switch (queryMode) {
          case CQL -> new CqlPreparedStatement(this, sql);
          case SQL -> SqlModeStatement.prepare(this, sql(), sql, false);
          case AUTO -> SqlModeStatement.prepare(this, sql(), sql, true);
        });
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency)
      throws SQLException {
    checkResultSetOptions(resultSetType, resultSetConcurrency);
    return createStatement();
  }

  @Override
  public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
    checkResultSetOptions(type, concurrency);
    return createStatement();
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int type, int concurrency)
      throws SQLException {
    checkResultSetOptions(type, concurrency);
    return prepareStatement(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    checkResultSetOptions(type, concurrency);
    return prepareStatement(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    if (autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS) {
      throw SqlErrors.notSupported("generated keys (Cassandra generates none)");
    }
    return prepareStatement(sql);
  }

  /** Downgrades scrollable or updatable requests to forward-only, read-only, with a warning. */
  private void checkResultSetOptions(int type, int concurrency) throws SQLException {
    checkOpen();
    if (type != ResultSet.TYPE_FORWARD_ONLY) {
      addWarning("result sets are forward-only; TYPE_FORWARD_ONLY is used instead");
    }
    if (concurrency != ResultSet.CONCUR_READ_ONLY) {
      addWarning("result sets are read-only; CONCUR_READ_ONLY is used instead");
    }
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    checkOpen();
    SqlErrors.statementText(sql);
    throw SqlErrors.notSupported("stored procedures (prepareCall)");
  }

  @Override
  public String nativeSQL(String sql) throws SQLException {
    checkOpen();
    return SqlErrors.statementText(sql);
  }

  /** Cassandra applies every statement at once; turning autocommit off only records a warning. */
  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
    if (!autoCommit && this.autoCommit) {
      addWarning("Cassandra has no transactions: every statement is applied when it runs");
    }
    this.autoCommit = autoCommit;
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    checkOpen();
    return autoCommit;
  }

  @Override
  public void commit() throws SQLException {
    checkOpen();
  }

  /** Nothing can be undone: rollback is accepted and says so in a warning. */
  @Override
  public void rollback() throws SQLException {
    checkOpen();
    if (!autoCommit) {
      addWarning("rollback has no effect: Cassandra applied each statement when it ran");
    }
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    synchronized (warningsLock) {
      return warnings;
    }
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
    synchronized (warningsLock) {
      warnings = null;
    }
  }

  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    checkOpen();
    if (level != TRANSACTION_NONE) {
      addWarning("Cassandra has no transactions; the isolation level stays TRANSACTION_NONE");
    }
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    checkOpen();
    return TRANSACTION_NONE;
  }

  @Override
  public void setSchema(String schema) throws SQLException {
    if (schema == null) {
      checkOpen();
      setKeyspace(null);
      return;
    }
    useKeyspace(schema, false);
  }

  @Override
  public String getSchema() throws SQLException {
    checkOpen();
    return keyspace == null ? null : keyspace.asInternal();
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    checkOpen();
    return CasSqlDatabaseMetaData.open(
        this,
        "jdbc:cassandra://" + settings.target(),
        settings.user(),
        queryMode != QueryMode.CQL,
        settings.vtSeparator());
  }

  @Override
  public boolean isValid(int timeoutSeconds) throws SQLException {
    if (timeoutSeconds < 0) {
      throw SqlErrors.create(SqlState.INVALID_ATTRIBUTE_VALUE, "isValid timeout must be >= 0");
    }
    if (closed) {
      return false;
    }
    try {
      session()
          .execute(
              SimpleStatement.newInstance("SELECT release_version FROM system.local")
                  .setTimeout(
                      timeoutSeconds == 0 ? requestTimeout : Duration.ofSeconds(timeoutSeconds)));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Statement s : List.copyOf(statements)) {
      try {
        s.close();
      } catch (SQLException ignored) {
        // closing a statement of a closing connection cannot fail in a way worth reporting
      }
    }
    statements.clear();
    handle.release();
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void abort(Executor executor) throws SQLException {
    if (executor == null) {
      throw SqlErrors.create(SqlState.INVALID_ATTRIBUTE_VALUE, "abort needs an executor");
    }
    close();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    if (iface.isInstance(session())) {
      return iface.cast(session());
    }
    throw SqlErrors.create(SqlState.GENERAL_ERROR, "not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this) || iface.isInstance(session());
  }

  @Override
  public String toString() {
    return "CasSqlConnection["
        + settings.target()
        + (keyspace == null ? "" : "/" + keyspace.asInternal())
        + ", "
        + getQueryMode()
        + "]";
  }
}
