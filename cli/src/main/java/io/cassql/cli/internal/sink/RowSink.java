package io.cassql.cli.internal.sink;

import io.cassql.cli.internal.format.SourceColumn;
import java.util.List;

/**
 * Where copied rows go; nothing becomes visible unless {@link #commit()} succeeds, where possible.
 */
public interface RowSink extends AutoCloseable {

  /** Prepares the destination for rows of these columns. */
  void begin(List<SourceColumn> columns) throws Exception;

  /** Writes one row (values as {@link io.cassql.cli.internal.format.RowReader} reads them). */
  void write(Object[] row) throws Exception;

  /** Makes every written row visible at the destination. */
  void commit() throws Exception;

  /** Undoes what can be undone after a failure; never throws. */
  void abort();

  /**
   * Rows that stay at the destination after {@link #abort()}: 0 for files and transactional
   * targets, the rows of already executed batches otherwise.
   */
  long rowsKeptAfterAbort();

  /** The destination as shown to the user (no password). */
  String describe();

  /** Releases resources; never throws. */
  @Override
  void close();
}
