package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.schema.SchemaSource;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A CqlSession, the SQL-mode engines planned over it (one per set of planning settings, almost
 * always one: plans and prepared CQL are shared by every connection of the session), and the number
 * of open connections that use it; references are counted under this object's monitor, and a
 * session whose count fell to zero is closed for good (a late connection opens a new one).
 */
final class SharedSession {
  private final SessionKey key;
  private final CqlSession session;
  private final Map<SchemaSource, SqlEngine> engines = new ConcurrentHashMap<>();
  private final CompletableFuture<SharedSession> slot;
  private int references;
  private boolean released;

  SharedSession(SessionKey key, CqlSession session, CompletableFuture<SharedSession> slot) {
    this.key = key;
    this.session = session;
    this.slot = slot;
  }

  CqlSession session() {
    return session;
  }

  /** The SQL-mode engine of this session for the given planning settings, made on first use. */
  SqlEngine engine(boolean allowFiltering, String vtSeparator) {
    return engines.computeIfAbsent(
        new SchemaSource(session, allowFiltering, vtSeparator), SqlEngine::new);
  }

  SessionKey key() {
    return key;
  }

  /** The registry's slot that holds this session. */
  CompletableFuture<SharedSession> slot() {
    return slot;
  }

  /** Adds a user; false when the last user has already let the session go. */
  synchronized boolean tryRetain() {
    if (released) {
      return false;
    }
    references++;
    return true;
  }

  /** Drops a user; true when none is left (the caller then closes the session). */
  synchronized boolean dropReference() {
    if (--references == 0) {
      released = true;
      return true;
    }
    return false;
  }
}
