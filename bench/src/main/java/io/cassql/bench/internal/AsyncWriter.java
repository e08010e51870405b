package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes bound prepared statements asynchronously with a bounded number in flight; consecutive rows
 * of the same partition go together as one unlogged batch (one partition, one mutation). Writes
 * that time out on a busy node are sent again.
 */
public final class AsyncWriter implements AutoCloseable {
  private static final int MAX_BATCH = 50;
  private static final int MAX_ATTEMPTS = 10;

  private final CqlSession session;
  private final int inFlight;
  private final Semaphore permits;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicLong retries = new AtomicLong();
  private BatchStatementBuilder batch;
  private Object batchPartition;
  private long rows;

  /** A writer with at most {@code inFlight} requests outstanding. */
  public AsyncWriter(CqlSession session, int inFlight) {
    this.session = session;
    this.inFlight = inFlight;
    this.permits = new Semaphore(inFlight);
  }

  /** Adds a row whose partition key is {@code partition}. */
  public void write(Object partition, BoundStatement row) throws InterruptedException {
    if (batch != null
        && (!Objects.equals(partition, batchPartition)
            || batch.getStatementsCount() >= MAX_BATCH)) {
      flush();
    }
    if (batch == null) {
      batch = BatchStatement.builder(BatchType.UNLOGGED);
      batchPartition = partition;
    }
    batch.addStatement(row);
    rows++;
  }

  private void flush() throws InterruptedException {
    if (batch == null) {
      return;
    }
    BatchStatement statement = batch.build();
    batch = null;
    checkFailure();
    permits.acquire();
    send(statement, 1);
  }

  /** Sends, retrying a write that timed out (an INSERT is idempotent) with a growing pause. */
  private void send(BatchStatement statement, int attempt) {
    session
        .executeAsync(statement)
        .whenComplete(
            (rs, error) -> {
              if (error == null) {
                permits.release();
              } else if (attempt < MAX_ATTEMPTS && retryable(error)) {
                retries.incrementAndGet();
                CompletableFuture.delayedExecutor(100L * attempt, TimeUnit.MILLISECONDS)
                    .execute(() -> send(statement, attempt + 1));
              } else {
                failure.compareAndSet(null, error);
                permits.release();
              }
            });
  }

  private static boolean retryable(Throwable error) {
    Throwable e =
        error instanceof java.util.concurrent.CompletionException && error.getCause() != null
            ? error.getCause()
            : error;
    return e instanceof WriteTimeoutException
        || e instanceof OverloadedException
        || e instanceof DriverTimeoutException;
  }

  /** How many writes were sent again after a timeout. */
  public long retries() {
    return retries.get();
  }

  private void checkFailure() {
    Throwable t = failure.get();
    if (t != null) {
      throw new IllegalStateException("write failed: " + t, t);
    }
  }

  /** How many rows were written. */
  public long rows() {
    return rows;
  }

  /** Sends what is pending and waits for every request. */
  @Override
  public void close() throws InterruptedException {
    flush();
    if (!permits.tryAcquire(inFlight, 5, TimeUnit.MINUTES)) {
      throw new IllegalStateException("writes did not finish within 5 minutes");
    }
    permits.release(inFlight);
    checkFailure();
  }
}
