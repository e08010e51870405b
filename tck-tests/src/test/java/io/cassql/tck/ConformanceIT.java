package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQL-92 conformance: every query of {@code conformance/queries.sql} runs through CasSQL in SQL
 * mode (pages of 50 rows) and through H2 over the same data ({@link ConformanceData}); the results
 * must be equal, in order when the query ends with ORDER BY, as multisets otherwise.
 *
 * <p>Values are compared by meaning ({@link ConformanceResult#same}): exact numbers (integers and
 * decimals) exactly, by value after stripping trailing zeros (1.50 = 1.5, never rounded); DOUBLE
 * values within a relative tolerance of 1e-9, REAL values (on either side) within 1e-6; dates and
 * times as ISO text, CasSQL's timestamps as UTC wall-clock time; bytes as hex; others as text.
 *
 * <p>Result-set metadata is compared too: the same column count; for each column the same JDBC type
 * category (exact numeric, approximate numeric, character, date, time, timestamp, boolean, binary;
 * precision, scale and the type within a category are each engine's choice, e.g. H2's SUM of an
 * INTEGER is a BIGINT and CasSQL's an INTEGER); and the same label, case-insensitively, when H2's
 * label is a plain identifier (a column name or an alias; an expression's label is the engine's own
 * text). The probes that BI tools and database browsers send ({@code WHERE 1=0}, {@code LIMIT 0})
 * thus check their metadata.
 *
 * <p>The queries of {@code conformance/errors.sql} must fail in both engines with the same
 * SQLSTATE: the same state where H2 gives a standard data exception (22003, 22012, 22018; 22007 and
 * 22008 alike), the same class otherwise.
 *
 * <p>A line may end with {@code @H2 <query>}: the reference query that H2 runs instead, when H2 has
 * no syntax for the same meaning (FULL JOIN, GROUP BY ordinals, {@code {fn CONVERT}}).
 */
class ConformanceIT extends CassandraTestSupport {
  private static final String REFERENCE = " @H2 ";

  private static Connection h2;
  private static Connection casSql;

  @BeforeAll
  static void load() throws Exception {
    h2 =
        DriverManager.getConnection(
            "jdbc:h2:mem:conformance;DB_CLOSE_DELAY=-1;MODE=Regular", "sa", "");
    try (Connection cql = connect()) {
      ConformanceData.create(cql, h2);
    }
    casSql = DriverManager.getConnection(url("?queryMode=sql&fetchSize=50"), USER, PASSWORD);
  }

  @AfterAll
  static void close() throws SQLException {
    casSql.close();
    h2.close();
  }

  static Stream<Arguments> queries() throws IOException {
    List<Arguments> out = new ArrayList<>();
    int n = 0;
    for (String line : lines("/conformance/queries.sql")) {
      int at = line.indexOf(REFERENCE);
      String sql = at < 0 ? line : line.substring(0, at).strip();
      String reference = at < 0 ? line : line.substring(at + REFERENCE.length()).strip();
      out.add(Arguments.of(String.format("q%03d", ++n), sql, reference));
    }
    return out.stream();
  }

  /** The statements of a resource: one a line, without blank lines and {@code #} comments. */
  static List<String> lines(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = ConformanceIT.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String q = line.strip();
        if (!q.isEmpty() && !q.startsWith("#")) {
          out.add(q);
        }
      }
    }
    return out;
  }

  @Test
  void should_have_at_least_400_queries() throws IOException {
    assertTrue(queries().count() >= 400, "conformance queries: " + queries().count());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("queries")
  void should_match_the_reference_engine(String id, String sql, String reference) throws Exception {
    ConformanceResult expected = ConformanceResult.read(h2, reference);
    ConformanceResult actual = ConformanceResult.read(casSql, sql);
    boolean ordered = endsWithOrderBy(sql);
    if (!ConformanceResult.sameRows(expected.rows(), actual.rows(), ordered)) {
      // the rows as text, for a readable difference (equal text within a tolerance: the values
      // differ)
      assertEquals(
          ConformanceResult.render(expected.rows(), !ordered),
          ConformanceResult.render(actual.rows(), !ordered),
          sql);
      fail("rows differ beyond the tolerance: " + sql);
    }
    assertEquals(expected.columns().size(), actual.columns().size(), "column count of " + sql);
    for (int i = 0; i < expected.columns().size(); i++) {
      ConformanceResult.Column e = expected.columns().get(i);
      ConformanceResult.Column a = actual.columns().get(i);
      String what = "column " + (i + 1) + " of " + sql + ": H2 " + e + ", CasSQL " + a;
      assertEquals(e.category(), a.category(), "type category of " + what);
      if (e.named() && reference.equals(sql)) {
        assertEquals(
            e.label().toUpperCase(Locale.ROOT),
            a.label().toUpperCase(Locale.ROOT),
            "label of " + what);
      }
    }
  }

  static Stream<Arguments> errors() throws IOException {
    List<Arguments> out = new ArrayList<>();
    int n = 0;
    for (String sql : lines("/conformance/errors.sql")) {
      out.add(Arguments.of(String.format("e%03d", ++n), sql));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("errors")
  void should_fail_like_the_reference_engine(String id, String sql) {
    SQLException expected =
        assertThrows(
            SQLException.class, () -> ConformanceResult.read(h2, sql), "H2 accepts " + sql);
    SQLException actual =
        assertThrows(
            SQLException.class,
            () -> ConformanceResult.read(casSql, sql),
            "CasSQL accepts "
                + sql
                + " (H2: "
                + expected.getSQLState()
                + " "
                + expected.getMessage()
                + ")");
    String what =
        sql
            + ": H2 "
            + expected.getSQLState()
            + " "
            + expected.getMessage().lines().findFirst().orElse("")
            + ", CasSQL "
            + actual.getSQLState()
            + " "
            + actual.getMessage();
    assertEquals(sameState(expected.getSQLState()), sameState(actual.getSQLState()), what);
  }

  /**
   * The part of a SQLSTATE that must agree: the whole state for the standard data exceptions that
   * H2 gives (22003, 22012, 22018; 22007 and 22008, both a bad datetime, as one), the class
   * otherwise.
   */
  private static String sameState(String state) {
    if (state == null || state.length() != 5) {
      return String.valueOf(state);
    }
    return switch (state) {
      case "22003", "22012", "22018" -> state;
      case "22007", "22008" -> "22007/22008";
      default -> state.substring(0, 2);
    };
  }

  private static boolean endsWithOrderBy(String sql) {
    String s = sql.toUpperCase(Locale.ROOT);
    int order = s.lastIndexOf("ORDER BY");
    return order >= 0 && s.indexOf(')', order) < 0;
  }
}
