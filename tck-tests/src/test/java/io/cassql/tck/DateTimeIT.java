package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.cassql.jdbc.CasSqlConnection;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JDBC 4.2 date and time semantics, the same in SQL mode and CQL mode and in any JVM time zone: a
 * {@code date} is a local date, a {@code time} a local time, a {@code timestamp} an instant; the
 * legacy {@code java.sql} classes carry them in the JVM zone (or a given Calendar's zone).
 */
class DateTimeIT extends CassandraTestSupport {
  static final LocalDate D1 = LocalDate.of(2024, 2, 29);
  static final LocalTime T1 = LocalTime.of(13, 45, 30, 123_456_789);
  static final Instant TS1 = Instant.parse("2024-02-29T23:30:00.123Z");
  static final LocalDate D2 = LocalDate.of(1969, 12, 31);
  static final LocalTime T2 = LocalTime.MIDNIGHT;
  static final Instant TS2 = Instant.parse("1970-01-01T00:00:00Z");
  static final LocalDate D3 = LocalDate.of(2024, 3, 1);
  static final LocalTime T3 = LocalTime.of(23, 59, 59, 999_000_000);
  static final Instant TS3 = Instant.parse("2024-03-01T00:30:00Z");

  /**
   * The Calendar zones of the {@code (..., Calendar)} getters and setters: east and west of any JVM
   * zone tried.
   */
  static final List<ZoneId> CALENDAR_ZONES =
      List.of(ZoneId.of("Asia/Tokyo"), ZoneId.of("America/New_York"));

  @BeforeAll
  static void load() throws Exception {
    keyspace("dt");
    cql(
        "CREATE TABLE IF NOT EXISTS dt.events (id int PRIMARY KEY, d date, t time, ts timestamp)",
        "CREATE TABLE IF NOT EXISTS dt.by_day (d date, ts timestamp, v text, PRIMARY KEY (d, ts))",
        "CREATE TABLE IF NOT EXISTS dt.written (id int PRIMARY KEY, d date, t time, ts timestamp)",
        "TRUNCATE dt.events",
        "TRUNCATE dt.by_day",
        "TRUNCATE dt.written");
    // written through the Java driver's own codecs, so that the stored values owe nothing to
    // CasSQL's conversions
    try (Connection c = connect()) {
      CqlSession session = c.unwrap(CasSqlConnection.class).getCqlSession();
      var events = session.prepare("INSERT INTO dt.events (id, d, t, ts) VALUES (?, ?, ?, ?)");
      session.execute(events.bind(1, D1, T1, TS1));
      session.execute(events.bind(2, D2, T2, TS2));
      session.execute(events.bind(3, D3, T3, TS3));
      var byDay = session.prepare("INSERT INTO dt.by_day (d, ts, v) VALUES (?, ?, ?)");
      session.execute(byDay.bind(D1, Instant.parse("2024-02-29T08:00:00Z"), "morning"));
      session.execute(byDay.bind(D1, TS1, "late"));
      session.execute(byDay.bind(D3, TS3, "next"));
    }
  }

  static Connection open(String mode) throws SQLException {
    return DriverManager.getConnection(url("?queryMode=" + mode), USER, PASSWORD);
  }

  static ZoneId zone() {
    return ZoneId.systemDefault();
  }

  static Calendar calendar(ZoneId zone) {
    return Calendar.getInstance(TimeZone.getTimeZone(zone));
  }

  /** The one row of {@code dt.events} with this id, on a plain statement. */
  static ResultSet event(Statement s, int id) throws SQLException {
    return row(s, "events", id);
  }

  /** The one row of {@code dt.<table>} with this id, on a plain statement. */
  static ResultSet row(Statement s, String table, int id) throws SQLException {
    ResultSet rs = s.executeQuery("SELECT id, d, t, ts FROM dt." + table + " WHERE id = " + id);
    assertTrue(rs.next(), "row " + id);
    return rs;
  }

  static List<String> strings(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    out.sort(null);
    return out;
  }

  private static void assertDate(LocalDate expected, ResultSet rs, String column)
      throws SQLException {
    Date legacy = rs.getDate(column);
    assertEquals(Date.valueOf(expected), legacy, column + " in the JVM zone " + zone());
    assertEquals(expected.toString(), legacy.toString());
    assertEquals(expected, legacy.toLocalDate());
    assertEquals(expected, rs.getObject(column, LocalDate.class));
    assertEquals(legacy, rs.getObject(column, Date.class));
    for (ZoneId z : CALENDAR_ZONES) {
      assertEquals(
          expected.atStartOfDay(z).toInstant().toEpochMilli(),
          rs.getDate(column, calendar(z)).getTime(),
          "midnight of " + expected + " in the Calendar's zone " + z);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "cql"})
  void should_read_dates_as_local_dates_in_the_jvm_zone_or_the_calendar_zone(String mode)
      throws Exception {
    try (Connection c = open(mode);
        Statement s = c.createStatement()) {
      try (ResultSet rs = event(s, 1)) {
        assertDate(D1, rs, "d");
        assertEquals("2024-02-29", rs.getDate("d").toString());
      }
      try (ResultSet rs = event(s, 2)) {
        assertDate(D2, rs, "d");
        assertEquals("1969-12-31", rs.getDate("d").toString(), "a date before the epoch");
      }
      try (ResultSet rs = event(s, 3)) {
        assertDate(D3, rs, "d");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "cql"})
  void should_read_times_as_local_times_with_their_fraction(String mode) throws Exception {
    try (Connection c = open(mode);
        Statement s = c.createStatement()) {
      try (ResultSet rs = event(s, 1)) {
        Time time = rs.getTime("t");
        assertEquals("13:45:30", time.toString(), "the wall-clock time in the JVM zone " + zone());
        assertEquals(Time.valueOf("13:45:30").getTime() + 123, time.getTime(), "milliseconds kept");
        assertEquals(LocalTime.of(13, 45, 30), time.toLocalTime());
        LocalTime local = rs.getObject("t", LocalTime.class);
        if (mode.equals("cql")) {
          assertEquals(T1, local, "CQL mode keeps the nanoseconds");
        } else {
          assertTrue(
              local.equals(T1) || local.equals(LocalTime.of(13, 45, 30, 123_000_000)),
              "SQL mode's TIME keeps at least milliseconds: " + local);
        }
        for (ZoneId z : CALENDAR_ZONES) {
          assertEquals(
              LocalDate.EPOCH.atTime(13, 45, 30, 123_000_000).atZone(z).toInstant().toEpochMilli(),
              rs.getTime("t", calendar(z)).getTime(),
              "1970-01-01T13:45:30.123 in the Calendar's zone " + z);
        }
      }
      try (ResultSet rs = event(s, 2)) {
        assertEquals(Time.valueOf("00:00:00"), rs.getTime("t"));
        assertEquals(LocalTime.MIDNIGHT, rs.getObject("t", LocalTime.class));
      }
      try (ResultSet rs = event(s, 3)) {
        assertEquals("23:59:59", rs.getTime("t").toString());
        assertEquals(Time.valueOf("23:59:59").getTime() + 999, rs.getTime("t").getTime());
        assertEquals(T3, rs.getObject("t", LocalTime.class));
      }
    }
  }

  private static void assertInstant(Instant expected, ResultSet rs, String column)
      throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    assertEquals(
        expected, ts.toInstant(), "a timestamp is an instant, whatever the JVM zone " + zone());
    assertEquals(expected, rs.getObject(column, Instant.class));
    OffsetDateTime odt = rs.getObject(column, OffsetDateTime.class);
    assertTrue(odt.isEqual(expected.atOffset(ZoneOffset.UTC)), odt.toString());
    assertEquals(ZoneOffset.UTC, odt.getOffset(), odt.toString());
    LocalDateTime ldt = rs.getObject(column, LocalDateTime.class);
    assertEquals(
        LocalDateTime.ofInstant(expected, zone()), ldt, "the instant's wall clock in the JVM zone");
    assertEquals(ts.toLocalDateTime(), ldt);
    assertEquals(
        Date.valueOf(expected.atZone(zone()).toLocalDate()),
        rs.getDate(column),
        "the instant's date in the JVM zone");
    for (ZoneId z : CALENDAR_ZONES) {
      assertEquals(
          expected,
          rs.getTimestamp(column, calendar(z)).toInstant(),
          "still the same instant with " + z);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "cql"})
  void should_read_timestamps_as_instants(String mode) throws Exception {
    try (Connection c = open(mode);
        Statement s = c.createStatement()) {
      try (ResultSet rs = event(s, 1)) {
        assertInstant(TS1, rs, "ts");
        assertEquals(123_000_000, rs.getTimestamp("ts").getNanos());
      }
      try (ResultSet rs = event(s, 2)) {
        assertInstant(TS2, rs, "ts");
      }
      try (ResultSet rs = event(s, 3)) {
        assertInstant(TS3, rs, "ts");
      }
    }
  }

  /**
   * The text form of a timestamp documented in the README (Behaviour worth knowing, Dates and
   * times): ISO-8601 in UTC, milliseconds always shown, in both modes and whatever the JVM zone.
   */
  static String text(Instant instant) {
    return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC)
        .format(instant);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "cql"})
  void should_give_the_documented_text_forms(String mode) throws Exception {
    assertEquals("2024-02-29T23:30:00.123Z", text(TS1));
    try (Connection c = open(mode);
        Statement s = c.createStatement()) {
      try (ResultSet rs = event(s, 1)) {
        assertEquals("2024-02-29", rs.getString("d"));
        assertEquals(text(TS1), rs.getString("ts"), "UTC, milliseconds always shown");
      }
      try (ResultSet rs = event(s, 2)) {
        assertEquals("1969-12-31", rs.getString("d"));
        assertEquals("1970-01-01T00:00:00.000Z", rs.getString("ts"));
      }
      try (ResultSet rs = event(s, 3)) {
        assertEquals("2024-03-01", rs.getString("d"));
        assertEquals("2024-03-01T00:30:00.000Z", rs.getString("ts"));
      }
    }
  }

  /**
   * One way of binding parameters, checked on its own (every way is reported, not only the first
   * that fails).
   */
  @FunctionalInterface
  interface Binding {
    /** Binds the statement's parameters. */
    void bind(PreparedStatement ps) throws SQLException;
  }

  /**
   * {@code dt.events} rows by a non-key column: filtered in memory in SQL mode, with ALLOW
   * FILTERING in CQL mode.
   */
  static String filteredQuery(String mode, String column) {
    return "SELECT id FROM dt.events WHERE "
        + column
        + " = ?"
        + (mode.equals("cql") ? " ALLOW FILTERING" : "");
  }

  private static Executable finds(
      PreparedStatement ps, List<String> expected, String how, Binding binding) {
    return () -> {
      ps.clearParameters();
      binding.bind(ps);
      assertEquals(expected, strings(ps.executeQuery()), how + " (JVM zone " + zone() + ")");
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "cql"})
  void should_bind_dates_by_their_local_date(String mode) throws Exception {
    try (Connection c = open(mode);
        PreparedStatement ps = c.prepareStatement("SELECT v FROM dt.by_day WHERE d = ?");
        PreparedStatement filtered = c.prepareStatement(filteredQuery(mode, "d"))) {
      List<String> day = List.of("late", "morning");
      List<Executable> checks =
          new ArrayList<>(
              List.of(
                  finds(ps, day, "setDate", p -> p.setDate(1, Date.valueOf("2024-02-29"))),
                  finds(ps, day, "setObject(LocalDate)", p -> p.setObject(1, D1)),
                  finds(ps, day, "setObject(java.sql.Date)", p -> p.setObject(1, Date.valueOf(D1))),
                  finds(
                      ps,
                      List.of("next"),
                      "setObject(LocalDate) of another day",
                      p -> p.setObject(1, D3))));
      for (ZoneId z : CALENDAR_ZONES) {
        checks.add(
            finds(
                ps,
                day,
                "setDate with a Calendar in " + z,
                p ->
                    p.setDate(
                        1, new Date(D1.atStartOfDay(z).toInstant().toEpochMilli()), calendar(z))));
      }
      // the same bindings compared in memory (in SQL mode a non-key column is filtered after the
      // scan)
      List<String> one = List.of("1");
      checks.add(
          finds(
              filtered, one, "in memory: setDate", p -> p.setDate(1, Date.valueOf("2024-02-29"))));
      checks.add(finds(filtered, one, "in memory: setObject(LocalDate)", p -> p.setObject(1, D1)));
      checks.add(
          finds(
              filtered,
              List.of("2"),
              "in memory: setObject(LocalDate) before the epoch",
              p -> p.setObject(1, D2)));
      for (ZoneId z : CALENDAR_ZONES) {
        checks.add(
            finds(
                filtered,
                one,
                "in memory: setDate with a Calendar in " + z,
                p ->
                    p.setDate(
                        1, new Date(D1.atStartOfDay(z).toInstant().toEpochMilli()), calendar(z))));
      }
      assertAll(checks);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "cql"})
  void should_bind_timestamps_by_their_instant(String mode) throws Exception {
    try (Connection c = open(mode);
        PreparedStatement ps =
            c.prepareStatement("SELECT v FROM dt.by_day WHERE d = ? AND ts = ?");
        PreparedStatement filtered = c.prepareStatement(filteredQuery(mode, "ts"));
        PreparedStatement clustering =
            c.prepareStatement(
                "SELECT v FROM dt.by_day WHERE d = "
                    + (mode.equals("sql") ? "DATE '2024-02-29'" : "'2024-02-29'")
                    + " AND ts = ?")) {
      List<String> late = List.of("late");
      List<Executable> checks =
          new ArrayList<>(
              List.of(
                  finds(
                      ps,
                      late,
                      "setTimestamp",
                      p -> {
                        p.setObject(1, D1);
                        p.setTimestamp(2, Timestamp.from(TS1));
                      }),
                  finds(
                      ps,
                      late,
                      "setObject(Instant)",
                      p -> {
                        p.setObject(1, D1);
                        p.setObject(2, TS1);
                      }),
                  finds(
                      ps,
                      late,
                      "setObject(OffsetDateTime) at UTC",
                      p -> {
                        p.setObject(1, D1);
                        p.setObject(2, TS1.atOffset(ZoneOffset.UTC));
                      }),
                  finds(
                      ps,
                      late,
                      "setObject(OffsetDateTime) at another offset, the same instant",
                      p -> {
                        p.setObject(1, D1);
                        p.setObject(2, TS1.atOffset(ZoneOffset.ofHours(-8)));
                      }),
                  finds(
                      ps,
                      late,
                      "setObject(LocalDateTime), a wall clock in the JVM zone",
                      p -> {
                        p.setObject(1, D1);
                        p.setObject(2, LocalDateTime.ofInstant(TS1, zone()));
                      }),
                  finds(
                      ps,
                      late,
                      "setDate and setTimestamp",
                      p -> {
                        p.setDate(1, Date.valueOf(D1));
                        p.setTimestamp(2, Timestamp.from(TS1));
                      }),
                  finds(
                      ps,
                      List.of("next"),
                      "setObject(LocalDate) and setObject(Instant) of another row",
                      p -> {
                        p.setObject(1, D3);
                        p.setObject(2, TS3);
                      })));
      for (ZoneId z : CALENDAR_ZONES) {
        checks.add(
            finds(
                ps,
                late,
                "setTimestamp with a Calendar in " + z + ": a Timestamp is an instant",
                p -> {
                  p.setObject(1, D1);
                  p.setTimestamp(2, Timestamp.from(TS1), calendar(z));
                }));
      }
      // the timestamp alone as a pushed clustering-key value, the day written as a literal
      checks.add(
          finds(
              clustering,
              late,
              "clustering key: setTimestamp",
              p -> p.setTimestamp(1, Timestamp.from(TS1))));
      checks.add(
          finds(clustering, late, "clustering key: setObject(Instant)", p -> p.setObject(1, TS1)));
      checks.add(
          finds(
              clustering,
              late,
              "clustering key: setObject(OffsetDateTime)",
              p -> p.setObject(1, TS1.atOffset(ZoneOffset.ofHours(-8)))));
      checks.add(
          finds(
              clustering,
              late,
              "clustering key: setObject(LocalDateTime)",
              p -> p.setObject(1, LocalDateTime.ofInstant(TS1, zone()))));
      // the timestamp alone, compared in memory (in SQL mode a non-key column is filtered after the
      // scan)
      List<String> one = List.of("1");
      checks.add(
          finds(
              filtered,
              one,
              "in memory: setTimestamp",
              p -> p.setTimestamp(1, Timestamp.from(TS1))));
      checks.add(finds(filtered, one, "in memory: setObject(Instant)", p -> p.setObject(1, TS1)));
      checks.add(
          finds(
              filtered,
              one,
              "in memory: setObject(OffsetDateTime)",
              p -> p.setObject(1, TS1.atOffset(ZoneOffset.ofHours(-8)))));
      checks.add(
          finds(
              filtered,
              one,
              "in memory: setObject(LocalDateTime)",
              p -> p.setObject(1, LocalDateTime.ofInstant(TS1, zone()))));
      checks.add(
          finds(
              filtered,
              List.of("2"),
              "in memory: setObject(Instant) of the epoch",
              p -> p.setObject(1, TS2)));
      assertAll(checks);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql"})
  void should_compare_with_sql_date_and_timestamp_literals_in_utc(String mode) throws Exception {
    try (Connection c = open(mode);
        Statement s = c.createStatement()) {
      assertEquals(
          List.of("late", "morning"),
          strings(s.executeQuery("SELECT v FROM dt.by_day WHERE d = DATE '2024-02-29'")));
      assertEquals(
          List.of("late"),
          strings(
              s.executeQuery(
                  "SELECT v FROM dt.by_day WHERE d = DATE '2024-02-29' AND ts = TIMESTAMP '2024-02-29 23:30:00.123'")),
          "SQL-mode timestamp literals are UTC");
      assertEquals(
          List.of("1"),
          strings(
              s.executeQuery(
                  "SELECT id FROM dt.events WHERE ts = TIMESTAMP '2024-02-29 23:30:00.123'")),
          "also filtered in memory");
      assertEquals(
          List.of("2"),
          strings(s.executeQuery("SELECT id FROM dt.events WHERE d = DATE '1969-12-31'")),
          "also filtered in memory");
    }
  }

  /**
   * What the Java driver reads back of a row written by CasSQL: the stored values, whatever the JVM
   * zone.
   */
  private static Row stored(Connection c, int id) throws SQLException {
    CqlSession session = c.unwrap(CasSqlConnection.class).getCqlSession();
    Row row = session.execute("SELECT d, t, ts FROM dt.written WHERE id = ?", id).one();
    assertNotNull(row, "row " + id + " was written");
    return row;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sql", "cql"})
  void should_write_what_it_reads(String mode) throws Exception {
    int legacyId = mode.equals("sql") ? 20 : 10;
    int javaTimeId = legacyId + 1;
    Time time = new Time(Time.valueOf("13:45:30").getTime() + 123);
    try (Connection c = open(mode);
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO dt.written (id, d, t, ts) VALUES (?, ?, ?, ?)")) {
      ps.setInt(1, legacyId);
      ps.setDate(2, Date.valueOf(D1));
      ps.setTime(3, time);
      ps.setTimestamp(4, Timestamp.from(TS1));
      ps.executeUpdate();
      ps.setInt(1, javaTimeId);
      ps.setObject(2, D2);
      ps.setObject(3, T1);
      ps.setObject(4, TS2);
      ps.executeUpdate();

      Row legacy = stored(c, legacyId);
      assertEquals(
          D1, legacy.getLocalDate("d"), "setDate stores the local date of the JVM zone " + zone());
      assertEquals(
          LocalTime.of(13, 45, 30, 123_000_000),
          legacy.getLocalTime("t"),
          "setTime stores the wall clock");
      assertEquals(TS1, legacy.getInstant("ts"), "setTimestamp stores the instant");
      Row javaTime = stored(c, javaTimeId);
      assertEquals(D2, javaTime.getLocalDate("d"));
      LocalTime t = javaTime.getLocalTime("t");
      if (mode.equals("cql")) {
        assertEquals(T1, t);
      } else {
        assertTrue(
            t.equals(T1) || t.equals(LocalTime.of(13, 45, 30, 123_000_000)),
            "at least milliseconds: " + t);
      }
      assertEquals(TS2, javaTime.getInstant("ts"));

      try (Statement s = c.createStatement()) {
        try (ResultSet rs = row(s, "written", legacyId)) {
          assertEquals(Date.valueOf(D1), rs.getDate("d"));
          assertEquals(time, rs.getTime("t"));
          assertEquals(Timestamp.from(TS1), rs.getTimestamp("ts"));
          assertEquals(D1, rs.getObject("d", LocalDate.class));
          assertEquals(TS1, rs.getObject("ts", Instant.class));
        }
        try (ResultSet rs = row(s, "written", javaTimeId)) {
          assertEquals(D2, rs.getObject("d", LocalDate.class));
          assertEquals(Date.valueOf(D2), rs.getDate("d"));
          assertEquals(Time.valueOf("13:45:30").getTime() + 123, rs.getTime("t").getTime());
          assertEquals(TS2, rs.getObject("ts", Instant.class));
          assertEquals(TS2, rs.getTimestamp("ts").toInstant());
        }
      }
    }
  }
}
