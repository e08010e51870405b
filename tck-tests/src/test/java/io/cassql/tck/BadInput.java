package io.cassql.tck;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One hostile or broken input of {@link BadInputIT}: what is tried, on which connection, and the
 * SQLSTATE and message fragment it must fail with, or ({@code state == null}) that it must succeed
 * and check its own result, e.g. a string with quotes, NULs or emoji that must round-trip exactly.
 */
record BadInput(
    String category, String name, Mode mode, Attempt attempt, String state, String fragment) {

  /**
   * The connection an attempt runs on: the shared SQL-, CQL- or auto-mode one, or none (it opens
   * its own).
   */
  enum Mode {
    SQL,
    CQL,
    AUTO,
    OWN
  }

  /** The hostile call; {@code c} is null for {@link Mode#OWN}. */
  @FunctionalInterface
  interface Attempt {
    void run(Connection c) throws Exception;
  }

  /** Whether the case must fail (otherwise it must succeed). */
  boolean mustFail() {
    return state != null;
  }

  @Override
  public String toString() {
    return "["
        + category
        + "] "
        + name
        + " ("
        + mode.name().toLowerCase()
        + ")"
        + (state == null ? " -> ok" : " -> " + state);
  }

  /** A statement text that must fail on the connection of {@code mode}. */
  static BadInput text(String category, Mode mode, String text, String state, String fragment) {
    return new BadInput(category, abbreviate(text), mode, c -> run(c, text), state, fragment);
  }

  /** A statement text that must succeed with exactly {@code expected} rows ("a|b"). */
  static BadInput rows(String category, Mode mode, String text, List<String> expected) {
    return rows(category, abbreviate(text), mode, text, expected);
  }

  /** As {@link #rows(String, Mode, String, List)} with its own name. */
  static BadInput rows(
      String category, String name, Mode mode, String text, List<String> expected) {
    return new BadInput(
        category,
        name,
        mode,
        c -> {
          List<String> actual = run(c, text);
          if (!expected.equals(actual)) {
            throw new AssertionError(
                "expected rows "
                    + abbreviate(expected.toString())
                    + " but got "
                    + abbreviate(actual.toString()));
          }
        },
        null,
        null);
  }

  /** Any call that must fail with {@code state}. */
  static BadInput call(
      String category, String name, Mode mode, String state, String fragment, Attempt attempt) {
    return new BadInput(category, name, mode, attempt, state, fragment);
  }

  /** Any call that must succeed (it asserts its own outcome). */
  static BadInput ok(String category, String name, Mode mode, Attempt attempt) {
    return new BadInput(category, name, mode, attempt, null, null);
  }

  /** Runs {@code text}, draining any result set (errors may surface while reading rows). */
  static List<String> run(Connection c, String text) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (s.execute(text)) {
        try (ResultSet rs = s.getResultSet()) {
          return SqlModeIT.rows(rs);
        }
      }
      return List.of("updated " + s.getUpdateCount());
    }
  }

  static String abbreviate(String s) {
    String flat = s.replaceAll("\\p{Cntrl}", "\\\\c");
    return flat.length() <= 200
        ? flat
        : flat.substring(0, 160) + "...(" + flat.length() + " chars)";
  }
}
