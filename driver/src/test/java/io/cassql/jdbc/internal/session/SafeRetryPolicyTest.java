package io.cassql.jdbc.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.cql.PrepareRequest;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.retry.RetryDecision;
import com.datastax.oss.driver.api.core.servererrors.WriteType;
import com.datastax.oss.driver.internal.core.cql.DefaultPrepareRequest;
import org.junit.jupiter.api.Test;

/** What the retry policy re-sends: idempotent requests only, a bounded number of times. */
@SuppressWarnings("deprecation")
class SafeRetryPolicyTest {
  private final SafeRetryPolicy policy = new SafeRetryPolicy(null, "default");
  private final SimpleStatement read =
      SimpleStatement.newInstance("SELECT * FROM ks.t").setIdempotent(true);
  private final SimpleStatement write =
      SimpleStatement.newInstance("INSERT INTO ks.t (k) VALUES (1)");

  @Test
  void should_retry_a_timed_out_read_on_another_coordinator_then_on_the_same_until_the_limit() {
    ConsistencyLevel one = ConsistencyLevel.ONE;
    assertEquals(RetryDecision.RETRY_NEXT, policy.onReadTimeout(read, one, 1, 0, false, 0));
    for (int retry = 1; retry < SafeRetryPolicy.MAX_RETRIES; retry++) {
      assertEquals(RetryDecision.RETRY_SAME, policy.onReadTimeout(read, one, 1, 0, false, retry));
    }
    assertEquals(
        RetryDecision.RETHROW,
        policy.onReadTimeout(read, one, 1, 0, false, SafeRetryPolicy.MAX_RETRIES));
  }

  @Test
  void should_never_resend_a_write_that_is_not_idempotent() {
    assertEquals(
        RetryDecision.RETHROW,
        policy.onWriteTimeout(write, ConsistencyLevel.ONE, WriteType.SIMPLE, 1, 0, 0));
    assertEquals(
        RetryDecision.RETHROW,
        policy.onRequestAborted(write, new ClosedConnectionException("lost"), 0));
    assertEquals(
        RetryDecision.RETHROW, policy.onReadTimeout(write, ConsistencyLevel.ONE, 1, 0, false, 0));
  }

  @Test
  void should_move_an_idempotent_request_to_the_next_node_when_its_connection_is_lost() {
    assertEquals(
        RetryDecision.RETRY_NEXT,
        policy.onRequestAborted(read, new ClosedConnectionException("lost"), 0));
  }

  @Test
  void should_prepare_again_on_the_next_node_when_the_connection_is_lost() {
    PrepareRequest prepare = new DefaultPrepareRequest("SELECT * FROM ks.t WHERE k = ?");
    assertEquals(
        RetryDecision.RETRY_NEXT,
        policy.onRequestAborted(prepare, new ClosedConnectionException("lost"), 0));
  }

  @Test
  void should_not_retry_a_lightweight_transaction_write_timeout_even_if_marked_idempotent() {
    SimpleStatement cas =
        SimpleStatement.newInstance("UPDATE ks.t SET v = 1 WHERE k = 1 IF v = 0")
            .setIdempotent(true);
    assertEquals(
        RetryDecision.RETHROW,
        policy.onWriteTimeout(cas, ConsistencyLevel.ONE, WriteType.CAS, 1, 0, 0));
  }
}
