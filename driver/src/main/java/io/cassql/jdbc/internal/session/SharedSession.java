package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;

/** A CqlSession and the number of open connections that use it; guarded by the registry's lock. */
final class SharedSession {
  private final SessionKey key;
  private final CqlSession session;
  private int references;

  SharedSession(SessionKey key, CqlSession session) {
    this.key = key;
    this.session = session;
  }

  CqlSession session() {
    return session;
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
