package io.cassql.jdbc.internal.auth;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.UnauthorizedException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Reads what the session's role may SELECT, with the statements any role may run about itself:
 * {@code LIST ROLES OF 'me'} (is it, or does it inherit, a superuser) and {@code LIST ALL
 * PERMISSIONS OF 'me'} (its grants and those of the roles it inherits). The answer is kept per
 * session (sessions are per credentials) for a few seconds, so that tools listing metadata do not
 * ask each time, and grants show up soon. When the cluster has no authorizer (or the role may not
 * ask), nothing is hidden: Cassandra still refuses what the role may not read.
 */
public final class RolePermissions {
  /** How long an answer is reused (Cassandra's own permissions cache defaults to 2 s). */
  static final Duration TTL = Duration.ofSeconds(5);

  private static final Map<CqlSession, Cached> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private RolePermissions() {}

  /**
   * What {@code role} may read on {@code session}; {@code role} null (anonymous) means everything.
   */
  public static ReadableTables of(CqlSession session, String role) {
    if (role == null) {
      return ReadableTables.ALL;
    }
    long now = System.nanoTime();
    Cached cached = CACHE.get(session);
    if (cached != null && cached.role.equals(role) && now - cached.readAt < TTL.toNanos()) {
      return cached.tables;
    }
    ReadableTables tables = read(session, role);
    CACHE.put(session, new Cached(role, tables, now));
    return tables;
  }

  private static ReadableTables read(CqlSession session, String role) {
    String literal = "'" + role.replace("'", "''") + "'";
    try {
      for (Row r : session.execute(statement("LIST ROLES OF " + literal))) {
        if (r.getBoolean("super")) {
          return ReadableTables.ALL;
        }
      }
      Set<String> keyspaces = new HashSet<>();
      Set<String> tables = new HashSet<>();
      for (Row r : session.execute(statement("LIST ALL PERMISSIONS OF " + literal))) {
        if (!"SELECT".equals(r.getString("permission"))) {
          continue;
        }
        String resource = r.getString("resource");
        if ("<all keyspaces>".equals(resource)) {
          return ReadableTables.ALL;
        } else if (resource.startsWith("<keyspace ") && resource.endsWith(">")) {
          keyspaces.add(resource.substring("<keyspace ".length(), resource.length() - 1));
        } else if (resource.startsWith("<table ") && resource.endsWith(">")) {
          tables.add(resource.substring("<table ".length(), resource.length() - 1));
        }
      }
      return new ReadableTables(false, keyspaces, tables);
    } catch (UnauthorizedException | InvalidQueryException noAuthorizer) {
      // AllowAllAuthorizer ("not supported"), or an anonymous user: Cassandra checks nothing to
      // hide
      return ReadableTables.ALL;
    }
  }

  private static SimpleStatement statement(String cql) {
    return SimpleStatement.newInstance(cql).setIdempotent(true);
  }

  /** One answer and when it was read. */
  private record Cached(String role, ReadableTables tables, long readAt) {}
}
