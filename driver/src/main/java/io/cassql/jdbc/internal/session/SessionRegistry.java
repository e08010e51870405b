package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Shares one CqlSession per cluster and credentials across connections, counting references.
 * Opening the second connection to a cluster costs a map look-up, not a new session.
 */
public final class SessionRegistry {
  private static final SessionRegistry INSTANCE = new SessionRegistry();

  private final Map<SessionKey, SharedSession> sessions = new HashMap<>();
  private final Object lock = new Object();

  /** The registry of this driver class loader. */
  public static SessionRegistry instance() {
    return INSTANCE;
  }

  /** A handle on the shared session for {@code settings}, creating the session when needed. */
  public Handle acquire(ConnectionSettings settings) throws SQLException {
    SessionKey key = SessionKey.of(settings);
    synchronized (lock) {
      SharedSession shared = sessions.get(key);
      if (shared == null || shared.session().isClosed()) {
        CqlSession session = CqlSessionFactory.open(settings);
        shared = new SharedSession(key, session);
        sessions.put(key, shared);
      }
      shared.retain();
      return new Handle(this, shared);
    }
  }

  void release(SharedSession shared) {
    CqlSession toClose = null;
    synchronized (lock) {
      if (shared.dropReference()) {
        sessions.remove(shared.key(), shared);
        toClose = shared.session();
      }
    }
    if (toClose != null) {
      toClose.close();
    }
  }

  /** Number of sessions open now (for tests and leak checks). */
  public int openSessions() {
    synchronized (lock) {
      return sessions.size();
    }
  }

  /** One connection's use of a shared session; {@link #release()} is idempotent. */
  public static final class Handle {
    private final SessionRegistry registry;
    private final SharedSession shared;
    private boolean released;

    Handle(SessionRegistry registry, SharedSession shared) {
      this.registry = registry;
      this.shared = shared;
    }

    /** The Cassandra driver session. */
    public CqlSession session() {
      return shared.session();
    }

    /** The session's shared SQL-mode engine for these planning settings. */
    public io.cassql.sql.engine.SqlEngine sqlEngine(boolean allowFiltering, String vtSeparator) {
      return shared.engine(allowFiltering, vtSeparator);
    }

    /** Gives the reference back once. */
    public synchronized void release() {
      if (!released) {
        released = true;
        registry.release(shared);
      }
    }
  }
}
