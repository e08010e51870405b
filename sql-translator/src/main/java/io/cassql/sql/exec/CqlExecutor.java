package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The Cassandra side of one SQL-mode connection: its session and request settings, and a log of
 * the last CQL statements its pushed scans sent (for EXPLAIN-like checks and tests).
 */
public final class CqlExecutor {
  private static final int LOG_SIZE = 200;

  private final CqlSession session;
  private final ConsistencyLevel consistency;
  private final int fetchSize;
  private final Duration timeout;
  private final int scanParallelism;
  private final boolean allowFiltering;
  private final String vtSeparator;
  private final Deque<String> log = new ArrayDeque<>();

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
