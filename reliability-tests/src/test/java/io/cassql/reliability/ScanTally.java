package io.cassql.reliability;

import static io.cassql.reliability.ClusterSupport.ROWS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;

/**
 * What a full scan of {@code faults.items} gave: rows read, rows read twice, distinct rows, and the
 * longest wait between two rows (the stall a killed node caused), with an action run once after a
 * given row.
 */
final class ScanTally {
  private final BitSet seen = new BitSet(ROWS);
  private int rows;
  private int duplicates;
  private long longestWaitNanos;
  private long elapsedNanos;

  /** Reads {@code rs} (id, payload) to its end, running {@code atRow} after row {@code row}. */
  static ScanTally read(ResultSet rs, int row, Runnable atRow) throws SQLException {
    ScanTally t = new ScanTally();
    long start = System.nanoTime();
    long last = start;
    while (rs.next()) {
      int id = rs.getInt(1);
      assertEquals("item-" + id, rs.getString(2));
      t.duplicates += t.seen.get(id) ? 1 : 0;
      t.seen.set(id);
      long now = System.nanoTime();
      t.longestWaitNanos = Math.max(t.longestWaitNanos, now - last);
      last = now;
      if (++t.rows == row) {
        atRow.run();
      }
    }
    t.elapsedNanos = System.nanoTime() - start;
    return t;
  }

  /** Every row of the table read exactly once. */
  void assertEveryRowExactlyOnce() {
    assertEquals(0, duplicates, "rows read twice");
    assertEquals(ROWS, seen.cardinality(), "distinct rows read (rows lost: " + lost() + ")");
    assertEquals(ROWS, rows, "rows read");
  }

  int lost() {
    return ROWS - seen.cardinality();
  }

  long longestWaitMillis() {
    return longestWaitNanos / 1_000_000;
  }

  @Override
  public String toString() {
    return rows
        + " rows, "
        + duplicates
        + " read twice, "
        + lost()
        + " lost, longest wait between two rows "
        + longestWaitMillis()
        + " ms, scan "
        + elapsedNanos / 1_000_000
        + " ms";
  }
}
