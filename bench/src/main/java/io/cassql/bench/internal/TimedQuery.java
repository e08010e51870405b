package io.cassql.bench.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one query on a connection with a time limit (query timeout plus a watchdog that cancels the
 * statement), reading the whole result; the outcome says how long it took or why it failed.
 */
public final class TimedQuery implements AutoCloseable {
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "timed-query");
            t.setDaemon(true);
            return t;
          });

  /** The result of one run: elapsed nanoseconds and rows, or the failure. */
  public record Outcome(long nanos, QueryResult result, String failure, boolean timedOut) {
    /** Whether the query ran to completion. */
    public boolean ok() {
      return failure == null;
    }
  }

  /** Runs {@code sql} once on {@code c}, giving up after {@code timeoutSeconds}. */
  public Outcome run(Connection c, String sql, int timeoutSeconds) {
    Statement[] holder = new Statement[1];
    long t0 = System.nanoTime();
    Future<QueryResult> f =
        worker.submit(
            () -> {
              try (Statement s = c.createStatement()) {
                holder[0] = s;
                try {
                  s.setQueryTimeout(timeoutSeconds);
                } catch (java.sql.SQLException unsupported) {
                  // the watchdog below still applies
                }
                try (java.sql.ResultSet rs = s.executeQuery(sql)) {
                  return QueryResult.read(rs);
                }
              }
            });
    try {
      QueryResult r = f.get(timeoutSeconds + 5L, TimeUnit.SECONDS);
      return new Outcome(System.nanoTime() - t0, r, null, false);
    } catch (TimeoutException e) {
      cancel(holder[0]);
      f.cancel(true);
      return new Outcome(System.nanoTime() - t0, null, "over " + timeoutSeconds + " s", true);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      boolean timeout = cause instanceof java.sql.SQLTimeoutException;
      String msg = String.valueOf(cause.getMessage()).split("\n")[0];
      return new Outcome(
          System.nanoTime() - t0,
          null,
          timeout ? "over " + timeoutSeconds + " s" : cause.getClass().getSimpleName() + ": " + msg,
          timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void cancel(Statement s) {
    if (s != null) {
      try {
        s.cancel();
      } catch (Exception ignored) {
        // best effort
      }
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
