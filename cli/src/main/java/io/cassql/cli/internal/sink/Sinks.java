package io.cassql.cli.internal.sink;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/** Chooses the sink for a {@code --to} destination: a .csv or .jsonl file, or a JDBC URL. */
public final class Sinks {
  private Sinks() {}

  /** Whether {@code to} names a JDBC database rather than a file. */
  public static boolean isJdbc(String to) {
    return to.regionMatches(true, 0, "jdbc:", 0, 5);
  }

  /**
   * The sink for {@code to}. {@code mode} null means append for JDBC tables and replace for files;
   * {@code table}, {@code create}, {@code credentials} and {@code batchSize} apply to JDBC only.
   *
   * @throws IllegalArgumentException when {@code to} is neither a JDBC URL nor a .csv/.jsonl file
   */
  public static RowSink open(
      String to,
      CopyMode mode,
      String table,
      boolean create,
      Properties credentials,
      int batchSize) {
    if (isJdbc(to)) {
      return new JdbcSink(
          to, credentials, table, create, mode == null ? CopyMode.APPEND : mode, batchSize);
    }
    String name = to.toLowerCase(Locale.ROOT);
    CopyMode fileMode = mode == null ? CopyMode.TRUNCATE : mode;
    if (name.endsWith(".csv")) {
      return new CsvSink(Path.of(to), fileMode);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return new JsonLinesSink(Path.of(to), fileMode);
    }
    throw new IllegalArgumentException(
        "--to must be a .csv or .jsonl file or a jdbc: URL, not '" + to + "'");
  }
}
