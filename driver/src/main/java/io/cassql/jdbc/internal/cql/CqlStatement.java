package io.cassql.jdbc.internal.cql;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.context.ConnectionContext;
import io.cassql.jdbc.internal.error.CassandraErrorTranslator;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.sql.exec.PageResume;
import io.cassql.sql.exec.QueryControl;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC statement in CQL mode, and the base of every statement of the driver: its settings, its
 * current result, {@link #cancel()} from another thread (through the {@link QueryControl} of the
 * running execution), and the CQL path, where the text goes to Cassandra unchanged with the
 * connection's settings.
 */
public class CqlStatement implements Statement {
  private static final Pattern USE =
      Pattern.compile("(?is)\\s*USE\\s+(\"(?:[^\"]|\"\")+\"|\\w+)\\s*;?\\s*");

  protected final ConnectionContext connection;
  private java.sql.ResultSet current;

  /** The control of the last execution, which {@link #cancel()} raises. */
  private volatile QueryControl running;

  private long updateCount = -1;
  private volatile boolean closed;
  private int fetchSize;
  private long maxRows;
  private int queryTimeoutSeconds;

  /**
   * The last CQL text classified as read or write (a prepared statement sends the same one each
   * time).
   */
  private String classifiedText;

  private boolean classifiedRead;
  private ColumnDefinitions resolvedDefinitions;
  private CqlColumns resolvedColumns;
  private boolean closeOnCompletion;
  private final List<String> batch = new ArrayList<>();

  public CqlStatement(ConnectionContext connection) {
    this.connection = connection;
  }

  /** Throws HY010 when this statement (or 08003 when its connection) is closed. */
  protected void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.closed("statement");
    }
    connection.checkOpen();
  }

  /** Applies page size, consistency, timeout and keyspace to a driver statement. */
  protected <S extends com.datastax.oss.driver.api.core.cql.Statement<S>> S configure(S st) {
    S out =
        st.setPageSize(fetchSize > 0 ? fetchSize : connection.defaultFetchSize())
            .setConsistencyLevel(connection.consistencyLevel())
            .setTimeout(
                queryTimeoutSeconds > 0
                    ? Duration.ofSeconds(queryTimeoutSeconds)
                    : connection.requestTimeout());
    if (maxRows > 0 && maxRows < out.getPageSize()) {
      out = out.setPageSize((int) maxRows);
    }
    String text =
        out instanceof SimpleStatement simple
            ? simple.getQuery()
            : out instanceof com.datastax.oss.driver.api.core.cql.BoundStatement bound
                ? bound.getPreparedStatement().getQuery()
                : null;
    if (text != classifiedText) {
      classifiedRead = ReadOnlyCql.isRead(text);
      classifiedText = text;
    }
    return out.setIdempotent(classifiedRead);
  }

  /**
   * The columns of a result, resolved once for as long as the statement gets the same definitions.
   */
  private CqlColumns columnsOf(ColumnDefinitions definitions) {
    if (definitions != resolvedDefinitions) {
      resolvedColumns = new CqlColumns(definitions, connection.session().getMetadata());
      resolvedDefinitions = definitions;
    }
    return resolvedColumns;
  }

  /**
   * Starts an execution: a fresh control with {@code timeoutMillis} (0 = none) that {@link
   * #cancel()} raises from now on.
   */
  protected QueryControl startExecution(long timeoutMillis) {
    QueryControl control = QueryControl.startingNow(timeoutMillis);
    running = control;
    return control;
  }

  /** Makes {@code rs} this statement's current result (closing the previous one). */
  protected void setResult(java.sql.ResultSet rs) {
    closeCurrent();
    current = rs;
    updateCount = -1;
  }

  /**
   * Runs a driver statement and records its result set or update count. The wait for the answer and
   * for each later page stops on {@link #cancel()} (the request timeout is the driver's). A read's
   * page whose request timed out is asked for again (see {@link PageResume}) unless the statement
   * has a query timeout, which then bounds each request; writes are never sent twice.
   */
  protected boolean run(com.datastax.oss.driver.api.core.cql.Statement<?> st) throws SQLException {
    closeCurrent();
    QueryControl control = startExecution(0);
    PageResume resume =
        Boolean.TRUE.equals(st.isIdempotent()) && queryTimeoutSeconds == 0
            ? new PageResume(connection.settings().readRetryWindow())
            : PageResume.NEVER;
    AsyncResultSet rs;
    try {
      rs = resume.fetch(control, () -> connection.session().executeAsync(st));
    } catch (RuntimeException e) {
      throw CassandraErrorTranslator.translate(e);
    }
    if (rs.getColumnDefinitions().size() > 0) {
      current =
          new CqlResultSet(
              this, rs, columnsOf(rs.getColumnDefinitions()), maxRows, fetchSize, control, resume);
      updateCount = -1;
      return true;
    }
    updateCount = 0;
    return false;
  }

  /** Records the update count of a statement that returned no rows. */
  protected void recordUpdateCount(long count) {
    closeCurrent();
    updateCount = count;
  }

  /** The driver statement for CQL text, in the connection's keyspace. */
  protected SimpleStatement simple(String cql) throws SQLException {
    SqlErrors.statementText(cql);
    SimpleStatement st = SimpleStatement.newInstance(cql);
    return connection.keyspaceIdentifier() == null
        ? st
        : st.setKeyspace(connection.keyspaceIdentifier());
  }

  /** {@code USE ks} changes this connection's keyspace only, never the shared session's. */
  private boolean handledUse(String cql) throws SQLException {
    Matcher m = USE.matcher(cql);
    if (!m.matches()) {
      return false;
    }
    String name = m.group(1);
    connection.useKeyspace(
        name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name,
        name.startsWith("\""));
    closeCurrent();
    updateCount = 0;
    return true;
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    checkOpen();
    SqlErrors.statementText(sql);
    if (handledUse(sql)) {
      return false;
    }
    return run(configure(simple(sql)));
  }

  @Override
  public java.sql.ResultSet executeQuery(String sql) throws SQLException {
    if (!execute(sql)) {
      throw SqlErrors.create(
          SqlState.NO_DATA, "the statement returned no result set; use executeUpdate or execute");
    }
    return current;
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    return (int) executeLargeUpdate(sql);
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    return updateResult(execute(sql));
  }

  /** The update count of a finished execution; a lightweight transaction counts 1 when applied. */
  protected long updateResult(boolean hasResultSet) throws SQLException {
    if (!hasResultSet) {
      return updateCount;
    }
    java.sql.ResultSet rs = current;
    if (rs.getMetaData().getColumnCount() > 0
        && "[applied]".equals(rs.getMetaData().getColumnName(1))) {
      boolean applied = rs.next() && rs.getBoolean(1);
      closeCurrent();
      updateCount = applied ? 1 : 0;
      return updateCount;
    }
    closeCurrent();
    throw SqlErrors.create(
        SqlState.RESULT_SET_NOT_EXPECTED, "the statement returned a result set; use executeQuery");
  }

  @Override
  public java.sql.ResultSet getResultSet() throws SQLException {
    checkOpen();
    return current;
  }

  @Override
  public int getUpdateCount() throws SQLException {
    checkOpen();
    return (int) updateCount;
  }

  @Override
  public long getLargeUpdateCount() throws SQLException {
    checkOpen();
    return updateCount;
  }

  @Override
  public boolean getMoreResults() throws SQLException {
    return getMoreResults(CLOSE_CURRENT_RESULT);
  }

  @Override
  public boolean getMoreResults(int current) throws SQLException {
    checkOpen();
    closeCurrent();
    updateCount = -1;
    return false;
  }

  protected void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (SQLException ignored) {
        // closing an in-memory or paged result set has nothing to report
      }
      current = null;
    }
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    checkOpen();
    batch.add(SqlErrors.statementText(sql));
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  /**
   * Runs the batch's texts one after another; the first that fails ends it, and the {@link
   * BatchUpdateException} reports every entry (see {@link BatchOutcome}). An applied entry counts
   * the rows a SQL-mode write wrote, else SUCCESS_NO_INFO.
   */
  @Override
  public int[] executeBatch() throws SQLException {
    checkOpen();
    List<String> work = new ArrayList<>(batch);
    batch.clear();
    BatchOutcome outcome = new BatchOutcome(work.size());
    for (int i = 0; i < work.size(); i++) {
      try {
        execute(work.get(i));
        long count = updateCount;
        outcome.applied(i, count > 0 ? (int) Math.min(count, Integer.MAX_VALUE) : SUCCESS_NO_INFO);
      } catch (SQLException e) {
        outcome.failed(i, e);
        break;
      }
    }
    closeCurrent();
    BatchUpdateException failure = outcome.exception();
    if (failure != null) {
      throw failure;
    }
    return outcome.counts();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      QueryControl control = running;
      if (control != null) {
        control.cancel();
      }
      closeCurrent();
      connection.forget(this);
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    checkOpen();
    if (max < 0) {
      throw SqlErrors.create(SqlState.INVALID_ATTRIBUTE_VALUE, "max field size must be >= 0");
    }
  }

  @Override
  public int getMaxRows() throws SQLException {
    checkOpen();
    return (int) Math.min(maxRows, Integer.MAX_VALUE);
  }

  @Override
  public void setMaxRows(int max) throws SQLException {
    setLargeMaxRows(max);
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    checkOpen();
    return maxRows;
  }

  @Override
  public void setLargeMaxRows(long max) throws SQLException {
    checkOpen();
    if (max < 0) {
      throw SqlErrors.create(SqlState.INVALID_ATTRIBUTE_VALUE, "max rows must be >= 0, was " + max);
    }
    maxRows = max;
  }

  @Override
  public void setEscapeProcessing(boolean enable) throws SQLException {
    checkOpen();
  }

  @Override
  public int getQueryTimeout() throws SQLException {
    checkOpen();
    return queryTimeoutSeconds;
  }

  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    checkOpen();
    if (seconds < 0) {
      throw SqlErrors.create(
          SqlState.INVALID_ATTRIBUTE_VALUE, "query timeout must be >= 0, was " + seconds);
    }
    queryTimeoutSeconds = seconds;
  }

  /**
   * Stops the running execution, from any thread: it fails with HY008 within a fraction of a second
   * and its Cassandra requests are abandoned; the statement stays usable. A no-op when nothing
   * runs.
   */
  @Override
  public void cancel() throws SQLException {
    checkOpen();
    QueryControl control = running;
    if (control != null) {
      control.cancel();
    }
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
  }

  @Override
  public void setCursorName(String name) throws SQLException {
    throw SqlErrors.notSupported("named cursors");
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != java.sql.ResultSet.FETCH_FORWARD) {
      throw SqlErrors.notSupported("a fetch direction other than FETCH_FORWARD");
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return java.sql.ResultSet.FETCH_FORWARD;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw SqlErrors.create(
          SqlState.INVALID_ATTRIBUTE_VALUE, "fetch size must be >= 0, was " + rows);
    }
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize > 0 ? fetchSize : connection.defaultFetchSize();
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    checkOpen();
    return java.sql.ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getResultSetType() throws SQLException {
    checkOpen();
    return java.sql.ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    checkOpen();
    return java.sql.ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public Connection getConnection() throws SQLException {
    checkOpen();
    return connection;
  }

  @Override
  public java.sql.ResultSet getGeneratedKeys() throws SQLException {
    throw SqlErrors.notSupported("generated keys (Cassandra generates none)");
  }

  @Override
  public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    requireNoKeys(autoGeneratedKeys);
    return executeUpdate(sql);
  }

  @Override
  public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
    throw SqlErrors.notSupported("generated keys (Cassandra generates none)");
  }

  @Override
  public int executeUpdate(String sql, String[] columnNames) throws SQLException {
    throw SqlErrors.notSupported("generated keys (Cassandra generates none)");
  }

  @Override
  public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
    requireNoKeys(autoGeneratedKeys);
    return execute(sql);
  }

  @Override
  public boolean execute(String sql, int[] columnIndexes) throws SQLException {
    throw SqlErrors.notSupported("generated keys (Cassandra generates none)");
  }

  @Override
  public boolean execute(String sql, String[] columnNames) throws SQLException {
    throw SqlErrors.notSupported("generated keys (Cassandra generates none)");
  }

  private static void requireNoKeys(int autoGeneratedKeys) throws SQLException {
    if (autoGeneratedKeys == RETURN_GENERATED_KEYS) {
      throw SqlErrors.notSupported("generated keys (Cassandra generates none)");
    }
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    checkOpen();
  }

  @Override
  public boolean isPoolable() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public void closeOnCompletion() throws SQLException {
    checkOpen();
    closeOnCompletion = true;
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    checkOpen();
    return closeOnCompletion;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw SqlErrors.create(SqlState.GENERAL_ERROR, "not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
