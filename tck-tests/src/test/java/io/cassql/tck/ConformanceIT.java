package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * mode (pages of 50 rows) and through H2 over the same data; the results must be equal, in order
 * when the query ends with ORDER BY, as multisets otherwise.
 */
class ConformanceIT extends CassandraTestSupport {
  private static Connection h2;
  private static Connection casSql;

  @BeforeAll
  static void load() throws Exception {
    h2 = DriverManager.getConnection("jdbc:h2:mem:conformance;DB_CLOSE_DELAY=-1;MODE=Regular", "sa", "");
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
    try (InputStream in = ConformanceIT.class.getResourceAsStream("/conformance/queries.sql")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int n = 0;
      for (String line : text.split("\n")) {
        String q = line.strip();
        if (q.isEmpty() || q.startsWith("#")) {
          continue;
        }
        out.add(Arguments.of(String.format("q%03d", ++n), q));
      }
    }
    return out.stream();
  }

  @Test
  void should_have_at_least_150_queries() throws IOException {
    assertTrue(queries().count() >= 150, "conformance queries: " + queries().count());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("queries")
  void should_match_the_reference_engine(String id, String sql) throws Exception {
    List<String> expected = run(h2, sql);
    List<String> actual = run(casSql, sql);
    if (!endsWithOrderBy(sql)) {
      expected.sort(null);
      actual.sort(null);
    }
    assertEquals(expected, actual, sql);
  }

  private static boolean endsWithOrderBy(String sql) {
    String s = sql.toUpperCase(Locale.ROOT);
    int order = s.lastIndexOf("ORDER BY");
    return order >= 0 && s.indexOf(')', order) < 0;
  }

  static List<String> run(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    // CasSQL's timestamps are instants (stored from H2's wall-clock values read as UTC): compared as
    // UTC wall-clock time, whatever the JVM's zone; H2's TIMESTAMP is wall-clock time already
    boolean instants = c.isWrapperFor(io.cassql.jdbc.CasSqlConnection.class);
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          if (instants && v instanceof java.sql.Timestamp t) {
            v = t.toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDateTime();
          }
          sb.append(i > 1 ? " | " : "").append(normalize(v));
        }
        rows.add(sb.toString());
      }
    }
    return rows;
  }

  /** Values compared by meaning: numbers to 9 significant digits, dates and times as ISO text. */
  static String normalize(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? normalizeNumber(new BigDecimal(d)) : String.valueOf(d);
    }
    if (v instanceof Number) {
      return normalizeNumber(new BigDecimal(v.toString()));
    }
    if (v instanceof byte[] b) {
      return "0x" + HexFormat.of().formatHex(b);
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof java.time.LocalDateTime t) {
      return t.toString();
    }
    return v.toString();
  }

  private static String normalizeNumber(BigDecimal d) {
    if (d.signum() == 0) {
      return "0";
    }
    return d.round(new MathContext(9)).stripTrailingZeros().toPlainString();
  }
}
