package io.cassql.jdbc.internal.cql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.schema.types.CqlKind;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** Column descriptions of a CQL result: JDBC types and Cassandra's own type names. */
final class CqlResultSetMetaData implements ResultSetMetaData {
  private final CqlColumns columns;

  CqlResultSetMetaData(CqlColumns columns) {
    this.columns = columns;
  }

  private CqlKind kind(int column) throws SQLException {
    return columns.kinds[columns.index(column)];
  }

  @Override
  public int getColumnCount() {
    return columns.count;
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    columns.index(column);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    CqlKind k = kind(column);
    return k == CqlKind.TEXT || k == CqlKind.ASCII || k.isJson();
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    columns.index(column);
    return true;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    columns.index(column);
    return false;
  }

  @Override
  public int isNullable(int column) throws SQLException {
    return columns.nullability(columns.index(column));
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return kind(column).isNumeric();
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    CqlKind k = kind(column);
    return switch (k) {
      case BOOLEAN -> 5;
      case TIMESTAMP -> 23;
      case DATE -> 10;
      case UUID, TIMEUUID -> 36;
      case DOUBLE -> 24;
      case FLOAT -> 15;
      default ->
          k.precision() == Integer.MAX_VALUE
              ? Integer.MAX_VALUE
              : k.precision() + (k.isNumeric() ? 1 : 0);
    };
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return columns.names[columns.index(column)];
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return columns.names[columns.index(column)];
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    return columns.keyspaces[columns.index(column)];
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return kind(column).precision();
  }

  @Override
  public int getScale(int column) throws SQLException {
    return kind(column).scale();
  }

  @Override
  public String getTableName(int column) throws SQLException {
    return columns.tables[columns.index(column)];
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    columns.index(column);
    return "";
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return kind(column).jdbcType();
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return columns.typeName(columns.index(column));
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    columns.index(column);
    return true;
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    columns.index(column);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    columns.index(column);
    return false;
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return kind(column).javaClass().getName();
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
