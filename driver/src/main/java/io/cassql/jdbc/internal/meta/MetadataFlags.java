package io.cassql.jdbc.internal.meta;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * The scalar answers of {@link DatabaseMetaData}: what SQL mode supports (joins, subqueries,
 * UNION, GROUP BY, SQL-92 entry level) and what Cassandra does not (transactions, procedures,
 * scrolling). CQL-mode connections answer the SQL features with false.
 */
abstract class MetadataFlags implements DatabaseMetaData {
  /** Words of SQL mode's grammar beyond SQL:2003 that tools should quote. */
  static final String SQL_KEYWORDS = "ALLOW,APPLY,ASCII,BATCH,CLUSTERING,COMPACT,COUNTER,CUSTOM,FILTERING,FROZEN,"
      + "INET,JSON,KEYSPACE,KEYSPACES,LIMIT,LIST,LOGIN,MAP,NORECURSIVE,PERMISSIONS,STATIC,TEXT,TIMEUUID,TOKEN,TTL,"
      + "TUPLE,UUID,VARINT,WRITETIME";

  protected final Connection connection;
  protected final String url;
  protected final String userName;
  protected final boolean sqlMode;

  MetadataFlags(Connection connection, String url, String userName, boolean sqlMode) {
    this.connection = connection;
    this.url = url;
    this.userName = userName;
    this.sqlMode = sqlMode;
  }

  @Override
  public int getDriverMajorVersion() {
    return io.cassql.jdbc.CasSqlDriver.MAJOR_VERSION;
  }

  @Override
  public int getDriverMinorVersion() {
    return io.cassql.jdbc.CasSqlDriver.MINOR_VERSION;
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
  public boolean allProceduresAreCallable() throws SQLException {
    return false;
  }

  @Override
  public boolean allTablesAreSelectable() throws SQLException {
    return true;
  }

  @Override
  public String getURL() throws SQLException {
    return url;
  }

  @Override
  public String getUserName() throws SQLException {
    return userName;
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    return false;
  }

  @Override
  public boolean nullsAreSortedHigh() throws SQLException {
    return false;
  }

  @Override
  public boolean nullsAreSortedLow() throws SQLException {
    return true;
  }

  @Override
  public boolean nullsAreSortedAtStart() throws SQLException {
    return false;
  }

  @Override
  public boolean nullsAreSortedAtEnd() throws SQLException {
    return false;
  }

  @Override
  public String getDatabaseProductName() throws SQLException {
    return "Apache Cassandra";
  }

  @Override
  public String getDatabaseProductVersion() throws SQLException {
    return productVersion();
  }

  @Override
  public String getDriverName() throws SQLException {
    return "CasSQL";
  }

  @Override
  public String getDriverVersion() throws SQLException {
    return io.cassql.jdbc.CasSqlDriver.MAJOR_VERSION + "." + io.cassql.jdbc.CasSqlDriver.MINOR_VERSION;
  }

  @Override
  public boolean usesLocalFiles() throws SQLException {
    return false;
  }

  @Override
  public boolean usesLocalFilePerTable() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsMixedCaseIdentifiers() throws SQLException {
    return false;
  }

  @Override
  public boolean storesUpperCaseIdentifiers() throws SQLException {
    return false;
  }

  @Override
  public boolean storesLowerCaseIdentifiers() throws SQLException {
    return false;
  }

  @Override
  public boolean storesMixedCaseIdentifiers() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
    return true;
  }

  @Override
  public boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
    return false;
  }

  @Override
  public boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
    return false;
  }

  @Override
  public boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
    return true;
  }

  @Override
  public String getIdentifierQuoteString() throws SQLException {
    return "\"";
  }

  @Override
  public String getSQLKeywords() throws SQLException {
    return SQL_KEYWORDS;
  }

  @Override
  public String getNumericFunctions() throws SQLException {
    return "ABS,ACOS,ASIN,ATAN,ATAN2,CEILING,COS,COT,DEGREES,EXP,FLOOR,LOG,LOG10,MOD,PI,POWER,RADIANS,RAND,ROUND,SIGN,SIN,SQRT,TAN,TRUNCATE";
  }

  @Override
  public String getStringFunctions() throws SQLException {
    return "ASCII,CHAR,CONCAT,INSERT,LCASE,LEFT,LENGTH,LOCATE,LTRIM,REPEAT,REPLACE,RIGHT,RTRIM,SPACE,SUBSTRING,UCASE,CHAR_LENGTH,CHARACTER_LENGTH,OCTET_LENGTH,POSITION,TRIM,UPPER,LOWER";
  }

  @Override
  public String getSystemFunctions() throws SQLException {
    return "DATABASE,IFNULL,USER";
  }

  @Override
  public String getTimeDateFunctions() throws SQLException {
    return "CURDATE,CURTIME,DAYNAME,DAYOFMONTH,DAYOFWEEK,DAYOFYEAR,HOUR,MINUTE,MONTH,MONTHNAME,NOW,QUARTER,SECOND,TIMESTAMPADD,TIMESTAMPDIFF,WEEK,YEAR,CURRENT_DATE,CURRENT_TIME,CURRENT_TIMESTAMP,EXTRACT";
  }

  @Override
  public String getSearchStringEscape() throws SQLException {
    return "\\";
  }

  @Override
  public String getExtraNameCharacters() throws SQLException {
    return "";
  }

  @Override
  public boolean supportsAlterTableWithAddColumn() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsAlterTableWithDropColumn() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsColumnAliasing() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean nullPlusNonNullIsNull() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsConvert() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsConvert(int p0, int p1) throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsTableCorrelationNames() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsDifferentTableCorrelationNames() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsExpressionsInOrderBy() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsOrderByUnrelated() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsGroupBy() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsGroupByUnrelated() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsGroupByBeyondSelect() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsLikeEscapeClause() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsMultipleResultSets() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsMultipleTransactions() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsNonNullableColumns() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsMinimumSQLGrammar() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsCoreSQLGrammar() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsExtendedSQLGrammar() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsANSI92EntryLevelSQL() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsANSI92IntermediateSQL() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsANSI92FullSQL() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsIntegrityEnhancementFacility() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsOuterJoins() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsFullOuterJoins() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsLimitedOuterJoins() throws SQLException {
    return sqlMode;
  }

  @Override
  public String getSchemaTerm() throws SQLException {
    return "keyspace";
  }

  @Override
  public String getProcedureTerm() throws SQLException {
    return "procedure";
  }

  @Override
  public String getCatalogTerm() throws SQLException {
    return "catalog";
  }

  @Override
  public boolean isCatalogAtStart() throws SQLException {
    return true;
  }

  @Override
  public String getCatalogSeparator() throws SQLException {
    return ".";
  }

  @Override
  public boolean supportsSchemasInDataManipulation() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsSchemasInProcedureCalls() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsSchemasInTableDefinitions() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsSchemasInIndexDefinitions() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsCatalogsInDataManipulation() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsCatalogsInProcedureCalls() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsCatalogsInTableDefinitions() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsCatalogsInIndexDefinitions() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsPositionedDelete() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsPositionedUpdate() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsSelectForUpdate() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsStoredProcedures() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsSubqueriesInComparisons() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsSubqueriesInExists() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsSubqueriesInIns() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsSubqueriesInQuantifieds() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsCorrelatedSubqueries() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsUnion() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsUnionAll() throws SQLException {
    return sqlMode;
  }

  @Override
  public boolean supportsOpenCursorsAcrossCommit() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsOpenCursorsAcrossRollback() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsOpenStatementsAcrossCommit() throws SQLException {
    return true;
  }

  @Override
  public boolean supportsOpenStatementsAcrossRollback() throws SQLException {
    return true;
  }

  @Override
  public int getMaxBinaryLiteralLength() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxCharLiteralLength() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnNameLength() throws SQLException {
    return 48;
  }

  @Override
  public int getMaxColumnsInGroupBy() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnsInIndex() throws SQLException {
    return 1;
  }

  @Override
  public int getMaxColumnsInOrderBy() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnsInSelect() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxColumnsInTable() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxConnections() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxCursorNameLength() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxIndexLength() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxSchemaNameLength() throws SQLException {
    return 48;
  }

  @Override
  public int getMaxProcedureNameLength() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxCatalogNameLength() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxRowSize() throws SQLException {
    return 0;
  }

  @Override
  public boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
    return true;
  }

  @Override
  public int getMaxStatementLength() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxStatements() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxTableNameLength() throws SQLException {
    return 48;
  }

  @Override
  public int getMaxTablesInSelect() throws SQLException {
    return 0;
  }

  @Override
  public int getMaxUserNameLength() throws SQLException {
    return 0;
  }

  @Override
  public int getDefaultTransactionIsolation() throws SQLException {
    return java.sql.Connection.TRANSACTION_NONE;
  }

  @Override
  public boolean supportsTransactions() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsTransactionIsolationLevel(int p0) throws SQLException {
    return p0 == java.sql.Connection.TRANSACTION_NONE;
  }

  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
    return false;
  }

  @Override
  public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
    return false;
  }

  @Override
  public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsResultSetType(int p0) throws SQLException {
    return p0 == java.sql.ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public boolean supportsResultSetConcurrency(int p0, int p1) throws SQLException {
    return p0 == java.sql.ResultSet.TYPE_FORWARD_ONLY && p1 == java.sql.ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public boolean ownUpdatesAreVisible(int p0) throws SQLException {
    return false;
  }

  @Override
  public boolean ownDeletesAreVisible(int p0) throws SQLException {
    return false;
  }

  @Override
  public boolean ownInsertsAreVisible(int p0) throws SQLException {
    return false;
  }

  @Override
  public boolean othersUpdatesAreVisible(int p0) throws SQLException {
    return false;
  }

  @Override
  public boolean othersDeletesAreVisible(int p0) throws SQLException {
    return false;
  }

  @Override
  public boolean othersInsertsAreVisible(int p0) throws SQLException {
    return false;
  }

  @Override
  public boolean updatesAreDetected(int p0) throws SQLException {
    return false;
  }

  @Override
  public boolean deletesAreDetected(int p0) throws SQLException {
    return false;
  }

  @Override
  public boolean insertsAreDetected(int p0) throws SQLException {
    return false;
  }

  @Override
  public boolean supportsBatchUpdates() throws SQLException {
    return true;
  }

  @Override
  public java.sql.Connection getConnection() throws SQLException {
    return connection;
  }

  @Override
  public boolean supportsSavepoints() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsNamedParameters() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsMultipleOpenResults() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsGetGeneratedKeys() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsResultSetHoldability(int p0) throws SQLException {
    return p0 == java.sql.ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    return java.sql.ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public int getDatabaseMajorVersion() throws SQLException {
    return versionPart(0);
  }

  @Override
  public int getDatabaseMinorVersion() throws SQLException {
    return versionPart(1);
  }

  @Override
  public int getJDBCMajorVersion() throws SQLException {
    return 4;
  }

  @Override
  public int getJDBCMinorVersion() throws SQLException {
    return 2;
  }

  @Override
  public int getSQLStateType() throws SQLException {
    return sqlStateSQL;
  }

  @Override
  public boolean locatorsUpdateCopy() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsStatementPooling() throws SQLException {
    return false;
  }

  @Override
  public java.sql.RowIdLifetime getRowIdLifetime() throws SQLException {
    return java.sql.RowIdLifetime.ROWID_UNSUPPORTED;
  }

  @Override
  public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
    return false;
  }

  @Override
  public boolean generatedKeyAlwaysReturned() throws SQLException {
    return false;
  }

  @Override
  public long getMaxLogicalLobSize() throws SQLException {
    return 0;
  }

  @Override
  public boolean supportsRefCursors() throws SQLException {
    return false;
  }

  @Override
  public boolean supportsSharding() throws SQLException {
    return false;
  }
}
