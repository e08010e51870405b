package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import java.time.Duration;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Cassandra side of one SQL-mode connection: its session and request settings, and a log of
 * the last CQL statements its pushed scans sent (for EXPLAIN-like checks and tests).
 */
public final class CqlExecutor {
  private static final int LOG_SIZE = 200;
  private static final int PREPARED_LIMIT = 256;

  private final CqlSession session;
  private final ConsistencyLevel consistency;
  private final int fetchSize;
  private final Duration timeout;
  private final int scanParallelism;
  private final boolean allowFiltering;
  private final String vtSeparator;
  private final Deque<String> log = new ArrayDeque<>();
  /**
   * Prepared statements by CQL text, held strongly: the Java driver's own prepare cache keeps them
   * only weakly, so after a garbage collection a repeated query would pay a round trip to prepare
   * again. Bounded; the least recently used is dropped.
   */
  private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
      return size() > PREPARED_LIMIT;
    }
  };

  public CqlExecutor(CqlSession session, ConsistencyLevel consistency, int fetchSize, Duration timeout,
      int scanParallelism, boolean allowFiltering, String vtSeparator) {
    this.session = session;
    this.consistency = consistency;
    this.fetchSize = fetchSize;
    this.timeout = timeout;
    this.scanParallelism = scanParallelism;
    this.allowFiltering = allowFiltering;
    this.vtSeparator = vtSeparator;
  }

  /** Separator between table and collection column in virtual-table names. */
  public String vtSeparator() {
    return vtSeparator;
  }

  /** Whether the planner may send non-key predicates to Cassandra with ALLOW FILTERING. */
  public boolean allowFiltering() {
    return allowFiltering;
  }

  /** Token-range splits of a full scan read at the same time. */
  public int scanParallelism() {
    return scanParallelism;
  }

  public CqlSession session() {
    return session;
  }

  public ConsistencyLevel consistency() {
    return consistency;
  }

  public int fetchSize() {
    return fetchSize;
  }

  public Duration timeout() {
    return timeout;
  }

  /**
   * The prepared form of {@code cql}, prepared once per connection while it stays in use; preparing
   * waits at most {@code timeout} (what is left of the query's time).
   */
  public PreparedStatement prepare(String cql, Duration timeout) {
    synchronized (prepared) {
      PreparedStatement p = prepared.get(cql);
      if (p != null) {
        return p;
      }
    }
    PreparedStatement p = awaitPrepared(cql, timeout);
    synchronized (prepared) {
      prepared.put(cql, p);
    }
    return p;
  }

  /** Prepares {@code cql}, waiting at most {@code timeout} (the driver's own prepare timeout is its default). */
  private PreparedStatement awaitPrepared(String cql, Duration timeout) {
    try {
      return session.prepareAsync(cql).toCompletableFuture().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new DriverTimeoutException("preparing the query took longer than " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing", e);
    }
  }

  /** Records a CQL text about to be sent. */
  public void logged(String cql) {
    synchronized (log) {
      if (log.size() == LOG_SIZE) {
        log.removeFirst();
      }
      log.addLast(cql);
    }
  }

  /** The CQL texts sent, oldest first. */
  public List<String> recentRequests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }
}
