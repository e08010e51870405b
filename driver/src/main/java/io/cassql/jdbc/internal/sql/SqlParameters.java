package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.schema.types.DriverValues;
import io.cassql.schema.types.ValueConversionException;
import io.cassql.sql.engine.ParameterType;
import io.cassql.sql.exec.SqlValues;
import java.sql.SQLException;

/**
 * Binds a JDBC parameter value to a SQL-mode plan: the value layer's conversion to the parameter's
 * type (exact, else 22003/22018, as in CQL mode; a {@code setLong} on an INTEGER parameter works
 * when the value fits), then Calcite's run-time form.
 */
final class SqlParameters {
  private SqlParameters() {}

  /**
   * The run-time value of {@code value} bound to the parameter {@code index} (1-based) of type
   * {@code p}.
   */
  static Object convert(Object value, ParameterType p, int index) throws SQLException {
    if (value == null || p.kind() == null) {
      return value;
    }
    var type = SqlValues.cqlType(p.kind());
    try {
      return SqlValues.toInternal(DriverValues.convert(value, type), p.kind());
    } catch (ValueConversionException e) {
      throw SqlErrors.conversion(
          e, type, "parameter " + index + " (" + p.typeName() + "): " + e.getMessage());
    }
  }
}
