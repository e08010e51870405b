package io.cassql.cli.internal.sink;

/** A copy that failed part-way: how many rows were read and how many stay at the destination. */
public final class CopyFailure extends Exception {
  private final long rowsRead;
  private final long rowsKept;
  private final String destination;

  CopyFailure(long rowsRead, long rowsKept, String destination, Throwable cause) {
    super(cause.getMessage(), cause);
    this.rowsRead = rowsRead;
    this.rowsKept = rowsKept;
    this.destination = destination;
  }

  /** Rows read from the source before the failure. */
  public long rowsRead() {
    return rowsRead;
  }

  /** Rows left at the destination (0 when it was left as it was). */
  public long rowsKept() {
    return rowsKept;
  }

  /** The destination as shown to the user. */
  public String destination() {
    return destination;
  }
}
