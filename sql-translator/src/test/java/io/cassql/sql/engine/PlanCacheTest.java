package io.cassql.sql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.sql.exec.QueryControl;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The shared plan cache: one compilation per key even under concurrency, dropped on schema change,
 * bounded.
 */
class PlanCacheTest {
  private static final SqlEngine ENGINE = SqlEngine.withoutCluster();

  private static QueryPlan compile(String sql) throws Exception {
    return ENGINE.compile(sql, null, QueryControl.startingNow(0));
  }

  @Test
  void should_compile_a_key_once_when_sixteen_threads_ask_at_once() throws Exception {
    PlanCache cache = new PlanCache();
    AtomicInteger compilations = new AtomicInteger();
    Object schema = new Object();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<PlanCache.Lookup>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return cache.get(
                      new PlanCache.Key("ks", "VALUES 1"),
                      schema,
                      () -> {
                        compilations.incrementAndGet();
                        Thread.sleep(50);
                        return compile("VALUES 1");
                      });
                }));
      }
      start.countDown();
      QueryPlan first = results.get(0).get().plan();
      int cached = 0;
      for (Future<PlanCache.Lookup> f : results) {
        assertSame(first, f.get().plan());
        cached += f.get().cached() ? 1 : 0;
      }
      assertEquals(1, compilations.get());
      assertEquals(15, cached);
      assertEquals(1, cache.plansMade());
      assertEquals(15, cache.hits());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void should_compile_again_once_the_schema_changed() throws Exception {
    PlanCache cache = new PlanCache();
    PlanCache.Key key = new PlanCache.Key("", "VALUES 2");
    QueryPlan before = cache.get(key, "schema-1", () -> compile("VALUES 2")).plan();
    assertTrue(cache.get(key, "schema-1", () -> compile("VALUES 2")).cached());
    PlanCache.Lookup after = cache.get(key, "schema-2", () -> compile("VALUES 2"));
    assertFalse(after.cached(), "a plan made against an older schema is not reused");
    assertTrue(before != after.plan());
    assertEquals(2, cache.plansMade());
  }

  @Test
  void should_keep_keyspaces_apart_and_stay_bounded() throws Exception {
    PlanCache cache = new PlanCache();
    Object schema = new Object();
    QueryPlan plan = compile("VALUES 3");
    cache.get(new PlanCache.Key("a", "VALUES 3"), schema, () -> plan);
    assertFalse(
        cache.get(new PlanCache.Key("b", "VALUES 3"), schema, () -> plan).cached(),
        "unqualified names may resolve elsewhere in another keyspace");
    for (int i = 0; i < PlanCache.LIMIT + 10; i++) {
      cache.get(new PlanCache.Key("c", "q" + i), schema, () -> plan);
    }
    assertEquals(PlanCache.LIMIT, cache.size());
  }
}
