package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQL mode: {@code LIMIT ?}, {@code OFFSET ? ROWS} and {@code FETCH FIRST ? ROWS ONLY} take a
 * parameter bound by any integral setter.
 */
class LimitParametersIT extends CassandraTestSupport {

  /** One way of binding the value 2 to a parameter. */
  @FunctionalInterface
  interface Binder {
    /** Binds 2 to parameter {@code index}. */
    void bindTwo(PreparedStatement ps, int index) throws SQLException;
  }

  @BeforeAll
  static void load() throws Exception {
    keyspace("limit_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS limit_ks.t (id int PRIMARY KEY, v text)",
        "TRUNCATE limit_ks.t");
    for (int i = 1; i <= 5; i++) {
      cql("INSERT INTO limit_ks.t (id, v) VALUES (" + i + ", 'v" + i + "')");
    }
  }

  static Connection sql() throws SQLException {
    return DriverManager.getConnection(url("?queryMode=sql"), USER, PASSWORD);
  }

  static Stream<Arguments> setters() {
    return Stream.of(
        Arguments.of("setInt", (Binder) (ps, i) -> ps.setInt(i, 2)),
        Arguments.of("setLong", (Binder) (ps, i) -> ps.setLong(i, 2L)),
        Arguments.of("setShort", (Binder) (ps, i) -> ps.setShort(i, (short) 2)),
        Arguments.of("setByte", (Binder) (ps, i) -> ps.setByte(i, (byte) 2)),
        Arguments.of(
            "setBigDecimal", (Binder) (ps, i) -> ps.setBigDecimal(i, BigDecimal.valueOf(2))),
        Arguments.of("setString", (Binder) (ps, i) -> ps.setString(i, "2")),
        Arguments.of("setObject(Long)", (Binder) (ps, i) -> ps.setObject(i, 2L)),
        Arguments.of("setObject(Integer)", (Binder) (ps, i) -> ps.setObject(i, 2)));
  }

  private static List<Integer> ids(PreparedStatement ps) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (var rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  private static List<Integer> run(String sql, Binder binder) throws SQLException {
    try (Connection c = sql();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int count = ps.getParameterMetaData().getParameterCount();
      for (int i = 1; i <= count; i++) {
        binder.bindTwo(ps, i);
      }
      return ids(ps);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setters")
  void should_take_limit_from_a_parameter(String setter, Binder binder) throws Exception {
    assertEquals(
        List.of(1, 2), run("SELECT id FROM limit_ks.t ORDER BY id LIMIT ?", binder), setter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setters")
  void should_take_offset_from_a_parameter(String setter, Binder binder) throws Exception {
    assertEquals(
        List.of(3, 4, 5),
        run("SELECT id FROM limit_ks.t ORDER BY id OFFSET ? ROWS", binder),
        setter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setters")
  void should_take_fetch_first_from_a_parameter(String setter, Binder binder) throws Exception {
    assertEquals(
        List.of(1, 2),
        run("SELECT id FROM limit_ks.t ORDER BY id FETCH FIRST ? ROWS ONLY", binder),
        setter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setters")
  void should_take_limit_and_offset_from_parameters(String setter, Binder binder) throws Exception {
    assertEquals(
        List.of(3, 4),
        run("SELECT id FROM limit_ks.t ORDER BY id LIMIT ? OFFSET ?", binder),
        setter);
  }

  @Test
  void should_rebind_a_limit_parameter_between_executions() throws Exception {
    try (Connection c = sql();
        PreparedStatement ps =
            c.prepareStatement("SELECT id FROM limit_ks.t ORDER BY id LIMIT ?")) {
      ps.setInt(1, 1);
      assertEquals(List.of(1), ids(ps));
      ps.setInt(1, 4);
      assertEquals(List.of(1, 2, 3, 4), ids(ps));
      ps.setLong(1, 100L);
      assertEquals(List.of(1, 2, 3, 4, 5), ids(ps));
      ps.setInt(1, 0);
      assertEquals(List.of(), ids(ps));
    }
  }

  @Test
  void should_refuse_a_row_count_out_of_range_with_22003() throws Exception {
    for (String sql :
        List.of(
            "SELECT id FROM limit_ks.t ORDER BY id LIMIT ?",
            "SELECT id FROM limit_ks.t ORDER BY id OFFSET ? ROWS",
            "SELECT id FROM limit_ks.t ORDER BY id FETCH FIRST ? ROWS ONLY")) {
      try (Connection c = sql();
          PreparedStatement ps = c.prepareStatement(sql)) {
        SQLException e =
            assertThrows(
                SQLException.class,
                () -> {
                  ps.setLong(1, 1L << 40);
                  ids(ps);
                },
                sql);
        assertEquals("22003", e.getSQLState(), sql + ": " + e.getMessage());
      }
    }
  }

  @Test
  void should_describe_a_limit_parameter_as_an_integer() throws Exception {
    try (Connection c = sql();
        PreparedStatement ps =
            c.prepareStatement("SELECT id FROM limit_ks.t ORDER BY id LIMIT ?")) {
      ParameterMetaData md = ps.getParameterMetaData();
      assertEquals(1, md.getParameterCount());
      int type = md.getParameterType(1);
      assertTrue(type == Types.INTEGER || type == Types.BIGINT, "INTEGER or BIGINT, not " + type);
    }
  }
}
