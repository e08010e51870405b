package io.cassql.cli;

import io.cassql.cli.internal.command.CassqlCommand;
import io.cassql.sql.PlannerWarmUp;
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
    int exit = execute(args);
    if (Boolean.getBoolean(CDS_TRAINING)) {
      trainForClassDataSharing();
    }
    System.exit(exit);
  }

  /**
   * Set by {@code bin/cassql} on the run that writes the class-data-sharing archive: after the
   * command, SQL mode's planner is loaded too, so that the archive serves SQL queries even when the
   * first run was CQL or a failure.
   */
  static final String CDS_TRAINING = "cassql.cds.training";

  private static void trainForClassDataSharing() {
    try {
      PlannerWarmUp.run();
    } catch (Throwable ignored) {
      // the archive then holds what the command itself loaded
    }
  }

  /** Runs a command line in this JVM and returns its exit code, without exiting. */
  public static int execute(String... args) {
    return CassqlCommand.commandLine().execute(args);
  }
}
