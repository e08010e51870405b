package io.cassql.cli.internal.command;

import io.cassql.jdbc.CasSqlDriver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sqlline.SqlLine;

/**
 * {@code cassql shell}: SQLLine on the driver (history, completion of keyspace, table and column
 * names, {@code !tables}, {@code !columns}, ...), interactive or running a script.
 */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "Interactive SQL shell (SQLLine) on the driver; !help lists its commands, !quit leaves.",
      "SQL or CQL as the URL's queryMode (or --query-mode) says."
    })
final class ShellCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

  @Option(names = "--run", paramLabel = "FILE", description = "Run the statements of FILE and exit")
  Path run;

  @Parameters(
      paramLabel = "SQLLINE_OPTION",
      description = "Further SQLLine options after --, e.g. -- --outputFormat=csv --silent=true")
  List<String> sqllineOptions = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    String url = connection.url();
    java.util.Properties credentials = connection.credentials();
    List<String> args = new ArrayList<>(List.of("-d", CasSqlDriver.class.getName(), "-u", url));
    String user = credentials.getProperty("user");
    String password = credentials.getProperty("password");
    if (user != null) {
      args.addAll(List.of("-n", user, "-p", password != null ? password : ""));
    }
    if (run != null) {
      args.add("--run=" + run);
    }
    if (sqllineOptions.stream().noneMatch(o -> o.startsWith("--isolation"))) {
      args.add("--isolation=TRANSACTION_NONE");
    }
    args.addAll(sqllineOptions);
    SqlLine.Status status =
        new SqlLine().begin(args.toArray(String[]::new), System.in, run == null);
    return status == SqlLine.Status.OK ? 0 : 1;
  }
}
