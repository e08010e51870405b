package io.cassql.jdbc.internal.error;

import com.datastax.oss.driver.api.core.DriverException;
import io.cassql.jdbc.SqlState;
import io.cassql.schema.types.ValueConversionException;
import java.sql.SQLException;
import java.util.Locale;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;

/** Maps failures of SQL mode (Calcite parse, validation and execution errors) to SQLSTATEs. */
public final class CalciteErrorTranslator {
  private CalciteErrorTranslator() {}

  /** The SQLException for a failure anywhere in planning or running a SQL-mode statement. */
  public static SQLException translate(Throwable t) {
    for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof SQLException s && s.getSQLState() != null && !s.getSQLState().isEmpty()) {
        return s;
      }
      if (e instanceof DriverException) {
        return CassandraErrorTranslator.translate(e);
      }
      if (e instanceof SqlParseException p) {
        String first = p.getMessage().split("\n")[0];
        return SqlErrors.create(SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION, "SQL syntax error at line "
            + p.getPos().getLineNum() + ", column " + p.getPos().getColumnNum() + ": " + first, p);
      }
      if (e instanceof CalciteContextException c) {
        return SqlErrors.create(classifyValidation(c.getMessage()), c.getMessage(), c);
      }
      if (e instanceof ValueConversionException v) {
        return SqlErrors.create(v.outOfRange() ? SqlState.NUMERIC_VALUE_OUT_OF_RANGE
            : SqlState.INVALID_CHARACTER_VALUE_FOR_CAST, v.getMessage(), v);
      }
      if (e instanceof ArithmeticException a) {
        String m = String.valueOf(a.getMessage()).toLowerCase(Locale.ROOT);
        return SqlErrors.create(m.contains("zero") ? SqlState.DIVISION_BY_ZERO : SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
            m.contains("zero") ? "division by zero" : "numeric overflow: " + a.getMessage(), a);
      }
      if (e instanceof NumberFormatException n) {
        return SqlErrors.create(SqlState.INVALID_CHARACTER_VALUE_FOR_CAST, "not a number: " + n.getMessage(), n);
      }
      if (e instanceof UnsupportedOperationException u) {
        return SqlErrors.create(SqlState.FEATURE_NOT_SUPPORTED, "not supported in SQL mode: " + u.getMessage(), u);
      }
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return SqlErrors.create(SqlState.GENERAL_ERROR, message, t);
  }

  /** The state of a validation error, from Calcite's wording. */
  static SqlState classifyValidation(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    if (m.contains("column '") && m.contains("not found")) {
      return SqlState.UNDEFINED_COLUMN;
    }
    if ((m.contains("object '") || m.contains("table '")) && m.contains("not found")) {
      return SqlState.UNDEFINED_TABLE;
    }
    return SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
  }
}
