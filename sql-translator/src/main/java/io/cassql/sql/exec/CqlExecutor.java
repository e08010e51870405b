package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The Cassandra side of one SQL-mode execution: the session and the request settings of the
 * executing connection and statement (consistency, page size, request timeout, scan parallelism),
 * when a failed page of a read is asked for again ({@link PageResume}), the cluster's shared
 * prepared statements, and the connection's log of the CQL its pushed scans sent (for EXPLAIN-like
 * checks and tests). A compiled plan finds it in its data context.
 */
public final class CqlExecutor {
  /** The key under which the executor is found in a query's data context. */
  public static final String CONTEXT_KEY = "cassql.executor";

  private static final int LOG_SIZE = 200;

  private final CqlSession session;
  private final PreparedCache prepared;
  private final ConsistencyLevel consistency;
  private final int fetchSize;
  private final Duration timeout;
  private final int scanParallelism;
  private final PageResume pageResume;
  private final Deque<String> log;

  public CqlExecutor(
      CqlSession session,
      PreparedCache prepared,
      ConsistencyLevel consistency,
      int fetchSize,
      Duration timeout,
      int scanParallelism,
      PageResume pageResume) {
    this(
        session,
        prepared,
        consistency,
        fetchSize,
        timeout,
        scanParallelism,
        pageResume,
        new ArrayDeque<>());
  }

  private CqlExecutor(
      CqlSession session,
      PreparedCache prepared,
      ConsistencyLevel consistency,
      int fetchSize,
      Duration timeout,
      int scanParallelism,
      PageResume pageResume,
      Deque<String> log) {
    this.session = session;
    this.prepared = prepared;
    this.consistency = consistency;
    this.fetchSize = fetchSize;
    this.timeout = timeout;
    this.scanParallelism = scanParallelism;
    this.pageResume = pageResume;
    this.log = log;
  }

  /** The same executor with another page size (a statement's {@code setFetchSize}); same log. */
  public CqlExecutor withFetchSize(int rows) {
    return rows <= 0 || rows == fetchSize
        ? this
        : new CqlExecutor(
            session, prepared, consistency, rows, timeout, scanParallelism, pageResume, log);
  }

  /** Token-range splits of a full scan read at the same time. */
  public int scanParallelism() {
    return scanParallelism;
  }

  /** When a failed page of a read is asked for again. */
  public PageResume pageResume() {
    return pageResume;
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

  /** The prepared form of {@code cql}; preparing waits at most what is left of the query's time. */
  public PreparedStatement prepare(String cql, QueryControl control) {
    return prepared.prepare(cql, control.requestTimeout(timeout), control);
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
