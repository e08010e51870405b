package io.cassql.cli.internal.command;

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

/**
 * {@code cassql lookup}: the first row of a query as one JSON object ({@code null} when there is
 * none), or with {@code --all} a JSON array of up to {@code --limit} rows, on one line.
 */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    description =
        "Print the first row of a query (or --all rows, up to --limit) as JSON, for scripts.")
final class LookupCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Option(
      names = {"-q", "--query"},
      required = true,
      paramLabel = "STATEMENT",
      description = "The SQL or CQL query")
  String query;

  @Option(names = "--all", description = "All rows as a JSON array instead of the first row")
  boolean all;

  @Option(
      names = "--limit",
      defaultValue = "5000",
      paramLabel = "N",
      description =
          "At most this many rows with --all; more is reported on standard error; default ${DEFAULT-VALUE}")
  int limit;

  @Override
  public Integer call() throws Exception {
    PrintStream out = Output.stdout();
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (Connection c = connection.open();
        Statement s = c.createStatement()) {
      s.setMaxRows(all ? limit + 1 : 1);
      try (ResultSet rs = s.executeQuery(query)) {
        RowReader reader = new RowReader(SourceColumn.of(rs.getMetaData()));
        JsonRowWriter json = new JsonRowWriter(w, reader.columns());
        if (!all) {
          if (rs.next()) {
            json.row(reader.read(rs));
          } else {
            json.generator().writeNull();
          }
        } else {
          json.generator().writeStartArray();
          int n = 0;
          while (rs.next()) {
            if (n == limit) {
              System.err.println(
                  "cassql: more than "
                      + limit
                      + " rows; only the first "
                      + limit
                      + " are printed (see --limit)");
              break;
            }
            json.row(reader.read(rs));
            n++;
          }
          json.generator().writeEndArray();
        }
        json.close();
      }
      w.write('\n');
      w.flush();
    } finally {
      out.flush();
    }
    return 0;
  }
}
