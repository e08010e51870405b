package io.cassql.sql.exec;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared CQL statements by text, shared by every connection of a cluster session and held
 * strongly: the Java driver's own prepare cache keeps them only weakly, so after a garbage
 * collection a repeated query would pay a round trip to prepare again. Bounded; the least recently
 * used is dropped.
 */
public final class PreparedCache {
  private static final int LIMIT = 1024;

  private final CqlSession session;
  private final Map<String, PreparedStatement> prepared =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          return size() > LIMIT;
        }
      };

  public PreparedCache(CqlSession session) {
    this.session = session;
  }

  /**
   * The prepared form of {@code cql}; preparing waits at most {@code timeout} and stops when {@code
   * control} is cancelled or past its deadline.
   */
  public PreparedStatement prepare(String cql, Duration timeout, QueryControl control) {
    synchronized (prepared) {
      PreparedStatement p = prepared.get(cql);
      if (p != null) {
        return p;
      }
    }
    PreparedStatement p = control.await(session.prepareAsync(cql), timeout);
    synchronized (prepared) {
      prepared.put(cql, p);
    }
    return p;
  }
}
