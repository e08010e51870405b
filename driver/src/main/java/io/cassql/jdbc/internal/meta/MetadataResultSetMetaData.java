package io.cassql.jdbc.internal.meta;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/** Column descriptions of a metadata result set. */
final class MetadataResultSetMetaData implements ResultSetMetaData {
  private final MetadataShape shape;

  MetadataResultSetMetaData(MetadataShape shape) {
    this.shape = shape;
  }

  private int index(int column) throws SQLException {
    if (column < 1 || column > shape.names().length) {
      throw SqlErrors.create(
          SqlState.INVALID_DESCRIPTOR_INDEX, "column index " + column + " is out of range");
    }
    return column - 1;
  }

  @Override
  public int getColumnCount() {
    return shape.names().length;
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    index(column);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    return shape.types()[index(column)] == Types.VARCHAR;
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    index(column);
    return false;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    index(column);
    return false;
  }

  @Override
  public int isNullable(int column) throws SQLException {
    index(column);
    return columnNullableUnknown;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    int t = shape.types()[index(column)];
    return t == Types.INTEGER || t == Types.SMALLINT || t == Types.BIGINT;
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return shape.types()[index(column)] == Types.VARCHAR ? 128 : 20;
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return shape.names()[index(column)];
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return shape.names()[index(column)];
  }

  @Override
  public String getSchemaName(int column) throws SQLException {
    index(column);
    return "";
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return getColumnDisplaySize(column);
  }

  @Override
  public int getScale(int column) throws SQLException {
    index(column);
    return 0;
  }

  @Override
  public String getTableName(int column) throws SQLException {
    index(column);
    return "";
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    index(column);
    return "";
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return shape.types()[index(column)];
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return switch (shape.types()[index(column)]) {
      case Types.INTEGER -> "INTEGER";
      case Types.SMALLINT -> "SMALLINT";
      case Types.BIGINT -> "BIGINT";
      case Types.BOOLEAN -> "BOOLEAN";
      default -> "VARCHAR";
    };
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    index(column);
    return true;
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    index(column);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    index(column);
    return false;
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return switch (shape.types()[index(column)]) {
      case Types.INTEGER -> Integer.class.getName();
      case Types.SMALLINT -> Short.class.getName();
      case Types.BIGINT -> Long.class.getName();
      case Types.BOOLEAN -> Boolean.class.getName();
      default -> String.class.getName();
    };
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
