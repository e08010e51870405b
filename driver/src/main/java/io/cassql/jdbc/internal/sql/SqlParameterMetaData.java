package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.sql.engine.ParameterType;
import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** The {@code ?} parameters of a SQL-mode prepared query, typed by validation. */
final class SqlParameterMetaData implements ParameterMetaData {
  private final List<ParameterType> parameters;

  SqlParameterMetaData(List<ParameterType> parameters) {
    this.parameters = parameters;
  }

  private ParameterType at(int param) throws SQLException {
    if (param < 1 || param > parameters.size()) {
      throw SqlErrors.create(
          SqlState.INVALID_DESCRIPTOR_INDEX,
          "parameter index "
              + param
              + " is out of range: the statement has "
              + parameters.size()
              + " parameters");
    }
    return parameters.get(param - 1);
  }

  @Override
  public int getParameterCount() {
    return parameters.size();
  }

  @Override
  public int isNullable(int param) throws SQLException {
    at(param);
    return parameterNullableUnknown;
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    int t = at(param).jdbcType();
    return t == Types.TINYINT
        || t == Types.SMALLINT
        || t == Types.INTEGER
        || t == Types.BIGINT
        || t == Types.DECIMAL
        || t == Types.DOUBLE
        || t == Types.FLOAT
        || t == Types.REAL;
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    return at(param).precision();
  }

  @Override
  public int getScale(int param) throws SQLException {
    return at(param).scale();
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    return at(param).jdbcType();
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    return at(param).typeName();
  }

  @Override
  public String getParameterClassName(int param) throws SQLException {
    return at(param).className();
  }

  @Override
  public int getParameterMode(int param) throws SQLException {
    at(param);
    return parameterModeIn;
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
