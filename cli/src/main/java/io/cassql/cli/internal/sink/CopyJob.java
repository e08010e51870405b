package io.cassql.cli.internal.sink;

import io.cassql.cli.internal.format.RowReader;
import io.cassql.cli.internal.format.SourceColumn;
import java.sql.ResultSet;
import java.sql.Statement;

/** Streams the rows of one query into a sink, row by row, committing only when all arrived. */
public final class CopyJob {
  private CopyJob() {}

  /** Runs {@code sql} on {@code statement} and copies every row; returns the number of rows. */
  public static long copy(Statement statement, String sql, RowSink sink, Progress progress)
      throws CopyFailure {
    long rows = 0;
    try {
      try (ResultSet rs = statement.executeQuery(sql)) {
        RowReader reader = new RowReader(SourceColumn.of(rs.getMetaData()));
        sink.begin(reader.columns());
        while (rs.next()) {
          sink.write(reader.read(rs));
          progress.rows(++rows);
        }
      }
      sink.commit();
      progress.finish(rows);
      return rows;
    } catch (Exception e) {
      progress.finish(rows);
      sink.abort();
      throw new CopyFailure(rows, sink.rowsKeptAfterAbort(), sink.describe(), e);
    } finally {
      sink.close();
    }
  }
}
