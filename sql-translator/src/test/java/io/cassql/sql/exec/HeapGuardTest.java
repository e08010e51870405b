package io.cassql.sql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heap guard's choice (the query keeping the most, else the oldest with an in-memory operator,
 * never one that only streams) and its stop through the cancel path, one query at a time.
 */
class HeapGuardTest {
  private static final long HEAP = 256L << 20;

  private static QueryControl query(String operator, long bytes) {
    QueryControl c = QueryControl.startingNow(0);
    c.trackMemory(new QueryMemory(0, "none", HEAP));
    if (operator != null) {
      c.memory().operator(operator).charge(bytes);
    }
    return c;
  }

  @Test
  void should_choose_the_query_keeping_the_most() {
    QueryControl small = query("sort (ORDER BY)", 10);
    QueryControl large = query("hash join (its build side)", 1000);
    QueryControl streaming = query(null, 0);
    assertSame(large, HeapGuard.choose(List.of(small, streaming, large)));
  }

  @Test
  void should_choose_the_oldest_materializing_query_when_none_has_counted_rows() {
    QueryControl older = query("aggregate (GROUP BY / DISTINCT)", 0);
    QueryControl streaming = query(null, 0);
    QueryControl newer = query("aggregate (GROUP BY / DISTINCT)", 0);
    assertSame(older, HeapGuard.choose(List.of(streaming, newer, older)));
    assertNull(HeapGuard.choose(List.of(streaming)));
  }

  @Test
  void should_stop_the_chosen_query_through_its_cancel_path_one_at_a_time() {
    QueryControl victim = query("sort (ORDER BY)", 5L << 20);
    QueryControl other = query("sort (ORDER BY)", 1L << 20);
    HeapGuard.started(victim);
    HeapGuard.started(other);
    try {
      assertSame(victim, HeapGuard.stopLargest(230L << 20, HEAP));
      assertTrue(victim.isCanceled());
      QueryMemoryException e = assertThrows(QueryMemoryException.class, victim::check);
      assertTrue(e.getMessage().contains("89% full"), e.getMessage());
      assertTrue(e.getMessage().contains("its sort (ORDER BY) (about 5 MB)"), e.getMessage());
      assertTrue(e.getMessage().contains("heap limit 256 MB"), e.getMessage());
      // while the stopped query unwinds, no other is stopped
      assertNull(HeapGuard.stopLargest(230L << 20, HEAP));
      assertFalse(other.isCanceled());
      HeapGuard.finished(victim);
      assertSame(other, HeapGuard.stopLargest(230L << 20, HEAP));
    } finally {
      HeapGuard.finished(victim);
      HeapGuard.finished(other);
    }
  }

  @Test
  void should_read_the_threshold_setting() {
    assertEquals(0.80, HeapGuard.configuredShare(null), 1e-9);
    assertEquals(0.9, HeapGuard.configuredShare("90%"), 1e-9);
    assertEquals(0.7, HeapGuard.configuredShare("0.7"), 1e-9);
    assertEquals(0, HeapGuard.configuredShare("off"), 1e-9);
    assertEquals(0.80, HeapGuard.configuredShare("lots"), 1e-9);
  }
}
