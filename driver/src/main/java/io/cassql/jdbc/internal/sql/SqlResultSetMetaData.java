package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.sql.engine.ResultColumn;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The columns of a SQL-mode result as validation typed them (a uuid column read unchanged is
 * OTHER/UUID).
 */
final class SqlResultSetMetaData implements ResultSetMetaData {
  private final SqlColumns columns;

  SqlResultSetMetaData(SqlColumns columns) {
    this.columns = columns;
  }

  @Override
  public int getColumnCount() {
    return columns.list.size();
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    columns.get(column);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    int t = columns.get(column).jdbcType();
    return t == Types.VARCHAR || t == Types.CHAR;
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    columns.get(column);
    return true;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    columns.get(column);
    return false;
  }

  @Override
  public int isNullable(int column) throws SQLException {
    return columns.get(column).nullable() ? columnNullable : columnNoNulls;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return columns.get(column).signed();
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return columns.get(column).displaySize();
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return columns.get(column).label();
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return columns.get(column).name();
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    return columns.get(column).schema();
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    ResultColumn c = columns.get(column);
    boolean unbounded =
        c.precision() == 0 && (c.jdbcType() == Types.VARCHAR || c.jdbcType() == Types.VARBINARY);
    // text and bytes without a length (Calcite's unspecified precision) are unbounded, as
    // getColumns says
    return unbounded ? Integer.MAX_VALUE : c.precision();
  }

  @Override
  public int getScale(int column) throws SQLException {
    return columns.get(column).scale();
  }

  @Override
  public String getTableName(int column) throws SQLException {
    return columns.get(column).table();
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    columns.get(column);
    return "";
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return columns.get(column).jdbcType();
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return columns.get(column).typeName();
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    columns.get(column);
    return true;
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    columns.get(column);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    columns.get(column);
    return false;
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return columns.get(column).className();
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
