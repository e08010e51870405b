package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value bound to a parameter of another type is exact or fails with 22003 and writes nothing; a
 * narrower getter fails with 22003 instead of returning an overflowed value (both modes).
 */
class ExactConversionsIT extends CassandraTestSupport {
  /** 2^53 + 1: the first long a double cannot hold. */
  private static final long TWO_53_PLUS_1 = (1L << 53) + 1;

  /** Ids of the rows the binding tests try to write, one per attempt. */
  private static final AtomicInteger NEXT_ID = new AtomicInteger(1000);

  /** Binds one value to parameter {@code index}. */
  @FunctionalInterface
  interface Binder {
    /** Binds the value under test to parameter {@code index}. */
    void bind(PreparedStatement ps, int index) throws SQLException;
  }

  /** Reads a value from column {@code index} of the current row. */
  @FunctionalInterface
  interface Getter {
    /** Reads column {@code index}, discarding the value. */
    Object get(ResultSet rs, int index) throws SQLException;
  }

  @BeforeAll
  static void load() throws Exception {
    keyspace("exact_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS exact_ks.t (id int PRIMARY KEY, fl float, db double, bo boolean, "
            + "de decimal, vi varint, nt int)",
        "TRUNCATE exact_ks.t",
        // row 1 holds the values a rounded parameter would wrongly match
        "INSERT INTO exact_ks.t (id, fl, db, bo) VALUES (1, 0.12345679, 9007199254740992, false)",
        "INSERT INTO exact_ks.t (id, db, nt) VALUES (2, 1e300, 2)",
        "INSERT INTO exact_ks.t (id, db) VALUES (3, 1e-50)");
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("UPDATE exact_ks.t SET de = ?, vi = ? WHERE id = ?")) {
      ps.setBigDecimal(1, new BigDecimal("1e400"));
      ps.setObject(2, BigInteger.TEN.pow(400));
      ps.setInt(3, 2);
      ps.executeUpdate();
      ps.setBigDecimal(1, new BigDecimal("-1e400"));
      ps.setObject(2, null);
      ps.setInt(3, 3);
      ps.executeUpdate();
    }
  }

  static Connection open(String mode) throws SQLException {
    return mode.equals("sql")
        ? DriverManager.getConnection(url("?queryMode=sql"), USER, PASSWORD)
        : connect();
  }

  static Stream<Arguments> inexactBindings() {
    List<Arguments> cases = new ArrayList<>();
    for (String mode : List.of("cql", "sql")) {
      cases.add(
          Arguments.of(
              mode,
              "db",
              "setLong(2^53+1) on a double",
              (Binder) (ps, i) -> ps.setLong(i, TWO_53_PLUS_1)));
      cases.add(
          Arguments.of(
              mode,
              "db",
              "setString(\"9007199254740993\") on a double",
              (Binder) (ps, i) -> ps.setString(i, "9007199254740993")));
      cases.add(
          Arguments.of(
              mode,
              "db",
              "setBigDecimal(20 digits) on a double",
              (Binder) (ps, i) -> ps.setBigDecimal(i, new BigDecimal("1234567890.1234567891"))));
      cases.add(
          Arguments.of(
              mode,
              "fl",
              "setDouble(0.123456789) on a float",
              (Binder) (ps, i) -> ps.setDouble(i, 0.123456789)));
      cases.add(
          Arguments.of(
              mode,
              "fl",
              "setString(\"1e300\") on a float",
              (Binder) (ps, i) -> ps.setString(i, "1e300")));
      cases.add(
          Arguments.of(
              mode,
              "fl",
              "setLong(2^24+1) on a float",
              (Binder) (ps, i) -> ps.setLong(i, (1L << 24) + 1)));
      cases.add(
          Arguments.of(
              mode,
              "fl",
              "setBigDecimal(1e-50) on a float",
              (Binder) (ps, i) -> ps.setBigDecimal(i, new BigDecimal("1e-50"))));
      cases.add(
          Arguments.of(
              mode,
              "bo",
              "setLong(2^32) on a boolean",
              (Binder) (ps, i) -> ps.setLong(i, 1L << 32)));
      cases.add(
          Arguments.of(mode, "bo", "setInt(2) on a boolean", (Binder) (ps, i) -> ps.setInt(i, 2)));
      cases.add(
          Arguments.of(
              mode, "bo", "setDouble(0.5) on a boolean", (Binder) (ps, i) -> ps.setDouble(i, 0.5)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: INSERT {2}")
  @MethodSource("inexactBindings")
  void should_refuse_an_inexact_insert_parameter_with_22003_and_write_nothing(
      String mode, String column, String what, Binder binder) throws Exception {
    int id = NEXT_ID.getAndIncrement();
    try (Connection c = open(mode);
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO exact_ks.t (id, " + column + ") VALUES (?, ?)")) {
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> {
                ps.setInt(1, id);
                binder.bind(ps, 2);
                ps.executeUpdate();
              },
              what);
      assertEquals("22003", e.getSQLState(), what + ": " + e.getMessage());
    }
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM exact_ks.t WHERE id = " + id)) {
      assertEquals(false, rs.next(), what + ": a row was written");
    }
  }

  static Stream<Arguments> inexactFilters() {
    List<Arguments> cases = new ArrayList<>();
    for (String mode : List.of("cql", "sql")) {
      cases.add(
          Arguments.of(
              mode,
              "db",
              "setLong(2^53+1) against a double",
              (Binder) (ps, i) -> ps.setLong(i, TWO_53_PLUS_1)));
      cases.add(
          Arguments.of(
              mode,
              "fl",
              "setDouble(0.123456789) against a float",
              (Binder) (ps, i) -> ps.setDouble(i, 0.123456789)));
      cases.add(
          Arguments.of(
              mode,
              "bo",
              "setLong(2^32) against a boolean",
              (Binder) (ps, i) -> ps.setLong(i, 1L << 32)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: WHERE {2}")
  @MethodSource("inexactFilters")
  void should_refuse_an_inexact_where_parameter_with_22003(
      String mode, String column, String what, Binder binder) throws Exception {
    String sql =
        "SELECT id FROM exact_ks.t WHERE "
            + column
            + " = ?"
            + (mode.equals("cql") ? " ALLOW FILTERING" : "");
    try (Connection c = open(mode);
        PreparedStatement ps = c.prepareStatement(sql)) {
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> {
                binder.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                  List<Integer> ids = new ArrayList<>();
                  while (rs.next()) {
                    ids.add(rs.getInt(1));
                  }
                  throw new AssertionError(what + " matched rows " + ids);
                }
              },
              what);
      assertEquals("22003", e.getSQLState(), what + ": " + e.getMessage());
    }
  }

  static Stream<Arguments> narrowingGetters() {
    List<Arguments> cases = new ArrayList<>();
    for (String mode : List.of("cql", "sql")) {
      cases.add(
          Arguments.of(mode, 2, "db", "getFloat of double 1e300", (Getter) ResultSet::getFloat));
      cases.add(
          Arguments.of(
              mode,
              2,
              "db",
              "getObject(Float) of double 1e300",
              (Getter) (rs, i) -> rs.getObject(i, Float.class)));
      cases.add(
          Arguments.of(mode, 3, "db", "getFloat of double 1e-50", (Getter) ResultSet::getFloat));
      cases.add(
          Arguments.of(mode, 2, "de", "getDouble of decimal 1e400", (Getter) ResultSet::getDouble));
      cases.add(
          Arguments.of(mode, 3, "de", "getFloat of decimal -1e400", (Getter) ResultSet::getFloat));
      cases.add(
          Arguments.of(mode, 2, "vi", "getDouble of varint 10^400", (Getter) ResultSet::getDouble));
      cases.add(Arguments.of(mode, 2, "nt", "getBoolean of int 2", (Getter) ResultSet::getBoolean));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("narrowingGetters")
  void should_refuse_a_narrowing_getter_out_of_range_with_22003(
      String mode, int id, String column, String what, Getter getter) throws Exception {
    try (Connection c = open(mode);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + column + " FROM exact_ks.t WHERE id = " + id)) {
      assertEquals(true, rs.next());
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> {
                throw new AssertionError(what + " gave " + getter.get(rs, 1));
              },
              what);
      assertEquals("22003", e.getSQLState(), what + ": " + e.getMessage());
    }
  }
}
