package io.cassql.sql.exec;

/** Thrown in the thread running a query once {@code Statement.cancel()} has been called on it. */
public final class QueryCanceledException extends RuntimeException {
  public QueryCanceledException(String message) {
    super(message, null, false, false);
  }
}
