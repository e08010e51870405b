package io.cassql.jdbc.internal.error;

import com.datastax.oss.driver.api.core.type.DataType;
import io.cassql.jdbc.SqlState;
import io.cassql.schema.types.ValueConversionException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Creates SQLExceptions: the JDBC subclass follows from the SQLSTATE, messages are redacted. */
public final class SqlErrors {
  private static final Pattern TEMPORAL =
      Pattern.compile("^(date|time|timestamp)$|cql type (date|time|timestamp)\\b");

  private SqlErrors() {}

  /** An exception of the subclass JDBC tools expect for {@code state}. */
  public static SQLException create(SqlState state, String message, Throwable cause) {
    String msg = Redactor.scrub(message);
    String code = state.code();
    SQLException e =
        switch (state) {
          case FEATURE_NOT_SUPPORTED -> new SQLFeatureNotSupportedException(msg, code);
          case TIMEOUT -> new SQLTimeoutException(msg, code);
          case INVALID_AUTHORIZATION -> new SQLInvalidAuthorizationSpecException(msg, code);
          case UNABLE_TO_CONNECT, CONNECTION_DOES_NOT_EXIST ->
              new SQLNonTransientConnectionException(msg, code);
          case CONNECTION_FAILURE -> new SQLTransientConnectionException(msg, code);
          case INSUFFICIENT_RESOURCES -> new SQLTransientException(msg, code);
          case SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION,
              UNDEFINED_TABLE,
              UNDEFINED_COLUMN,
              TABLE_ALREADY_EXISTS ->
              new SQLSyntaxErrorException(msg, code);
          case DATA_EXCEPTION,
              NUMERIC_VALUE_OUT_OF_RANGE,
              DIVISION_BY_ZERO,
              INVALID_CHARACTER_VALUE_FOR_CAST,
              INVALID_DATETIME_FORMAT,
              STRING_DATA_RIGHT_TRUNCATION,
              SUBSTRING_ERROR ->
              new SQLDataException(msg, code);
          default -> new SQLException(msg, code);
        };
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  /**
   * The statement text given to a JDBC call, checked the same way by every call that takes one
   * ({@code Statement.execute} and its kin, {@code addBatch}, {@code prepareStatement}, {@code
   * prepareCall}, {@code nativeSQL}), in every mode: null is HY009, an empty or blank text 42000.
   */
  public static String statementText(String text) throws SQLException {
    if (text == null) {
      throw create(SqlState.INVALID_USE_OF_NULL_POINTER, "the statement text is null");
    }
    if (text.isBlank()) {
      throw create(SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION, "the statement text is empty");
    }
    return text;
  }

  /** An exception without a cause. */
  public static SQLException create(SqlState state, String message) {
    return create(state, message, null);
  }

  /** The one way to say a JDBC method is not supported (0A000). */
  public static SQLFeatureNotSupportedException notSupported(String what) {
    return (SQLFeatureNotSupportedException)
        create(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported by CasSQL");
  }

  /** Use of a closed connection (08003). */
  public static SQLException connectionClosed() {
    return create(SqlState.CONNECTION_DOES_NOT_EXIST, "the connection is closed");
  }

  /**
   * A value that does not convert to its CQL type: 22003 when out of range, 22007 for a date, time
   * or timestamp, else 22018. {@code target} may be null, then the message names the type.
   */
  public static SQLException conversion(
      ValueConversionException e, DataType target, String message) {
    String type = target != null ? target.asCql(false, true) : e.getMessage();
    boolean temporal = TEMPORAL.matcher(type.toLowerCase(Locale.ROOT)).find();
    SqlState state =
        e.outOfRange()
            ? SqlState.NUMERIC_VALUE_OUT_OF_RANGE
            : temporal
                ? SqlState.INVALID_DATETIME_FORMAT
                : SqlState.INVALID_CHARACTER_VALUE_FOR_CAST;
    return create(state, message, e);
  }

  /** A negative size or timeout given to a JDBC setter (HY024). */
  public static SQLException negative(String what, long value) {
    return create(SqlState.INVALID_ATTRIBUTE_VALUE, what + " must be >= 0, was " + value);
  }

  /** Use of a closed statement or result set (HY010). */
  public static SQLException closed(String what) {
    return create(SqlState.FUNCTION_SEQUENCE_ERROR, "the " + what + " is closed");
  }
}
