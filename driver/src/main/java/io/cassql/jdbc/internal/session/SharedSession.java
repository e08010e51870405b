package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import io.cassql.sql.engine.SqlEngine;
import io.cassql.sql.schema.SchemaSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A CqlSession, the SQL-mode engines planned over it (one per set of planning settings, almost
 * always one: plans and prepared CQL are shared by every connection of the session), and the number
 * of open connections that use it; references are guarded by the registry's lock.
 */
final class SharedSession {
  private final SessionKey key;
  private final CqlSession session;
  private final Map<SchemaSource, SqlEngine> engines = new ConcurrentHashMap<>();
  private int references;

  SharedSession(SessionKey key, CqlSession session) {
    this.key = key;
    this.session = session;
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

  void retain() {
    references++;
  }

  /** Drops a user; true when none is left. */
  boolean dropReference() {
    return --references == 0;
  }
}
