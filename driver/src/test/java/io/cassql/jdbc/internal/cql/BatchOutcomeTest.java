package io.cassql.jdbc.internal.cql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch's outcome: every entry reported (applied, failed, never sent), the first failure's
 * SQLSTATE, every failure chained, and a message naming the entries.
 */
class BatchOutcomeTest {
  private static final int OK = Statement.SUCCESS_NO_INFO;
  private static final int FAILED = Statement.EXECUTE_FAILED;

  @Test
  void should_report_every_entry_when_entries_in_flight_finish_after_a_failure() {
    BatchOutcome outcome = new BatchOutcome(8);
    outcome.applied(0, OK);
    outcome.applied(1, OK);
    SQLException bad = new SQLException("Invalid null value for partition key", "22004");
    outcome.failed(2, bad);
    // entries 4 and 6 were in flight when entry 3 failed: one applied, one failed too
    outcome.applied(3, OK);
    SQLException late = new SQLException("timed out", "HYT00");
    outcome.failed(5, late);
    outcome.applied(4, OK);
    BatchUpdateException e = outcome.exception();
    assertArrayEquals(
        new int[] {OK, OK, FAILED, OK, OK, FAILED, FAILED, FAILED}, e.getUpdateCounts());
    assertEquals("22004", e.getSQLState());
    assertSame(bad, e.getCause());
    assertSame(bad, e.getNextException());
    assertSame(late, e.getNextException().getNextException());
    assertTrue(
        e.getMessage()
            .startsWith("batch entry 3 of 8 failed: Invalid null value for partition key"),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("(applied: 1-2, 4-5; failed: 3, 6; not sent: 7-8)"),
        e.getMessage());
  }

  @Test
  void should_throw_nothing_when_every_entry_was_applied() {
    BatchOutcome outcome = new BatchOutcome(3);
    outcome.applied(0, 2);
    outcome.applied(1, 1);
    outcome.applied(2, OK);
    assertNull(outcome.exception());
    assertArrayEquals(new int[] {2, 1, OK}, outcome.counts());
  }

  @Test
  void should_report_a_stop_with_the_entries_not_sent() {
    BatchOutcome outcome = new BatchOutcome(4);
    outcome.applied(0, OK);
    outcome.stopped(new SQLException("the batch was cancelled", "HY008"));
    BatchUpdateException e = outcome.exception();
    assertEquals("HY008", e.getSQLState());
    assertArrayEquals(new int[] {OK, FAILED, FAILED, FAILED}, e.getUpdateCounts());
    assertTrue(e.getMessage().contains("not sent: 2-4"), e.getMessage());
  }

  @Test
  void should_write_entry_numbers_as_ranges() {
    assertEquals("none", BatchOutcome.ranges(List.of()));
    assertEquals("1", BatchOutcome.ranges(List.of(1)));
    assertEquals("1-3, 5, 7-8", BatchOutcome.ranges(List.of(1, 2, 3, 5, 7, 8)));
  }
}
