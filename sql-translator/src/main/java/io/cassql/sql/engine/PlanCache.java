package io.cassql.sql.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiled plans of one cluster session, by default keyspace and text, shared by every connection
 * of the session. Bounded (least recently used dropped); a plan made before the cluster's schema
 * last changed is dropped when next asked for. Two connections asking for the same missing plan at
 * once wait for one compilation.
 */
public final class PlanCache {
  static final int LIMIT = 512;

  /** The key of a plan: unqualified names resolve in {@code keyspace} ("" for none). */
  record Key(String keyspace, String sql) {}

  /** A plan and the schema it was compiled against. */
  private record Entry(QueryPlan plan, Object schema) {}

  /** What compiles a missing plan. */
  interface Compiler {
    QueryPlan compile() throws Exception;
  }

  private final Map<Key, Entry> plans =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
          return size() > LIMIT;
        }
      };
  private final Map<Key, Object> compiling = new ConcurrentHashMap<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong made = new AtomicLong();

  /** A plan and whether it came from the cache. */
  public record Lookup(QueryPlan plan, boolean cached) {}

  /**
   * The plan of {@code key} compiled against {@code schema} (compared by identity), compiled if
   * missing.
   */
  Lookup get(Key key, Object schema, Compiler compiler) throws Exception {
    QueryPlan cached = lookup(key, schema);
    if (cached != null) {
      return new Lookup(cached, true);
    }
    Object lock = compiling.computeIfAbsent(key, k -> new Object());
    try {
      synchronized (lock) {
        cached = lookup(key, schema);
        if (cached != null) {
          return new Lookup(cached, true);
        }
        QueryPlan plan = compiler.compile();
        made.incrementAndGet();
        synchronized (plans) {
          plans.put(key, new Entry(plan, schema));
        }
        return new Lookup(plan, false);
      }
    } finally {
      compiling.remove(key, lock);
    }
  }

  private QueryPlan lookup(Key key, Object schema) {
    synchronized (plans) {
      Entry e = plans.get(key);
      if (e == null) {
        return null;
      }
      if (e.schema() != schema) {
        plans.remove(key);
        return null;
      }
      hits.incrementAndGet();
      return e.plan();
    }
  }

  /** Plans compiled (misses). */
  long plansMade() {
    return made.get();
  }

  /** Requests answered from the cache. */
  long hits() {
    return hits.get();
  }

  /** Plans held. */
  int size() {
    synchronized (plans) {
      return plans.size();
    }
  }
}
