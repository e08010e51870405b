package io.cassql.jdbc.internal.cql;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened to each entry of a batch, reported the same way by every {@code executeBatch} of
 * the driver: once an entry fails no further entry is sent, the entries already in flight are
 * waited for, and the update counts cover every entry of the batch (JDBC's form for a driver that
 * reports all commands): an applied entry has its count (or {@link Statement#SUCCESS_NO_INFO}), an
 * entry that failed or was never sent has {@link Statement#EXECUTE_FAILED}. The message says which
 * entries were applied, which failed and which were not sent.
 */
public final class BatchOutcome {
  private static final int NOT_SENT = Integer.MIN_VALUE;

  private final int[] counts;
  private final SQLException[] failures;
  private SQLException stop;

  /** An outcome for {@code size} entries, none sent yet. */
  public BatchOutcome(int size) {
    this.counts = new int[size];
    this.failures = new SQLException[size];
    java.util.Arrays.fill(counts, NOT_SENT);
  }

  /** Entry {@code i} (0-based) was applied with {@code count} (or SUCCESS_NO_INFO). */
  public synchronized void applied(int i, int count) {
    counts[i] = count;
  }

  /** Entry {@code i} failed with {@code failure}. */
  public synchronized void failed(int i, SQLException failure) {
    counts[i] = Statement.EXECUTE_FAILED;
    failures[i] = failure;
  }

  /**
   * The batch stopped before its end for {@code reason} (a cancel) with no entry failed: the
   * entries not sent are reported with it.
   */
  public synchronized void stopped(SQLException reason) {
    stop = reason;
  }

  /** Whether an entry has failed so far. */
  public synchronized boolean anyFailed() {
    for (SQLException f : failures) {
      if (f != null) {
        return true;
      }
    }
    return false;
  }

  /** The update counts of a batch in which every entry was applied. */
  public synchronized int[] counts() {
    int[] out = counts.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == NOT_SENT) {
        out[i] = Statement.EXECUTE_FAILED;
      }
    }
    return out;
  }

  /**
   * The exception to throw when an entry failed (null when none did): the first failure's message
   * and SQLSTATE, what happened to the other entries, every count, and each failure chained as a
   * next exception in entry order.
   */
  public synchronized BatchUpdateException exception() {
    int first = -1;
    for (int i = 0; i < failures.length; i++) {
      if (failures[i] != null) {
        first = i;
        break;
      }
    }
    if (first < 0 && stop == null) {
      return null;
    }
    List<Integer> applied = new ArrayList<>();
    List<Integer> failed = new ArrayList<>();
    List<Integer> notSent = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      (counts[i] == NOT_SENT ? notSent : counts[i] == Statement.EXECUTE_FAILED ? failed : applied)
          .add(i + 1);
    }
    SQLException cause = first < 0 ? stop : failures[first];
    BatchUpdateException e =
        new BatchUpdateException(
            (first < 0
                    ? "the batch of " + counts.length + " entries stopped: "
                    : "batch entry " + (first + 1) + " of " + counts.length + " failed: ")
                + cause.getMessage()
                + " (applied: "
                + ranges(applied)
                + "; failed: "
                + ranges(failed)
                + "; not sent: "
                + ranges(notSent)
                + ")",
            cause.getSQLState(),
            cause.getErrorCode(),
            counts(),
            cause);
    for (SQLException f : failures) {
      if (f != null) {
        e.setNextException(f);
      }
    }
    return e;
  }

  /** "1-4, 6, 9-12" for the 1-based entry numbers {@code entries} (ascending); "none" for none. */
  static String ranges(List<Integer> entries) {
    if (entries.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    int start = entries.get(0);
    int prev = start;
    for (int i = 1; i <= entries.size(); i++) {
      int next = i < entries.size() ? entries.get(i) : Integer.MIN_VALUE;
      if (next != prev + 1) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(start == prev ? String.valueOf(start) : start + "-" + prev);
        start = next;
      }
      prev = next;
    }
    return out.toString();
  }
}
