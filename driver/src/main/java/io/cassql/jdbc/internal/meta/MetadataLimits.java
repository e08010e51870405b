package io.cassql.jdbc.internal.meta;

import io.cassql.jdbc.internal.error.SqlErrors;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * The base of every {@link DatabaseMetaData} of the driver: its connection, the closed-connection
 * check, and the scalar answers about limits, transactions (none), result sets (forward-only,
 * read-only) and the JDBC level. Every method declared with SQLException, except {@code
 * getConnection}, {@code unwrap} and {@code isWrapperFor}, first calls {@link #checkOpen()}.
 */
abstract class MetadataLimits implements DatabaseMetaData {
  protected final Connection connection;
  protected final String url;
  protected final String userName;
  protected final boolean sqlMode;

  MetadataLimits(Connection connection, String url, String userName, boolean sqlMode) {
    this.connection = connection;
    this.url = url;
    this.userName = userName;
    this.sqlMode = sqlMode;
  }

  /** Throws 08003 once the connection this metadata came from is closed. */
  protected final void checkOpen() throws SQLException {
    if (connection.isClosed()) {
      throw SqlErrors.connectionClosed();
    }
  }

  /** The release of the connected cluster, e.g. {@code 5.0.6}. */
  protected abstract String productVersion() throws SQLException;

  /** A number of the release version (0 = major, 1 = minor). */
  protected int versionPart(int part) throws SQLException {
    String[] parts = productVersion().split("[.-]");
    try {
      return parts.length > part ? Integer.parseInt(parts[part]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public boolean supportsOpenCursorsAcrossCommit() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsOpenCursorsAcrossRollback() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsOpenStatementsAcrossCommit() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsOpenStatementsAcrossRollback() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public int getMaxBinaryLiteralLength() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxCharLiteralLength() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxColumnNameLength() throws SQLException {
    checkOpen();
    return 48;
  }

  @Override
  public int getMaxColumnsInGroupBy() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxColumnsInIndex() throws SQLException {
    checkOpen();
    return 1;
  }

  @Override
  public int getMaxColumnsInOrderBy() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxColumnsInSelect() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxColumnsInTable() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxConnections() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxCursorNameLength() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxIndexLength() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxSchemaNameLength() throws SQLException {
    checkOpen();
    return 48;
  }

  @Override
  public int getMaxProcedureNameLength() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxCatalogNameLength() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxRowSize() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public int getMaxStatementLength() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxStatements() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxTableNameLength() throws SQLException {
    checkOpen();
    return 48;
  }

  @Override
  public int getMaxTablesInSelect() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getMaxUserNameLength() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public int getDefaultTransactionIsolation() throws SQLException {
    checkOpen();
    return java.sql.Connection.TRANSACTION_NONE;
  }

  @Override
  public boolean supportsTransactions() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsTransactionIsolationLevel(int p0) throws SQLException {
    checkOpen();
    return p0 == java.sql.Connection.TRANSACTION_NONE;
  }

  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsResultSetType(int p0) throws SQLException {
    checkOpen();
    return p0 == java.sql.ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public boolean supportsResultSetConcurrency(int p0, int p1) throws SQLException {
    checkOpen();
    return p0 == java.sql.ResultSet.TYPE_FORWARD_ONLY && p1 == java.sql.ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public boolean ownUpdatesAreVisible(int p0) throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean ownDeletesAreVisible(int p0) throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean ownInsertsAreVisible(int p0) throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean othersUpdatesAreVisible(int p0) throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean othersDeletesAreVisible(int p0) throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean othersInsertsAreVisible(int p0) throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean updatesAreDetected(int p0) throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean deletesAreDetected(int p0) throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean insertsAreDetected(int p0) throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsBatchUpdates() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public java.sql.Connection getConnection() throws SQLException {
    return connection;
  }

  @Override
  public boolean supportsSavepoints() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsNamedParameters() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsMultipleOpenResults() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsGetGeneratedKeys() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsResultSetHoldability(int p0) throws SQLException {
    checkOpen();
    return p0 == java.sql.ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    checkOpen();
    return java.sql.ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public int getDatabaseMajorVersion() throws SQLException {
    checkOpen();
    return versionPart(0);
  }

  @Override
  public int getDatabaseMinorVersion() throws SQLException {
    checkOpen();
    return versionPart(1);
  }

  @Override
  public int getJDBCMajorVersion() throws SQLException {
    checkOpen();
    return 4;
  }

  @Override
  public int getJDBCMinorVersion() throws SQLException {
    checkOpen();
    return 2;
  }

  @Override
  public int getSQLStateType() throws SQLException {
    checkOpen();
    return sqlStateSQL;
  }

  @Override
  public boolean locatorsUpdateCopy() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsStatementPooling() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public java.sql.RowIdLifetime getRowIdLifetime() throws SQLException {
    checkOpen();
    return java.sql.RowIdLifetime.ROWID_UNSUPPORTED;
  }

  @Override
  public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean generatedKeyAlwaysReturned() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public long getMaxLogicalLobSize() throws SQLException {
    checkOpen();
    return 0;
  }

  @Override
  public boolean supportsRefCursors() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsSharding() throws SQLException {
    checkOpen();
    return false;
  }
}
