package io.cassql.sql.exec;

/**
 * Thrown in the thread running a query that needs more memory than it may take: its materializing
 * operators went past {@code maxQueryMemory}, or the heap guard stopped it because the heap was
 * nearly full. The message names the operator and the heap limit.
 */
public final class QueryMemoryException extends RuntimeException {
  public QueryMemoryException(String message) {
    super(message, null, false, false);
  }
}
