package io.cassql.jdbc.internal.cql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.schema.types.CqlKind;
import java.sql.ParameterMetaData;
import java.sql.SQLException;

/** Types of the {@code ?} parameters of a prepared CQL statement, as Cassandra reports them. */
final class CqlParameterMetaData implements ParameterMetaData {
  private final CqlColumns parameters;

  CqlParameterMetaData(CqlColumns parameters) {
    this.parameters = parameters;
  }

  private CqlKind kind(int param) throws SQLException {
    return parameters.kinds[parameters.index(param)];
  }

  @Override
  public int getParameterCount() {
    return parameters.count;
  }

  @Override
  public int isNullable(int param) throws SQLException {
    parameters.index(param);
    return parameterNullableUnknown;
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    return kind(param).isNumeric();
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    return kind(param).precision();
  }

  @Override
  public int getScale(int param) throws SQLException {
    return kind(param).scale();
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    return kind(param).jdbcType();
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    return CqlKind.typeName(parameters.types[parameters.index(param)]);
  }

  @Override
  public String getParameterClassName(int param) throws SQLException {
    return kind(param).javaClass().getName();
  }

  @Override
  public int getParameterMode(int param) throws SQLException {
    parameters.index(param);
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
