package io.cassql.cli;

import io.cassql.cli.internal.command.CassqlCommand;
import java.util.Arrays;
import java.util.TimeZone;

/**
 * The {@code cassql} tool: {@code shell}, {@code query}, {@code copy} and {@code lookup} on the
 * CasSQL driver (the main class of {@code cassql-cli-<version>-all.jar}, started by {@code
 * bin/cassql}).
 */
public final class Cassql {
  private Cassql() {}

  /** Runs the command line and exits with its code: 0 success, 1 failure, 2 usage error. */
  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    boolean verbose =
        Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "warn" : "error");
      if (!verbose) {
        System.setProperty("org.slf4j.simpleLogger.log.io.netty", "off");
      }
    }
    System.exit(execute(args));
  }

  /** Runs a command line in this JVM and returns its exit code, without exiting. */
  public static int execute(String... args) {
    return CassqlCommand.commandLine().execute(args);
  }
}
