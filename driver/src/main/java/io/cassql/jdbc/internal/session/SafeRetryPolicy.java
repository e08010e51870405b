package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.cql.PrepareRequest;
import com.datastax.oss.driver.api.core.retry.RetryDecision;
import com.datastax.oss.driver.api.core.retry.RetryPolicy;
import com.datastax.oss.driver.api.core.servererrors.CoordinatorException;
import com.datastax.oss.driver.api.core.servererrors.ReadFailureException;
import com.datastax.oss.driver.api.core.servererrors.WriteFailureException;
import com.datastax.oss.driver.api.core.servererrors.WriteType;
import com.datastax.oss.driver.api.core.session.Request;

/**
 * Retries what is safe to retry, on the next node: idempotent requests (reads, which the driver
 * marks so, and preparing a statement) after a read or write timeout, an unavailable replica set, a
 * lost connection or an overloaded coordinator, up to {@link #MAX_RETRIES} times. Non-idempotent
 * writes are never re-sent (the Java driver does not even ask for them after a timeout or a lost
 * connection). The retries allow for a node killed without warning: the others treat it as alive
 * for up to about 40 s and let reads routed through it time out, so a read may need several tries;
 * the request timeout ({@code requestTimeout}) bounds them all, and past it the read's page is
 * asked for again from its paging state ({@code readRetryWindow}, see {@code
 * io.cassql.sql.exec.PageResume}).
 */
public final class SafeRetryPolicy implements RetryPolicy {
  /** Retries of one request at most. */
  static final int MAX_RETRIES = 6;

  /** Called by the Java driver through its configuration. */
  public SafeRetryPolicy(DriverContext context, String profileName) {}

  private static boolean idempotent(Request request) {
    return request instanceof PrepareRequest
        || (request instanceof com.datastax.oss.driver.api.core.cql.Statement<?> st
            && Boolean.TRUE.equals(st.isIdempotent()));
  }

  private static RetryDecision nextIf(boolean safe, int retryCount) {
    return safe && retryCount < MAX_RETRIES ? RetryDecision.RETRY_NEXT : RetryDecision.RETHROW;
  }

  @Override
  @Deprecated
  public RetryDecision onReadTimeout(
      Request request,
      ConsistencyLevel cl,
      int blockFor,
      int received,
      boolean dataPresent,
      int retryCount) {
    if (!idempotent(request) || retryCount >= MAX_RETRIES) {
      return RetryDecision.RETHROW;
    }
    // The coordinator answered, so it is alive: a replica it still believes alive did not. Try
    // another coordinator once, then stay on it, so a query plan of two live nodes is not used up
    // before the failure detector convicts the dead replica.
    return retryCount == 0 ? RetryDecision.RETRY_NEXT : RetryDecision.RETRY_SAME;
  }

  @Override
  @Deprecated
  public RetryDecision onWriteTimeout(
      Request request,
      ConsistencyLevel cl,
      WriteType writeType,
      int blockFor,
      int received,
      int retryCount) {
    return nextIf(idempotent(request) && writeType != WriteType.CAS, retryCount);
  }

  @Override
  @Deprecated
  public RetryDecision onUnavailable(
      Request request, ConsistencyLevel cl, int required, int alive, int retryCount) {
    return retryCount == 0 ? RetryDecision.RETRY_NEXT : RetryDecision.RETHROW;
  }

  @Override
  @Deprecated
  public RetryDecision onRequestAborted(Request request, Throwable error, int retryCount) {
    return nextIf(idempotent(request), retryCount);
  }

  @Override
  @Deprecated
  public RetryDecision onErrorResponse(
      Request request, CoordinatorException error, int retryCount) {
    boolean definite =
        error instanceof ReadFailureException || error instanceof WriteFailureException;
    return nextIf(idempotent(request) && !definite, retryCount);
  }

  @Override
  public void close() {}
}
