package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Integer and decimal division and modulo by zero are 22012 in both modes, whatever the column
 * type.
 */
class DivisionByZeroIT extends CassandraTestSupport {

  @BeforeAll
  static void load() throws Exception {
    keyspace("div_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS div_ks.t (pk int PRIMARY KEY, ti tinyint, si smallint, bi bigint, "
            + "vi varint, de decimal, zero_de decimal)",
        "TRUNCATE div_ks.t",
        "INSERT INTO div_ks.t (pk, ti, si, bi, vi, de, zero_de) VALUES (1, 2, 3, 5, 7, 1.5, 0)");
  }

  static Stream<Arguments> divisions() {
    List<String> expressions =
        List.of(
            "pk / 0",
            "pk % 0",
            "ti / 0",
            "si % 0",
            "bi / 0",
            "bi % 0",
            "vi / 0",
            "vi % 0",
            "de / 0",
            "de % 0",
            "pk / (pk - 1)",
            "1 / 0",
            "zero_de / 0");
    List<Arguments> cases = new ArrayList<>();
    for (String mode : List.of("cql", "sql")) {
      for (String e : expressions) {
        cases.add(Arguments.of(mode, e));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("divisions")
  void should_report_division_by_zero_as_22012(String mode, String expression) throws Exception {
    String query = "SELECT " + expression + " FROM div_ks.t WHERE pk = 1";
    try (Connection c =
            mode.equals("sql")
                ? DriverManager.getConnection(url("?queryMode=sql"), USER, PASSWORD)
                : connect();
        Statement s = c.createStatement()) {
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> {
                try (ResultSet rs = s.executeQuery(query)) {
                  while (rs.next()) {
                    rs.getObject(1);
                  }
                }
              },
              query);
      assertEquals("22012", e.getSQLState(), query + ": " + e.getMessage());
    }
  }
}
