package io.cassql.jdbc.internal.conn;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * The parts of {@link Connection} that are the same for every CasSQL connection: catalogs,
 * savepoints, LOBs and client info, answered or refused through {@link SqlErrors#notSupported}.
 */
abstract class ConnectionDefaults implements Connection {
  private final Properties clientInfo = new Properties();
  private boolean readOnly;
  private int holdability = ResultSet.HOLD_CURSORS_OVER_COMMIT;
  private int networkTimeoutMillis;

  /** Throws 08003 when the connection is closed. */
  public abstract void checkOpen() throws SQLException;

  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
    this.readOnly = readOnly;
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    checkOpen();
    return readOnly;
  }

  /** Cassandra has no catalogs: the call is accepted and ignored, as JDBC allows. */
  @Override
  public void setCatalog(String catalog) throws SQLException {
    checkOpen();
  }

  @Override
  public String getCatalog() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    checkOpen();
    return new java.util.HashMap<>();
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    checkOpen();
    if (map != null && !map.isEmpty()) {
      throw SqlErrors.notSupported("custom type maps");
    }
  }

  @Override
  public void setHoldability(int holdability) throws SQLException {
    checkOpen();
    if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT
        && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
      throw SqlErrors.create(
          SqlState.INVALID_ATTRIBUTE_VALUE, "unknown holdability " + holdability);
    }
    this.holdability = holdability;
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return holdability;
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    throw SqlErrors.notSupported("savepoints (Cassandra has no transactions)");
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    throw SqlErrors.notSupported("savepoints (Cassandra has no transactions)");
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    throw SqlErrors.notSupported("savepoints (Cassandra has no transactions)");
  }

  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    throw SqlErrors.notSupported("savepoints (Cassandra has no transactions)");
  }

  @Override
  public CallableStatement prepareCall(String sql, int type, int concurrency) throws SQLException {
    return prepareCall(sql);
  }

  @Override
  public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    return prepareCall(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    SqlErrors.statementText(sql);
    throw SqlErrors.notSupported("generated keys (Cassandra generates none)");
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    SqlErrors.statementText(sql);
    throw SqlErrors.notSupported("generated keys (Cassandra generates none)");
  }

  @Override
  public Clob createClob() throws SQLException {
    throw SqlErrors.notSupported("Clob (use setString)");
  }

  @Override
  public Blob createBlob() throws SQLException {
    throw SqlErrors.notSupported("Blob (use setBytes)");
  }

  @Override
  public NClob createNClob() throws SQLException {
    throw SqlErrors.notSupported("NClob (use setString)");
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    throw SqlErrors.notSupported("SQLXML");
  }

  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    throw SqlErrors.notSupported("Array (bind a java.util.List or JSON text)");
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    throw SqlErrors.notSupported("Struct (bind JSON text for a UDT)");
  }

  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    clientInfo.clear();
    if (properties != null) {
      clientInfo.putAll(properties);
    }
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    checkOpen();
    return clientInfo.getProperty(name);
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    checkOpen();
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    return copy;
  }

  @Override
  public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    checkOpen();
    if (milliseconds < 0) {
      throw SqlErrors.create(SqlState.INVALID_ATTRIBUTE_VALUE, "network timeout must be >= 0");
    }
    this.networkTimeoutMillis = milliseconds;
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    checkOpen();
    return networkTimeoutMillis;
  }
}
