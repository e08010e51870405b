package io.cassql.jdbc.internal.error;

import com.datastax.oss.driver.api.core.DriverException;
import io.cassql.jdbc.SqlState;
import io.cassql.schema.types.ValueConversionException;
import io.cassql.sql.PlannerSetup;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;

/** Maps failures of SQL mode (Calcite parse, validation and execution errors) to SQLSTATEs. */
public final class CalciteErrorTranslator {
  /**
   * "Illegal DATE literal '...'", "Invalid DATE value, '...'": text that is no date, time or
   * timestamp.
   */
  private static final Pattern DATETIME_VALUE =
      Pattern.compile(
          "(illegal|invalid) (date|time|timestamp)( with local time zone)? (literal|value)"
              + "|value of (year|month|day|hour|minute|second) field is out of range");

  private CalciteErrorTranslator() {}

  /** The SQLException for a failure anywhere in planning or running a SQL-mode statement. */
  public static SQLException translate(Throwable t) {
    for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof SQLException s && s.getSQLState() != null && !s.getSQLState().isEmpty()) {
        return s;
      }
      if (e instanceof SQLFeatureNotSupportedException f) {
        return SqlErrors.create(
            SqlState.FEATURE_NOT_SUPPORTED, "not supported in SQL mode: " + messageOf(f), f);
      }
      if (e instanceof SQLException s && avaticaState(s.getMessage()) != null) {
        return SqlErrors.create(avaticaState(s.getMessage()), s.getMessage(), s);
      }
      if (e instanceof io.cassql.sql.exec.QueryCanceledException
          || e instanceof io.cassql.sql.exec.QueryMemoryException) {
        return CassandraErrorTranslator.translate(e);
      }
      if (e instanceof io.cassql.sql.engine.TableNameException n) {
        return SqlErrors.create(
            n.ambiguous()
                ? SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION
                : SqlState.UNDEFINED_TABLE,
            n.getMessage(),
            n);
      }
      if (e instanceof DriverException) {
        return CassandraErrorTranslator.translate(e);
      }
      if (e instanceof PlannerSetup.PlanningTimeout p) {
        return SqlErrors.create(SqlState.TIMEOUT, p.getMessage(), p);
      }
      if (e instanceof StackOverflowError so) {
        return SqlErrors.create(
            SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION,
            "the statement is nested too deeply to be parsed",
            so);
      }
      if (e instanceof SqlParseException p && (p.getMessage() != null || p.getCause() == null)) {
        String first =
            p.getMessage() == null ? "unparseable statement" : p.getMessage().split("\n")[0];
        String where =
            p.getPos() == null
                ? ""
                : " at line " + p.getPos().getLineNum() + ", column " + p.getPos().getColumnNum();
        return SqlErrors.create(
            SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION,
            "SQL syntax error" + where + ": " + first,
            p);
      }
      if (e instanceof CalciteContextException c) {
        return SqlErrors.create(classifyValidation(c.getMessage()), c.getMessage(), c);
      }
      if (e instanceof ValueConversionException v) {
        return SqlErrors.conversion(v, null, v.getMessage());
      }
      if (e instanceof ArithmeticException a) {
        String m = String.valueOf(a.getMessage()).toLowerCase(Locale.ROOT);
        // BigDecimal says "Division undefined" for 0/0 and "Division by zero" otherwise
        boolean byZero = m.contains("zero") || m.contains("division undefined");
        return SqlErrors.create(
            byZero ? SqlState.DIVISION_BY_ZERO : SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
            byZero ? "division by zero" : "numeric overflow: " + a.getMessage(),
            a);
      }
      if (e instanceof NumberFormatException n) {
        return SqlErrors.create(
            SqlState.INVALID_CHARACTER_VALUE_FOR_CAST, "not a number: " + n.getMessage(), n);
      }
      if (e instanceof IllegalStateException i
          && String.valueOf(i.getMessage()).startsWith("Unable to implement")) {
        // Calcite's code generation has no implementation for an operator here (CUME_DIST over a
        // window, say): say which, without the plan dump of its message
        Throwable root = i;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        String why =
            root == i
                ? "an operator of this query has no implementation"
                : String.valueOf(root.getMessage()).split("\n")[0];
        return SqlErrors.create(
            SqlState.FEATURE_NOT_SUPPORTED, "SQL mode cannot run this query: " + why, i);
      }
      if (e instanceof UnsupportedOperationException u) {
        return SqlErrors.create(
            SqlState.FEATURE_NOT_SUPPORTED, "not supported in SQL mode: " + u.getMessage(), u);
      }
      SqlState runtime = e instanceof RuntimeException ? runtimeState(e.getMessage()) : null;
      if (runtime != null) {
        return SqlErrors.create(runtime, e.getMessage(), e);
      }
    }
    return SqlErrors.create(SqlState.GENERAL_ERROR, messageOf(t), t);
  }

  private static String messageOf(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /**
   * The state of an SQLException Avatica raised without one, from its wording; null when unknown.
   */
  static SqlState avaticaState(String message) {
    String m = String.valueOf(message).toLowerCase(Locale.ROOT);
    if (m.equals("statement closed")
        || m.equals("resultset closed")
        || m.equals("connection is closed")) {
      return SqlState.FUNCTION_SEQUENCE_ERROR;
    }
    if (m.startsWith("parameter ordinal") || m.startsWith("invalid column ordinal")) {
      return SqlState.INVALID_DESCRIPTOR_INDEX;
    }
    if (m.startsWith("column '") && m.endsWith("not found")) {
      return SqlState.UNDEFINED_COLUMN;
    }
    if (m.contains("unbound parameter")) {
      return SqlState.PARAMETER_NOT_SET;
    }
    if (m.startsWith("illegal timeout value") || m.startsWith("illegal maxrows value")) {
      return SqlState.INVALID_ATTRIBUTE_VALUE;
    }
    return null;
  }

  /**
   * The state of a failure of Calcite's generated code (casts, date parsing, SUBSTRING), from its
   * wording; the same code runs when the planner folds a constant expression, where the failure
   * arrives wrapped in an {@code ExceptionInInitializerError}, so the cause chain is searched.
   */
  static SqlState runtimeState(String message) {
    String m = String.valueOf(message).toLowerCase(Locale.ROOT);
    if (DATETIME_VALUE.matcher(m).find()) {
      return SqlState.INVALID_DATETIME_FORMAT;
    }
    if (m.startsWith("invalid character for cast")) {
      return SqlState.INVALID_CHARACTER_VALUE_FOR_CAST;
    }
    if (m.startsWith("substring error")) {
      return SqlState.SUBSTRING_ERROR;
    }
    return null;
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
    if (DATETIME_VALUE.matcher(m).find()) {
      return SqlState.INVALID_DATETIME_FORMAT;
    }
    if (m.contains("numeric literal") && m.contains("out of range")) {
      return SqlState.NUMERIC_VALUE_OUT_OF_RANGE;
    }
    return SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
  }
}
