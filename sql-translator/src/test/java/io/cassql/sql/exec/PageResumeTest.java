package io.cassql.sql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.NodeUnavailableException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ReadFailureException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageResumeTest {
  private static final long SECOND = 1_000_000_000L;
  private static final PageResume MINUTE = new PageResume(Duration.ofSeconds(60));

  /** A stand-in node: only identity matters to the exception that groups errors by node. */
  private static Node node(String name) {
    return (Node)
        Proxy.newProxyInstance(
            Node.class.getClassLoader(),
            new Class<?>[] {Node.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  case "toString" -> name;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static ReadTimeoutException readTimeout() {
    return new ReadTimeoutException(node("a"), DefaultConsistencyLevel.QUORUM, 1, 2, true);
  }

  @Test
  void timeouts_and_an_overloaded_coordinator_are_transient() {
    assertTrue(PageResume.transientFailure(new DriverTimeoutException("Query timed out")));
    assertTrue(PageResume.transientFailure(readTimeout()));
    assertTrue(PageResume.transientFailure(new OverloadedException(node("a"))));
    assertTrue(PageResume.transientFailure(new CompletionException(readTimeout())));
  }

  @Test
  void definite_answers_lost_nodes_and_cancels_are_not_transient() {
    Node a = node("a");
    assertFalse(
        PageResume.transientFailure(
            new UnavailableException(a, DefaultConsistencyLevel.ALL, 3, 2)));
    assertFalse(
        PageResume.transientFailure(
            new ReadFailureException(a, DefaultConsistencyLevel.ONE, 0, 1, 1, false, Map.of())));
    assertFalse(PageResume.transientFailure(new InvalidQueryException(a, "no such column")));
    assertFalse(PageResume.transientFailure(new NoNodeAvailableException()));
    assertFalse(PageResume.transientFailure(new QueryCanceledException("cancelled")));
    assertFalse(PageResume.transientFailure(new java.util.concurrent.CancellationException()));
  }

  @Test
  void every_node_failing_is_transient_when_one_was_late_and_the_others_late_or_gone() {
    Node a = node("a");
    Node b = node("b");
    assertTrue(
        PageResume.transientFailure(
            AllNodesFailedException.fromErrors(
                List.of(
                    new SimpleEntry<>(a, readTimeout()),
                    new SimpleEntry<>(b, new DriverTimeoutException("late"))))));
    // the node just killed lost its connection, the live coordinator timed out waiting for it
    assertTrue(
        PageResume.transientFailure(
            AllNodesFailedException.fromErrors(
                List.of(
                    new SimpleEntry<>(a, readTimeout()),
                    new SimpleEntry<>(b, new ClosedConnectionException("gone"))))));
    // the node just killed is still in the plan but has no connection left
    assertTrue(
        PageResume.transientFailure(
            AllNodesFailedException.fromErrors(
                List.of(
                    new SimpleEntry<>(a, readTimeout()),
                    new SimpleEntry<>(b, new NodeUnavailableException(b))))));
    // every node gone: the cluster is unreachable, fail at once
    assertFalse(
        PageResume.transientFailure(
            AllNodesFailedException.fromErrors(
                List.of(
                    new SimpleEntry<>(a, new ClosedConnectionException("gone")),
                    new SimpleEntry<>(b, new ClosedConnectionException("gone"))))));
    assertFalse(
        PageResume.transientFailure(
            AllNodesFailedException.fromErrors(
                List.of(
                    new SimpleEntry<>(a, readTimeout()),
                    new SimpleEntry<>(b, new InvalidQueryException(b, "bad"))))));
  }

  @Test
  void a_page_is_asked_for_again_only_within_the_window() {
    long asked = 5 * SECOND;
    assertTrue(MINUTE.resume(readTimeout(), asked, asked + 12 * SECOND));
    assertTrue(MINUTE.resume(readTimeout(), asked, asked + 59 * SECOND));
    assertFalse(MINUTE.resume(readTimeout(), asked, asked + 60 * SECOND));
    assertFalse(PageResume.NEVER.resume(readTimeout(), asked, asked + 1));
    assertFalse(new PageResume(Duration.ofMillis(-5)).resume(readTimeout(), asked, asked + 1));
    assertFalse(
        MINUTE.resume(new UnavailableException(null, DefaultConsistencyLevel.ALL, 3, 2), 0, 1));
  }

  @Test
  void fetch_asks_again_after_timeouts_and_returns_the_page_that_arrives() {
    Deque<CompletableFuture<String>> answers =
        new ArrayDeque<>(
            List.of(
                CompletableFuture.failedFuture(new DriverTimeoutException("PT12S")),
                CompletableFuture.failedFuture(readTimeout()),
                CompletableFuture.completedFuture("page 7")));
    AtomicInteger asked = new AtomicInteger();
    String page =
        MINUTE.fetch(
            QueryControl.startingNow(0),
            () -> {
              asked.incrementAndGet();
              return answers.poll();
            });
    assertEquals("page 7", page);
    assertEquals(3, asked.get());
  }

  @Test
  void fetch_fails_at_once_on_a_definite_error_and_when_resuming_is_off() {
    InvalidQueryException invalid = new InvalidQueryException(node("a"), "bad");
    AtomicInteger asked = new AtomicInteger();
    InvalidQueryException thrown =
        assertThrows(
            InvalidQueryException.class,
            () ->
                MINUTE.fetch(
                    QueryControl.startingNow(0),
                    () -> {
                      asked.incrementAndGet();
                      return CompletableFuture.failedFuture(invalid);
                    }));
    assertSame(invalid, thrown);
    assertEquals(1, asked.get());
    asked.set(0);
    assertThrows(
        DriverTimeoutException.class,
        () ->
            PageResume.NEVER.fetch(
                QueryControl.startingNow(0),
                () -> {
                  asked.incrementAndGet();
                  return CompletableFuture.failedFuture(new DriverTimeoutException("PT12S"));
                }));
    assertEquals(1, asked.get());
  }

  @Test
  void a_cancel_or_the_query_deadline_wins_over_asking_again() {
    QueryControl cancelled = QueryControl.startingNow(0);
    cancelled.cancel();
    assertThrows(
        QueryCanceledException.class,
        () ->
            MINUTE.fetch(
                cancelled,
                () -> CompletableFuture.failedFuture(new DriverTimeoutException("PT12S"))));
    QueryControl shortQuery = QueryControl.startingNow(300);
    AtomicInteger asked = new AtomicInteger();
    DriverTimeoutException e =
        assertThrows(
            DriverTimeoutException.class,
            () ->
                MINUTE.fetch(
                    shortQuery,
                    () -> {
                      asked.incrementAndGet();
                      return CompletableFuture.failedFuture(new DriverTimeoutException("PT12S"));
                    }));
    assertTrue(e.getMessage().contains("setQueryTimeout"), e.getMessage());
    assertTrue(asked.get() <= 3, "asked " + asked.get() + " times in 300 ms");
  }
}
