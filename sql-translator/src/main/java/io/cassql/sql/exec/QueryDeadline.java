package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.DriverTimeoutException;
import java.time.Duration;
import org.apache.calcite.DataContext;

/**
 * The end of a query's time budget ({@code Statement.setQueryTimeout}, which Calcite hands to the
 * plan as {@link DataContext.Variable#TIMEOUT} in milliseconds): each request gets at most what is
 * left of it, and a scan that runs past it fails with a timeout the driver reports as HYT00.
 */
final class QueryDeadline {
  private static final QueryDeadline NONE = new QueryDeadline(0, Long.MAX_VALUE);

  private final long timeoutMillis;
  private final long deadlineNanos;

  private QueryDeadline(long timeoutMillis, long deadlineNanos) {
    this.timeoutMillis = timeoutMillis;
    this.deadlineNanos = deadlineNanos;
  }

  /** The deadline of the query running in {@code context}, counted from now; none without a timeout. */
  static QueryDeadline startingNow(DataContext context) {
    Object timeout = context == null ? null : context.get(DataContext.Variable.TIMEOUT.camelName);
    if (timeout instanceof Number n && n.longValue() > 0) {
      return new QueryDeadline(n.longValue(), System.nanoTime() + n.longValue() * 1_000_000L);
    }
    return NONE;
  }

  /** The timeout of one request: the connection's request timeout, cut to what is left of the budget. */
  Duration requestTimeout(Duration connectionTimeout) {
    if (this == NONE) {
      return connectionTimeout;
    }
    Duration left = Duration.ofNanos(Math.max(1_000_000L, deadlineNanos - System.nanoTime()));
    return left.compareTo(connectionTimeout) < 0 ? left : connectionTimeout;
  }

  /** Nanoseconds left before the deadline (never negative). */
  long remainingNanos() {
    return this == NONE ? Long.MAX_VALUE : Math.max(0, deadlineNanos - System.nanoTime());
  }

  /** Throws the timeout when the deadline has passed. */
  void check() {
    if (remainingNanos() == 0) {
      throw expired();
    }
  }

  /** The exception of a query that ran past its timeout. */
  DriverTimeoutException expired() {
    return new DriverTimeoutException("the query ran longer than its timeout of "
        + (timeoutMillis / 1000) + " s (Statement.setQueryTimeout)");
  }
}
