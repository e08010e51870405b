package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.sql.SQLException;

/**
 * Auto mode's rule for a query that SQL mode refuses: a text that SQL cannot parse, or whose names
 * or functions SQL validation does not know (SQLSTATE class 42: a collection column of a base
 * table, {@code writetime()}, {@code ttl()}, {@code token()}, a CQL-only clause), runs again as
 * CQL, unchanged. When CQL refuses it too, the SQL error is reported, with the CQL error's message
 * appended and the CQL exception chained as the next exception. Data errors, timeouts, cancels and
 * connection failures never fall back: the text is valid SQL and CQL would not help.
 */
final class AutoFallback {
  private AutoFallback() {}

  /** Whether a failure of SQL mode sends the text to CQL. */
  static boolean triesCql(SQLException sqlError) {
    if (SqlSession.isParseError(sqlError)) {
      return true;
    }
    String state = sqlError.getSQLState();
    return state != null && state.startsWith("42");
  }

  /** The error of a text that neither SQL nor CQL accepts: SQL's, naming CQL's. */
  static SQLException bothFailed(SQLException sqlError, SQLException cqlError) {
    SqlState state = stateOf(sqlError);
    SQLException both =
        SqlErrors.create(
            state,
            sqlError.getMessage() + " (as CQL: " + cqlError.getMessage() + ")",
            sqlError.getCause() != null ? sqlError.getCause() : sqlError);
    both.setNextException(cqlError);
    return both;
  }

  private static SqlState stateOf(SQLException e) {
    for (SqlState s : SqlState.values()) {
      if (s.code().equals(e.getSQLState())) {
        return s;
      }
    }
    return SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION;
  }
}
