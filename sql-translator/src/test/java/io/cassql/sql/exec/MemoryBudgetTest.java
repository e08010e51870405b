package io.cassql.sql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code maxQueryMemory}'s forms: a share of the heap limit, a size with a unit, or none. */
class MemoryBudgetTest {
  private static final long HEAP = 256L << 20;

  @Test
  void should_read_a_share_of_the_heap_limit() {
    assertEquals(64L << 20, MemoryBudget.parse("25%", HEAP));
    assertEquals(64L << 20, MemoryBudget.parse(MemoryBudget.DEFAULT, HEAP));
    assertEquals(HEAP, MemoryBudget.parse(" 100 % ", HEAP));
    assertEquals(HEAP / 200, MemoryBudget.parse("0.5%", HEAP));
  }

  @Test
  void should_read_sizes_with_units_and_none() {
    assertEquals(64L << 20, MemoryBudget.parse("64m", HEAP));
    assertEquals(512L << 10, MemoryBudget.parse("512K", HEAP));
    assertEquals(2L << 30, MemoryBudget.parse("2g", HEAP));
    assertEquals(1000, MemoryBudget.parse("1000", HEAP));
    assertEquals(0, MemoryBudget.parse("none", HEAP));
    assertEquals(0, MemoryBudget.parse("0", HEAP));
  }

  @Test
  void should_refuse_what_is_no_budget() {
    for (String bad : new String[] {"", "-1", "150%", "0%", "ten", "12x", "m", "9999999999g"}) {
      assertThrows(IllegalArgumentException.class, () -> MemoryBudget.parse(bad, HEAP), bad);
    }
  }

  @Test
  void should_format_sizes_for_messages() {
    assertEquals("256 MB", MemoryBudget.format(HEAP));
    assertEquals("512 KB", MemoryBudget.format(512L << 10));
    assertEquals("1.5 GB", MemoryBudget.format(3L << 29));
  }
}
