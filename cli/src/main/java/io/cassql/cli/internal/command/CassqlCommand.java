package io.cassql.cli.internal.command;

import io.cassql.cli.internal.sink.CopyFailure;
import java.io.PrintWriter;
import java.sql.SQLException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code cassql} command and its subcommands. Exit codes: 0 success, 1 failure (reported as
 * SQLSTATE and message, with a stack trace only under {@code --verbose}), 2 usage error.
 */
@Command(
    name = "cassql",
    mixinStandardHelpOptions = true,
    versionProvider = CassqlCommand.Version.class,
    description =
        "Query Cassandra with SQL or CQL through the CasSQL JDBC driver, and copy its data "
            + "to files and databases.",
    subcommands = {
      ShellCommand.class,
      QueryCommand.class,
      CopyCommand.class,
      LookupCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 failure, 2 usage error.",
      "Passwords: $CASSQL_PASSWORD or --password-stdin (never an argument)."
    })
public final class CassqlCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Print stack traces of failures")
  boolean verbose;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: shell, query, copy or lookup");
  }

  /** The configured command line, ready to {@code execute}. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CassqlCommand());
    cl.setExecutionExceptionHandler(CassqlCommand::failure);
    return cl;
  }

  private static int failure(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof CopyFailure f) {
      err.println(
          "cassql: copy failed after " + f.rowsRead() + " rows read: " + describe(f.getCause()));
      err.println(
          f.rowsKept() == 0
              ? "cassql: 0 rows written; " + f.destination() + " was left as it was"
              : "cassql: "
                  + f.rowsKept()
                  + " rows were written to "
                  + f.destination()
                  + " before the failure (the target has no transactions)");
    } else {
      err.println("cassql: " + describe(ex));
    }
    if (verbose(parsed)) {
      ex.printStackTrace(err);
    } else {
      err.println("cassql: (--verbose shows the stack trace)");
    }
    err.flush();
    return CommandLine.ExitCode.SOFTWARE;
  }

  /** {@code SQLSTATE xxxxx: message} for an SQLException in the chain, else the message. */
  static String describe(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException e) {
        return "SQLSTATE " + e.getSQLState() + ": " + e.getMessage();
      }
    }
    Throwable root = t;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.toString();
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = CassqlCommand.class.getPackage().getImplementationVersion();
      return new String[] {"cassql " + (v != null ? v : "(development build)")};
    }
  }
}
