package io.cassql.sql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A query's control stops a wait on cancel, deadline or limit, and abandons the awaited future. */
class QueryControlTest {
  @Test
  void should_stop_a_wait_when_cancelled_from_another_thread_and_cancel_the_future()
      throws Exception {
    QueryControl control = QueryControl.startingNow(0);
    CompletableFuture<String> never = new CompletableFuture<>();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(control::cancel, 100, TimeUnit.MILLISECONDS);
      assertThrows(QueryCanceledException.class, () -> control.await(never));
      assertTrue(never.isCancelled(), "the abandoned request is cancelled");
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void should_stop_a_wait_at_the_deadline_and_shorten_request_timeouts() {
    QueryControl control = QueryControl.startingNow(200);
    assertTrue(control.requestTimeout(Duration.ofSeconds(12)).toMillis() <= 200);
    assertThrows(DriverTimeoutException.class, () -> control.await(new CompletableFuture<>()));
    assertThrows(DriverTimeoutException.class, control::check);
  }

  @Test
  void should_give_a_completed_value_and_the_failure_of_a_failed_one() {
    QueryControl control = QueryControl.startingNow(0);
    assertEquals("x", control.await(CompletableFuture.completedFuture("x")));
    IllegalStateException cause = new IllegalStateException("boom");
    assertEquals(
        cause,
        assertThrows(
            IllegalStateException.class,
            () -> control.await(CompletableFuture.failedFuture(cause))));
    assertEquals(
        Duration.ofSeconds(12),
        control.requestTimeout(Duration.ofSeconds(12)),
        "no budget: the connection's");
  }

  @Test
  void should_stop_a_wait_past_its_own_limit() {
    QueryControl control = QueryControl.startingNow(0);
    assertThrows(
        DriverTimeoutException.class,
        () -> control.await(new CompletableFuture<>(), Duration.ofMillis(100)));
  }
}
