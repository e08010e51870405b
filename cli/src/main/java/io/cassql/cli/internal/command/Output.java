package io.cassql.cli.internal.command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output as UTF-8, whatever the platform's default charset. */
final class Output {
  private Output() {}

  /** A UTF-8 stream over {@link System#out}; flush it when done. */
  static PrintStream stdout() {
    return new PrintStream(System.out, false, StandardCharsets.UTF_8);
  }

  /** Whether the user watches a terminal (progress lines are shown only then). */
  static boolean onTerminal() {
    return System.console() != null;
  }
}
