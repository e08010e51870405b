package io.cassql.jdbc.internal.error;

import io.cassql.jdbc.SqlState;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

/** Creates SQLExceptions: the JDBC subclass follows from the SQLSTATE, messages are redacted. */
public final class SqlErrors {
  private SqlErrors() {}

  /** An exception of the subclass JDBC tools expect for {@code state}. */
  public static SQLException create(SqlState state, String message, Throwable cause) {
    String msg = Redactor.scrub(message);
    String code = state.code();
    SQLException e = switch (state) {
      case FEATURE_NOT_SUPPORTED -> new SQLFeatureNotSupportedException(msg, code);
      case TIMEOUT -> new SQLTimeoutException(msg, code);
      case INVALID_AUTHORIZATION -> new SQLInvalidAuthorizationSpecException(msg, code);
      case UNABLE_TO_CONNECT, CONNECTION_DOES_NOT_EXIST ->
          new SQLNonTransientConnectionException(msg, code);
      case CONNECTION_FAILURE -> new SQLTransientConnectionException(msg, code);
      case INSUFFICIENT_RESOURCES -> new SQLTransientException(msg, code);
      case SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION, UNDEFINED_TABLE, UNDEFINED_COLUMN,
          TABLE_ALREADY_EXISTS -> new SQLSyntaxErrorException(msg, code);
      case DATA_EXCEPTION, NUMERIC_VALUE_OUT_OF_RANGE, DIVISION_BY_ZERO,
          INVALID_CHARACTER_VALUE_FOR_CAST -> new SQLDataException(msg, code);
      default -> new SQLException(msg, code);
    };
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
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

  /** Use of a closed statement or result set (HY010). */
  public static SQLException closed(String what) {
    return create(SqlState.FUNCTION_SEQUENCE_ERROR, "the " + what + " is closed");
  }
}
