package io.cassql.jdbc.internal.meta;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * The scalar answers of {@link DatabaseMetaData} about the product, identifiers, functions and SQL
 * features: what SQL mode supports (joins, subqueries, UNION, GROUP BY, SQL-92 entry level) and
 * what Cassandra does not (procedures, positioned updates). CQL-mode connections answer the SQL
 * features with false.
 */
abstract class MetadataFlags extends MetadataLimits {
  /** Words of SQL mode's grammar beyond SQL:2003 that tools should quote. */
  static final String SQL_KEYWORDS =
      "ALLOW,APPLY,ASCII,BATCH,CLUSTERING,COMPACT,COUNTER,CUSTOM,FILTERING,FROZEN,"
          + "INET,JSON,KEYSPACE,KEYSPACES,LIMIT,LIST,LOGIN,MAP,NORECURSIVE,PERMISSIONS,STATIC,TEXT,TIMEUUID,TOKEN,TTL,"
          + "TUPLE,UUID,VARINT,WRITETIME";

  MetadataFlags(Connection connection, String url, String userName, boolean sqlMode) {
    super(connection, url, userName, sqlMode);
  }

  @Override
  public int getDriverMajorVersion() {
    return io.cassql.jdbc.CasSqlDriver.MAJOR_VERSION;
  }

  @Override
  public int getDriverMinorVersion() {
    return io.cassql.jdbc.CasSqlDriver.MINOR_VERSION;
  }

  @Override
  public boolean allProceduresAreCallable() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean allTablesAreSelectable() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public String getURL() throws SQLException {
    checkOpen();
    return url;
  }

  @Override
  public String getUserName() throws SQLException {
    checkOpen();
    return userName;
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean nullsAreSortedHigh() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean nullsAreSortedLow() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean nullsAreSortedAtStart() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean nullsAreSortedAtEnd() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public String getDatabaseProductName() throws SQLException {
    checkOpen();
    return "Apache Cassandra";
  }

  @Override
  public String getDatabaseProductVersion() throws SQLException {
    checkOpen();
    return productVersion();
  }

  @Override
  public String getDriverName() throws SQLException {
    checkOpen();
    return "CasSQL";
  }

  @Override
  public String getDriverVersion() throws SQLException {
    checkOpen();
    return io.cassql.jdbc.CasSqlDriver.MAJOR_VERSION
        + "."
        + io.cassql.jdbc.CasSqlDriver.MINOR_VERSION;
  }

  @Override
  public boolean usesLocalFiles() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean usesLocalFilePerTable() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsMixedCaseIdentifiers() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean storesUpperCaseIdentifiers() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean storesLowerCaseIdentifiers() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean storesMixedCaseIdentifiers() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public String getIdentifierQuoteString() throws SQLException {
    checkOpen();
    return "\"";
  }

  @Override
  public String getSQLKeywords() throws SQLException {
    checkOpen();
    return SQL_KEYWORDS;
  }

  @Override
  public String getNumericFunctions() throws SQLException {
    checkOpen();
    return "ABS,ACOS,ASIN,ATAN,ATAN2,CEILING,COS,COT,DEGREES,EXP,FLOOR,LOG,LOG10,MOD,PI,POWER,RADIANS,RAND,ROUND,SIGN,SIN,SQRT,TAN,TRUNCATE";
  }

  @Override
  public String getStringFunctions() throws SQLException {
    checkOpen();
    return "ASCII,CHAR,CONCAT,INSERT,LCASE,LEFT,LENGTH,LOCATE,LTRIM,REPEAT,REPLACE,RIGHT,RTRIM,SPACE,SUBSTRING,UCASE,CHAR_LENGTH,CHARACTER_LENGTH,OCTET_LENGTH,POSITION,TRIM,UPPER,LOWER";
  }

  @Override
  public String getSystemFunctions() throws SQLException {
    checkOpen();
    return "DATABASE,IFNULL,USER";
  }

  @Override
  public String getTimeDateFunctions() throws SQLException {
    checkOpen();
    return "CURDATE,CURTIME,DAYNAME,DAYOFMONTH,DAYOFWEEK,DAYOFYEAR,HOUR,MINUTE,MONTH,MONTHNAME,NOW,QUARTER,SECOND,TIMESTAMPADD,TIMESTAMPDIFF,WEEK,YEAR,CURRENT_DATE,CURRENT_TIME,CURRENT_TIMESTAMP,EXTRACT";
  }

  @Override
  public String getSearchStringEscape() throws SQLException {
    checkOpen();
    return "\\";
  }

  @Override
  public String getExtraNameCharacters() throws SQLException {
    checkOpen();
    return "";
  }

  @Override
  public boolean supportsAlterTableWithAddColumn() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsAlterTableWithDropColumn() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsColumnAliasing() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean nullPlusNonNullIsNull() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsConvert() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsConvert(int p0, int p1) throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsTableCorrelationNames() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsDifferentTableCorrelationNames() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsExpressionsInOrderBy() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsOrderByUnrelated() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsGroupBy() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsGroupByUnrelated() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsGroupByBeyondSelect() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsLikeEscapeClause() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsMultipleResultSets() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsMultipleTransactions() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsNonNullableColumns() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsMinimumSQLGrammar() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsCoreSQLGrammar() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsExtendedSQLGrammar() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsANSI92EntryLevelSQL() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsANSI92IntermediateSQL() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsANSI92FullSQL() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsIntegrityEnhancementFacility() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsOuterJoins() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsFullOuterJoins() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsLimitedOuterJoins() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public String getSchemaTerm() throws SQLException {
    checkOpen();
    return "keyspace";
  }

  @Override
  public String getProcedureTerm() throws SQLException {
    checkOpen();
    return "procedure";
  }

  @Override
  public String getCatalogTerm() throws SQLException {
    checkOpen();
    return "catalog";
  }

  @Override
  public boolean isCatalogAtStart() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public String getCatalogSeparator() throws SQLException {
    checkOpen();
    return ".";
  }

  @Override
  public boolean supportsSchemasInDataManipulation() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsSchemasInProcedureCalls() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsSchemasInTableDefinitions() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsSchemasInIndexDefinitions() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
    checkOpen();
    return true;
  }

  @Override
  public boolean supportsCatalogsInDataManipulation() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsCatalogsInProcedureCalls() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsCatalogsInTableDefinitions() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsCatalogsInIndexDefinitions() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsPositionedDelete() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsPositionedUpdate() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsSelectForUpdate() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsStoredProcedures() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean supportsSubqueriesInComparisons() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsSubqueriesInExists() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsSubqueriesInIns() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsSubqueriesInQuantifieds() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsCorrelatedSubqueries() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsUnion() throws SQLException {
    checkOpen();
    return sqlMode;
  }

  @Override
  public boolean supportsUnionAll() throws SQLException {
    checkOpen();
    return sqlMode;
  }
}
