package io.cassql.cli.internal.command;

import io.cassql.cli.TablePrinter;
import io.cassql.cli.internal.format.CsvWriter;
import io.cassql.cli.internal.format.JsonRowWriter;
import io.cassql.cli.internal.format.RowReader;
import io.cassql.cli.internal.format.SourceColumn;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cassql query}: runs one statement and prints its rows as a table, CSV or JSON. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Run one SQL or CQL statement and print the result.")
final class QueryCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    csv,
    json
  }

  @Mixin ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "STATEMENT", description = "The SQL or CQL text")
  String statement;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      paramLabel = "FORMAT",
      description =
          "table, csv (RFC 4180 with a header) or json (an array of objects); default ${DEFAULT-VALUE}")
  Format format;

  @Option(
      names = "--max-rows",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Rows shown in table format; default ${DEFAULT-VALUE}")
  int maxRows;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Output.stdout();
    try (Connection c = connection.open();
        Statement s = c.createStatement()) {
      if (!s.execute(statement)) {
        out.println("OK");
        return 0;
      }
      try (ResultSet rs = s.getResultSet()) {
        switch (format) {
          case table -> table(rs, out);
          case csv -> csv(rs, out);
          case json -> json(rs, out);
        }
      }
    } finally {
      out.flush();
    }
    return 0;
  }

  private void table(ResultSet rs, PrintStream out) throws Exception {
    int shown = TablePrinter.print(rs, out, maxRows);
    if (shown == maxRows && rs.next()) {
      out.println("(only the first " + maxRows + " rows are shown; see --max-rows)");
    }
  }

  private static void csv(ResultSet rs, PrintStream out) throws Exception {
    RowReader reader = new RowReader(SourceColumn.of(rs.getMetaData()));
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = new CsvWriter(w);
    csv.record(reader.columns().stream().map(SourceColumn::label).toArray(String[]::new));
    while (rs.next()) {
      csv.values(reader.read(rs));
    }
    w.flush();
  }

  private static void json(ResultSet rs, PrintStream out) throws Exception {
    RowReader reader = new RowReader(SourceColumn.of(rs.getMetaData()));
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (JsonRowWriter json = new JsonRowWriter(w, reader.columns())) {
      w.write('[');
      boolean first = true;
      while (rs.next()) {
        json.flush();
        w.write(first ? "\n" : ",\n");
        first = false;
        json.row(reader.read(rs));
      }
      json.flush();
      w.write(first ? "]\n" : "\n]\n");
    }
    w.flush();
  }
}
