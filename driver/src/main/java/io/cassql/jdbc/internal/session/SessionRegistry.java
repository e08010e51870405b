package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * Shares one CqlSession per cluster and credentials across connections, counting references.
 * Opening the second connection to a cluster costs a map look-up, not a new session. Sessions are
 * opened under no lock that other keys share: a connect that waits on an unreachable cluster delays
 * only the connections to that same cluster, which wait for its outcome instead of racing it.
 */
public final class SessionRegistry {
  private static final SessionRegistry INSTANCE = new SessionRegistry();

  /** One slot per key: the session being opened (not done yet) or open (done). */
  private final ConcurrentMap<SessionKey, CompletableFuture<SharedSession>> sessions =
      new ConcurrentHashMap<>();

  /** The registry of this driver class loader. */
  public static SessionRegistry instance() {
    return INSTANCE;
  }

  /** A handle on the shared session for {@code settings}, creating the session when needed. */
  public Handle acquire(ConnectionSettings settings) throws SQLException {
    SessionKey key = SessionKey.of(settings);
    while (true) {
      CompletableFuture<SharedSession> mine = new CompletableFuture<>();
      CompletableFuture<SharedSession> slot = sessions.putIfAbsent(key, mine);
      SharedSession shared;
      if (slot == null) {
        shared = open(key, settings, mine);
      } else {
        shared = awaitOther(slot);
        if (shared.session().isClosed()) {
          // closed behind the registry's back (e.g. by the driver after a fatal error): forget it
          sessions.remove(key, slot);
          continue;
        }
      }
      if (shared.tryRetain()) {
        return new Handle(this, shared);
      }
      // its last connection released it while we looked: the slot is gone or going, open anew
      sessions.remove(key, slot == null ? mine : slot);
    }
  }

  /** Opens the session of a slot this thread created; a failed open frees the slot. */
  private SharedSession open(
      SessionKey key, ConnectionSettings settings, CompletableFuture<SharedSession> mine)
      throws SQLException {
    try {
      SharedSession shared = new SharedSession(key, CqlSessionFactory.open(settings), mine);
      mine.complete(shared);
      return shared;
    } catch (SQLException | RuntimeException | Error e) {
      sessions.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** Waits for another thread's open of the same key; its failure is this connect's failure too. */
  private static SharedSession awaitOther(CompletableFuture<SharedSession> slot)
      throws SQLException {
    try {
      return slot.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SqlErrors.create(
          SqlState.UNABLE_TO_CONNECT, "interrupted while another connection was opening", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException failed) {
        // a copy for this thread, with the same SQLSTATE and message; the original is the cause
        for (SqlState state : SqlState.values()) {
          if (state.code().equals(failed.getSQLState())) {
            throw SqlErrors.create(state, failed.getMessage(), failed);
          }
        }
        throw SqlErrors.create(SqlState.UNABLE_TO_CONNECT, failed.getMessage(), failed);
      }
      throw SqlErrors.create(SqlState.UNABLE_TO_CONNECT, String.valueOf(cause), cause);
    }
  }

  void release(SharedSession shared) {
    if (shared.dropReference()) {
      sessions.remove(shared.key(), shared.slot());
      shared.session().close();
    }
  }

  /** Number of sessions open now (for tests and leak checks). */
  public int openSessions() {
    int open = 0;
    for (CompletableFuture<SharedSession> slot : sessions.values()) {
      if (slot.isDone() && !slot.isCompletedExceptionally()) {
        open++;
      }
    }
    return open;
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
