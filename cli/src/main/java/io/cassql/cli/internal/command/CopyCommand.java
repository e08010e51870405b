package io.cassql.cli.internal.command;

import io.cassql.cli.internal.sink.CopyJob;
import io.cassql.cli.internal.sink.CopyMode;
import io.cassql.cli.internal.sink.Progress;
import io.cassql.cli.internal.sink.RowSink;
import io.cassql.cli.internal.sink.Sinks;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cassql copy}: streams the rows of a query or a whole table into a CSV file, a JSON Lines
 * file or a table of a JDBC database, all or nothing.
 */
@Command(
    name = "copy",
    mixinStandardHelpOptions = true,
    description =
        "Copy a query's rows or a table to a .csv or .jsonl file or a JDBC database table.")
final class CopyCommand implements Callable<Integer> {
  static final String TARGET_PASSWORD_ENV = "CASSQL_TO_PASSWORD";

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Exactly one of a query and a table. */
  static final class Source {
    @Option(
        names = {"-q", "--query"},
        required = true,
        paramLabel = "STATEMENT",
        description = "The SQL or CQL query whose rows are copied")
    String query;

    @Option(
        names = {"-t", "--table"},
        required = true,
        paramLabel = "KEYSPACE.TABLE",
        description = "A whole table (in SQL mode also a virtual table such as ks.T_vt_List)")
    String table;
  }

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DEST",
      description = "out.csv, out.jsonl, or a JDBC URL such as jdbc:sqlite:out.db or jdbc:h2:./out")
  String to;

  @Option(
      names = "--target-table",
      paramLabel = "NAME",
      description = "Table at a JDBC destination; default: the source table's name")
  String targetTable;

  @Option(
      names = "--create",
      description = "Create the JDBC table from the source's column types when missing")
  boolean create;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description =
          "append or truncate: keep or remove existing rows "
              + "(default: append to a JDBC table, replace a file)")
  String mode;

  @Option(
      names = "--batch-size",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Rows per JDBC batch; default ${DEFAULT-VALUE}")
  int batchSize;

  @Option(
      names = "--to-user",
      paramLabel = "USER",
      description = "User at the JDBC destination; its password comes from $" + TARGET_PASSWORD_ENV)
  String targetUser;

  @Override
  public Integer call() throws Exception {
    CopyMode copyMode = copyMode();
    if (batchSize < 1) {
      throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1");
    }
    try (Connection c = connection.open();
        Statement s = c.createStatement()) {
      String sql = source.query;
      long estimate = 0;
      String sourceTable = null;
      if (source.table != null) {
        TableSource table = TableSource.resolve(c, source.table);
        sql = table.selectAll();
        sourceTable = table.table();
        estimate = Output.onTerminal() ? table.estimatedRows(c) : 0;
      }
      String target = targetTable != null ? targetTable : sourceTable;
      if (Sinks.isJdbc(to) && target == null) {
        throw new ParameterException(
            spec.commandLine(), "copying a --query to a JDBC URL needs --target-table");
      }
      RowSink sink = openSink(copyMode, target);
      long rows =
          CopyJob.copy(s, sql, sink, new Progress(System.err, Output.onTerminal(), estimate));
      PrintStream out = Output.stdout();
      out.println("copied " + rows + " row" + (rows == 1 ? "" : "s") + " to " + sink.describe());
      out.flush();
    }
    return 0;
  }

  private RowSink openSink(CopyMode copyMode, String target) {
    Properties credentials = new Properties();
    if (targetUser != null) {
      credentials.setProperty("user", targetUser);
    }
    String password = System.getenv(TARGET_PASSWORD_ENV);
    if (password != null) {
      credentials.setProperty("password", password);
    }
    try {
      return Sinks.open(to, copyMode, target, create, credentials, batchSize);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private CopyMode copyMode() {
    if (mode == null) {
      return null;
    }
    return switch (mode.toLowerCase(java.util.Locale.ROOT)) {
      case "append" -> CopyMode.APPEND;
      case "truncate" -> CopyMode.TRUNCATE;
      default ->
          throw new ParameterException(
              spec.commandLine(), "--mode must be append or truncate, not " + mode);
    };
  }
}
