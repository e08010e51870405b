package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;

/**
 * The controls of one running query: a cancel flag that another thread may raise ({@code
 * Statement.cancel()}) and the end of its time budget ({@code setQueryTimeout}). Every wait of the
 * query (a page, a prepare, planning) waits in short slices and checks both, so a cancel or a
 * timeout stops it within a fraction of a second, and the abandoned request is cancelled in the
 * Cassandra driver. It also holds the query's memory account ({@link QueryMemory}), and the heap
 * guard stops a query through the same flag ({@link #stopForMemory}).
 */
public final class QueryControl {
  /** The key under which a query's control is found in its {@link DataContext}. */
  public static final String CONTEXT_KEY = "cassql.control";

  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final AtomicBoolean canceled = new AtomicBoolean();

  /** Why the heap guard stopped the query (null: not stopped for memory); set before the flag. */
  private volatile String memoryStop;

  /** The query's memory account; an unlimited one until {@link #trackMemory} gives a budget. */
  private volatile QueryMemory memory;

  private final long timeoutMillis;
  private final long deadlineNanos;

  private QueryControl(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    this.deadlineNanos = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
  }

  /** A control whose time budget, {@code timeoutMillis} (0 = none), starts now. */
  public static QueryControl startingNow(long timeoutMillis) {
    return new QueryControl(Math.max(0, timeoutMillis));
  }

  /** The control of the query running in {@code context}; an unlimited one when it has none. */
  public static QueryControl of(DataContext context) {
    Object c = context == null ? null : context.get(CONTEXT_KEY);
    return c instanceof QueryControl q ? q : startingNow(0);
  }

  /** Asks the query to stop; the thread running it throws {@link QueryCanceledException}. */
  public void cancel() {
    canceled.set(true);
  }

  /**
   * Stops the query because the heap is nearly full: the thread running it throws {@link
   * QueryMemoryException} with {@code message}, within a row.
   */
  public void stopForMemory(String message) {
    memoryStop = message;
    canceled.set(true);
  }

  /** Gives the query a memory account with {@code budget}; returns it. */
  public QueryMemory trackMemory(QueryMemory budget) {
    memory = budget;
    return budget;
  }

  /** The query's memory account (an unlimited one when none was given). */
  public QueryMemory memory() {
    QueryMemory m = memory;
    if (m == null) {
      synchronized (this) {
        m = memory;
        if (m == null) {
          m = QueryMemory.unlimited();
          memory = m;
        }
      }
    }
    return m;
  }

  /** Whether the heap guard stopped the query. */
  public boolean isStoppedForMemory() {
    return memoryStop != null;
  }

  public boolean isCanceled() {
    return canceled.get();
  }

  /** The flag itself, for Calcite's {@link DataContext.Variable#CANCEL_FLAG}. */
  public AtomicBoolean cancelFlag() {
    return canceled;
  }

  /** The query timeout in milliseconds (0 = none). */
  public long timeoutMillis() {
    return timeoutMillis;
  }

  /** Nanoseconds left before the deadline (never negative; Long.MAX_VALUE without a timeout). */
  public long remainingNanos() {
    return deadlineNanos == 0 ? Long.MAX_VALUE : Math.max(0, deadlineNanos - System.nanoTime());
  }

  /**
   * The timeout of one request: the connection's request timeout, cut to what is left of the
   * budget.
   */
  public Duration requestTimeout(Duration connectionTimeout) {
    if (deadlineNanos == 0) {
      return connectionTimeout;
    }
    Duration left = Duration.ofNanos(Math.max(1_000_000L, remainingNanos()));
    return left.compareTo(connectionTimeout) < 0 ? left : connectionTimeout;
  }

  /** Throws when the query was cancelled or has run past its timeout. */
  public void check() {
    if (canceled.get()) {
      throw canceledException();
    }
    if (remainingNanos() == 0) {
      throw expired();
    }
  }

  /** Sleeps for {@code pause}, or less when the query is cancelled or its deadline comes first. */
  public void pause(Duration pause) {
    long end = System.nanoTime() + pause.toNanos();
    while (true) {
      check();
      long left = Math.min(end - System.nanoTime(), remainingNanos());
      if (left <= 0) {
        return;
      }
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(SLICE_NANOS, left));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new QueryCanceledException("the query was interrupted");
      }
    }
  }

  /** Waits for {@code stage}, checking for a cancel or the deadline at least every 50 ms. */
  public <T> T await(CompletionStage<T> stage) {
    return await(stage, null);
  }

  /**
   * Waits for {@code stage} as {@link #await(CompletionStage)}, and at most {@code limit} (null =
   * no limit of its own): past it, a {@link DriverTimeoutException}. A wait given up cancels the
   * future, which abandons the request in the Cassandra driver.
   */
  public <T> T await(CompletionStage<T> stage, Duration limit) {
    CompletableFuture<T> future = stage.toCompletableFuture();
    long limitEnd = limit == null ? 0 : System.nanoTime() + limit.toNanos();
    while (true) {
      if (canceled.get() || remainingNanos() == 0) {
        future.cancel(true);
        check();
      }
      long wait = Math.min(SLICE_NANOS, remainingNanos());
      if (limit != null) {
        long left = limitEnd - System.nanoTime();
        if (left <= 0) {
          future.cancel(true);
          throw new DriverTimeoutException(
              "the request took longer than " + limit.toMillis() + " ms");
        }
        wait = Math.min(wait, left);
      }
      try {
        return future.get(Math.max(1, wait), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // next slice
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        future.cancel(true);
        throw new QueryCanceledException("the query was interrupted");
      } catch (java.util.concurrent.CancellationException e) {
        check();
        throw new QueryCanceledException("the request was cancelled");
      }
    }
  }

  /**
   * The exception of a cancelled query: {@link QueryMemoryException} when the heap guard stopped
   * it, else {@link QueryCanceledException}.
   */
  public RuntimeException canceledException() {
    String memoryMessage = memoryStop;
    if (memoryMessage != null) {
      return new QueryMemoryException(memoryMessage);
    }
    return new QueryCanceledException("the query was cancelled (Statement.cancel)");
  }

  /** The exception of a query that ran past its timeout. */
  public DriverTimeoutException expired() {
    return new DriverTimeoutException(
        "the query ran longer than its timeout of "
            + (timeoutMillis / 1000)
            + " s (Statement.setQueryTimeout)");
  }
}
