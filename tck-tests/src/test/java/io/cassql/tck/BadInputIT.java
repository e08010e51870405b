package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven hostile input (the cases live in {@code BadInput*Cases}): each must fail with its
 * SQLSTATE and a message naming the problem, or succeed exactly; none may hang, leak the password
 * of the role that tried it, change the canary data or leave the shared connections unusable.
 */
class BadInputIT extends CassandraTestSupport {
  static final String ROLE = "bad_input_user";
  static final String SECRET = "S3cr3t-Canary-7Qx9";
  private static final List<String> CANARY = List.of("1|one", "2|two", "3|three");
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private static Connection sqlConnection;
  private static Connection cqlConnection;
  private static Connection autoConnection;

  @BeforeAll
  static void schema() throws Exception {
    keyspace("badinput_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS badinput_ks.canary (id int PRIMARY KEY, v text)",
        "CREATE TABLE IF NOT EXISTS badinput_ks.victim (id int PRIMARY KEY, v text)",
        "CREATE TABLE IF NOT EXISTS badinput_ks.scratch (id int PRIMARY KEY, t text, b blob)",
        "CREATE TABLE IF NOT EXISTS badinput_ks.bigkey (k text PRIMARY KEY, v int)",
        "CREATE TABLE IF NOT EXISTS badinput_ks.typed (id int PRIMARY KEY, i int, ti tinyint, si smallint, "
            + "bi bigint, f float, d double, dt date, ts timestamp, tm time, u uuid, bo boolean, ip inet)",
        "TRUNCATE badinput_ks.canary",
        "TRUNCATE badinput_ks.scratch",
        "TRUNCATE badinput_ks.typed",
        "INSERT INTO badinput_ks.canary (id, v) VALUES (1, 'one')",
        "INSERT INTO badinput_ks.canary (id, v) VALUES (2, 'two')",
        "INSERT INTO badinput_ks.canary (id, v) VALUES (3, 'three')",
        "INSERT INTO badinput_ks.victim (id, v) VALUES (1, 'still here')",
        "INSERT INTO badinput_ks.typed (id, i) VALUES (1, 100000)",
        "CREATE ROLE IF NOT EXISTS " + ROLE + " WITH PASSWORD = '" + SECRET + "' AND LOGIN = true",
        "GRANT ALL PERMISSIONS ON KEYSPACE badinput_ks TO " + ROLE);
    sqlConnection = open(BadInput.Mode.SQL);
    cqlConnection = open(BadInput.Mode.CQL);
    autoConnection = open(BadInput.Mode.AUTO);
  }

  @AfterAll
  static void close() throws SQLException {
    if (sqlConnection != null) {
      sqlConnection.close();
    }
    if (cqlConnection != null) {
      cqlConnection.close();
    }
    if (autoConnection != null) {
      autoConnection.close();
    }
  }

  /** A new connection of the dedicated role in keyspace {@code badinput_ks}. */
  static Connection open(BadInput.Mode mode) throws SQLException {
    String queryMode =
        switch (mode) {
          case SQL -> "sql";
          case AUTO -> "auto";
          default -> "cql";
        };
    return DriverManager.getConnection(url("/badinput_ks?queryMode=" + queryMode), ROLE, SECRET);
  }

  static Stream<Arguments> cases() {
    return allCases().stream().map(c -> Arguments.of(Named.of(c.toString(), c)));
  }

  static List<BadInput> allCases() {
    List<BadInput> all = new ArrayList<>();
    all.addAll(BadInputSqlCases.all());
    all.addAll(BadInputCqlCases.all());
    all.addAll(BadInputUrlCases.all());
    all.addAll(BadInputApiCases.all());
    return all;
  }

  @Test
  void should_try_at_least_a_hundred_inputs_in_every_category() {
    Map<String, Integer> byCategory = new TreeMap<>();
    for (BadInput c : allCases()) {
      byCategory.merge(c.category(), 1, Integer::sum);
    }
    System.out.println("bad inputs by category: " + byCategory + ", total " + allCases().size());
    assertTrue(allCases().size() >= 100, "cases: " + allCases().size());
    assertEquals(
        new TreeSet<>(
            List.of(
                "malformed SQL",
                "malformed CQL",
                "unknown names",
                "wrong types and casts",
                "out-of-range numbers",
                "invalid dates",
                "oversized literals and blobs",
                "quotes, NULs and non-BMP Unicode",
                "injection",
                "unsupported features",
                "invalid URLs",
                "unknown properties",
                "malformed properties",
                "bad consistency names",
                "negative fetch sizes and timeouts",
                "calls on closed objects",
                "parameter indexes and unset parameters",
                "null and empty statement texts")),
        byCategory.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_fail_cleanly_or_round_trip(BadInput input) {
    assertTimeoutPreemptively(LIMIT, () -> attempt(input), "the input must not hang: " + input);
    assertTimeoutPreemptively(LIMIT, BadInputIT::assertUsableAndUnchanged);
  }

  private static void attempt(BadInput input) throws Exception {
    Connection c =
        switch (input.mode()) {
          case SQL -> sqlConnection;
          case CQL -> cqlConnection;
          case AUTO -> autoConnection;
          case OWN -> null;
        };
    if (!input.mustFail()) {
      input.attempt().run(c);
      return;
    }
    try {
      input.attempt().run(c);
    } catch (SQLException e) {
      assertNoSecret(e);
      assertEquals(
          input.state(),
          e.getSQLState(),
          "SQLSTATE of " + input + ": " + BadInput.abbreviate(e.toString()));
      assertNotNull(e.getMessage());
      assertTrue(
          e.getMessage()
              .toLowerCase(Locale.ROOT)
              .contains(input.fragment().toLowerCase(Locale.ROOT)),
          "message of "
              + input
              + " should mention '"
              + input.fragment()
              + "': "
              + BadInput.abbreviate(e.getMessage()));
      return;
    } catch (RuntimeException | Error e) {
      assertNoSecret(e);
      throw new AssertionError(
          "a raw " + e.getClass().getName() + " instead of an SQLException " + input.state(), e);
    }
    fail("expected " + input.state() + " but the input was accepted: " + input);
  }

  /** Both shared connections still answer, and the canary and the victim are as loaded. */
  private static void assertUsableAndUnchanged() throws SQLException {
    assertEquals(CANARY, BadInput.run(sqlConnection, "SELECT id, v FROM canary ORDER BY id"));
    List<String> cqlRows = new ArrayList<>(BadInput.run(cqlConnection, "SELECT id, v FROM canary"));
    cqlRows.sort(null);
    assertEquals(CANARY, cqlRows);
    assertEquals(List.of("1|still here"), BadInput.run(cqlConnection, "SELECT id, v FROM victim"));
  }

  /** Neither the message nor anything in the cause chain or stack trace shows the password. */
  static void assertNoSecret(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    for (Throwable e = t; e != null; e = e.getCause()) {
      out.append(String.valueOf(e));
      if (e instanceof SQLException s && s.getNextException() != null) {
        s.getNextException().printStackTrace(new PrintWriter(out));
      }
    }
    assertFalse(out.toString().contains(SECRET), "the password leaked: " + t);
  }
}
