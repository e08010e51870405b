package io.cassql.tck;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One deterministic dataset written both to Cassandra (keyspace {@code conf}) and to an H2
 * reference database (schema {@code conf}): partition keys, a composite partition key, clustering
 * keys, nulls in every type, and more rows than one page.
 */
final class ConformanceData {
  static final int EMPLOYEES = 240;
  static final int EVENTS = 600;
  static final int TYPED = 40;
  static final int LEDGER = 400;

  private ConformanceData() {}

  static void create(Connection cassandra, Connection h2) throws SQLException {
    try (Statement c = cassandra.createStatement();
        Statement h = h2.createStatement()) {
      c.execute(
          "CREATE KEYSPACE IF NOT EXISTS conf WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      for (String t : new String[] {"emp", "dept", "events", "types", "ledger"}) {
        c.execute("DROP TABLE IF EXISTS conf." + t);
      }
      c.execute(
          "CREATE TABLE conf.emp (dept text, id int, name text, salary decimal, hired date, bonus double, "
              + "active boolean, manager int, skills list<text>, props map<text, int>, badges set<int>, "
              + "PRIMARY KEY ((dept), id))");
      c.execute(
          "CREATE TABLE conf.dept (dept text PRIMARY KEY, region text, budget bigint, flr smallint)");
      c.execute(
          "CREATE TABLE conf.events (tenant int, evday date, ts timestamp, kind text, qty int, price decimal, "
              + "tag text, PRIMARY KEY ((tenant, evday), ts, kind)) WITH CLUSTERING ORDER BY (ts DESC, kind ASC)");
      c.execute(
          "CREATE TABLE conf.types (id int PRIMARY KEY, t text, i int, b bigint, s smallint, ti tinyint, "
              + "d double, f float, dc decimal, bo boolean, dt date, ts timestamp, tm time, u uuid, bl blob)");
      c.execute(
          "CREATE TABLE conf.ledger (acct text, id int, amount decimal, units bigint, big bigint, rate double, "
              + "ratio float, booked date, PRIMARY KEY ((acct), id))");
      h.execute("CREATE SCHEMA IF NOT EXISTS conf");
      // H2 columns in Cassandra's order (partition key, clustering columns, then the others by
      // name),
      // so that SELECT * compares column for column
      h.execute(
          "CREATE TABLE conf.emp (dept VARCHAR, id INT, active BOOLEAN, bonus DOUBLE PRECISION, hired DATE, "
              + "manager INT, name VARCHAR, salary DECIMAL(20,2), PRIMARY KEY (dept, id))");
      h.execute(
          "CREATE TABLE conf.dept (dept VARCHAR PRIMARY KEY, budget BIGINT, flr SMALLINT, region VARCHAR)");
      // the virtual tables of emp's collections, as plain tables
      h.execute(
          "CREATE TABLE conf.emp_vt_skills (dept VARCHAR, id INT, skills_index INT, skills_value VARCHAR)");
      h.execute(
          "CREATE TABLE conf.emp_vt_props (dept VARCHAR, id INT, props_key VARCHAR, props_value INT)");
      h.execute("CREATE TABLE conf.emp_vt_badges (dept VARCHAR, id INT, badges_value INT)");
      h.execute(
          "CREATE TABLE conf.events (tenant INT, evday DATE, ts TIMESTAMP(3), kind VARCHAR, price DECIMAL(20,3), "
              + "qty INT, tag VARCHAR, PRIMARY KEY (tenant, evday, ts, kind))");
      h.execute(
          "CREATE TABLE conf.types (id INT PRIMARY KEY, b BIGINT, bl VARBINARY, bo BOOLEAN, d DOUBLE PRECISION, "
              + "dc DECIMAL(30,6), dt DATE, f REAL, i INT, s SMALLINT, t VARCHAR, ti TINYINT, tm TIME(3), "
              + "ts TIMESTAMP(3), u UUID)");
      h.execute(
          "CREATE TABLE conf.ledger (acct VARCHAR, id INT, amount DECIMAL(20,2), big BIGINT, booked DATE, "
              + "rate DOUBLE PRECISION, ratio REAL, units BIGINT, PRIMARY KEY (acct, id))");
    }
    insert(
        cassandra,
        h2,
        "INSERT INTO conf.emp (dept, id, name, salary, hired, bonus, active, manager) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        EMPLOYEES,
        ConformanceData::employee);
    collections(cassandra, h2);
    insert(
        cassandra,
        h2,
        "INSERT INTO conf.dept (dept, region, budget, flr) VALUES (?, ?, ?, ?)",
        7,
        ConformanceData::department);
    insert(
        cassandra,
        h2,
        "INSERT INTO conf.events (tenant, evday, ts, kind, qty, price, tag) VALUES (?, ?, ?, ?, ?, ?, ?)",
        EVENTS,
        ConformanceData::event);
    insert(
        cassandra,
        h2,
        "INSERT INTO conf.types (id, t, i, b, s, ti, d, f, dc, bo, dt, ts, tm, u, bl) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        TYPED,
        ConformanceData::typed);
    insert(
        cassandra,
        h2,
        "INSERT INTO conf.ledger (acct, id, amount, units, big, rate, ratio, booked) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        LEDGER,
        ConformanceData::entry);
  }

  /** Values of row {@code i} of a table, in the order of its insert. */
  private interface RowValues {
    Object[] row(int i);
  }

  private static void insert(
      Connection cassandra, Connection h2, String sql, int rows, RowValues values)
      throws SQLException {
    try (PreparedStatement c = cassandra.prepareStatement(sql);
        PreparedStatement h = h2.prepareStatement(sql)) {
      for (int i = 1; i <= rows; i++) {
        Object[] v = values.row(i);
        for (int p = 0; p < v.length; p++) {
          if (v[p] == null) {
            c.setNull(p + 1, Types.NULL);
            h.setNull(p + 1, Types.NULL);
          } else {
            c.setObject(
                p + 1,
                v[p] instanceof LocalDateTime t
                    ? Timestamp.from(t.toInstant(ZoneOffset.UTC))
                    : v[p]);
            h.setObject(p + 1, v[p]);
          }
        }
        c.addBatch();
        h.addBatch();
      }
      c.executeBatch();
      h.executeBatch();
    }
  }

  private static Object[] employee(int id) {
    return new Object[] {
      "d" + id % 6,
      id,
      id % 17 == 0 ? null : "n" + (id * 7) % 100,
      id % 19 == 0 ? null : new BigDecimal((1000 + (id * 37) % 5000) + ".50"),
      id % 23 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays((id * 11L) % 1500),
      id % 13 == 0 ? null : (id % 7) * 1.5,
      id % 29 == 0 ? null : id % 3 != 0,
      id % 10 == 0 ? null : 1 + id % 10
    };
  }

  /** Collections of each employee: in Cassandra as collections, in H2 as one row per element. */
  private static void collections(Connection cassandra, Connection h2) throws SQLException {
    try (PreparedStatement c =
            cassandra.prepareStatement(
                "UPDATE conf.emp SET skills = ?, props = ?, badges = ? WHERE dept = ? AND id = ?");
        PreparedStatement skills =
            h2.prepareStatement("INSERT INTO conf.emp_vt_skills VALUES (?, ?, ?, ?)");
        PreparedStatement props =
            h2.prepareStatement("INSERT INTO conf.emp_vt_props VALUES (?, ?, ?, ?)");
        PreparedStatement badges =
            h2.prepareStatement("INSERT INTO conf.emp_vt_badges VALUES (?, ?, ?)")) {
      for (int id = 1; id <= EMPLOYEES; id++) {
        String dept = "d" + id % 6;
        java.util.List<String> sk = new java.util.ArrayList<>();
        if (id % 4 != 0) {
          for (int j = 0; j <= id % 3; j++) {
            sk.add("s" + (id + j) % 7);
          }
        }
        java.util.Map<String, Integer> pr = new java.util.TreeMap<>();
        for (int j = 0; j < id % 3; j++) {
          pr.put("p" + j, id * (j + 1));
        }
        java.util.Set<Integer> bd = new java.util.TreeSet<>();
        for (int j = 0; j < id % 5; j++) {
          bd.add((id + j) % 6);
        }
        c.setObject(1, id % 8 == 0 ? null : sk);
        c.setObject(2, pr);
        c.setObject(3, bd);
        c.setString(4, dept);
        c.setInt(5, id);
        c.addBatch();
        for (int j = 0; j < sk.size() && id % 8 != 0; j++) {
          skills.setString(1, dept);
          skills.setInt(2, id);
          skills.setInt(3, j);
          skills.setString(4, sk.get(j));
          skills.addBatch();
        }
        for (var e : pr.entrySet()) {
          props.setString(1, dept);
          props.setInt(2, id);
          props.setString(3, e.getKey());
          props.setInt(4, e.getValue());
          props.addBatch();
        }
        for (int b : bd) {
          badges.setString(1, dept);
          badges.setInt(2, id);
          badges.setInt(3, b);
          badges.addBatch();
        }
      }
      c.executeBatch();
      skills.executeBatch();
      props.executeBatch();
      badges.executeBatch();
    }
  }

  private static Object[] department(int n) {
    int i = n - 1;
    return new Object[] {
      "d" + i, i == 4 ? null : (i % 2 == 0 ? "east" : "west"), 10_000L * (i + 1), (short) (i % 3)
    };
  }

  private static Object[] event(int i) {
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i % 5);
    return new Object[] {
      1 + i % 3,
      day,
      day.atTime(LocalTime.of(8, 0)).plusMinutes(i * 7L % 600).plusSeconds(i % 60),
      "k" + i % 4,
      i % 11 == 0 ? null : (i % 9) - 2,
      new BigDecimal((i % 50) + "." + (i % 1000 < 10 ? "00" + i % 1000 : "125")),
      i % 5 == 0 ? null : "t" + i % 4
    };
  }

  private static Object[] typed(int id) {
    boolean n = id % 5 == 0;
    return new Object[] {
      id,
      id % 2 == 0 ? null : "text " + id,
      id % 3 == 0 ? null : id * 1000 - 7,
      id % 4 == 0 ? null : (long) id * 1_000_000_007L,
      id % 5 == 1 ? null : (short) (id * 100),
      id % 6 == 0 ? null : (byte) (id - 20),
      id % 7 == 0 ? null : id / 4.0,
      id % 8 == 0 ? null : (float) (id + 0.5),
      id % 9 == 0 ? null : new BigDecimal(id + ".000125"),
      id % 10 == 0 ? null : id % 2 == 1,
      n ? null : LocalDate.of(2000 + id, 1 + id % 12, 1 + id % 28),
      id % 11 == 0
          ? null
          : LocalDateTime.of(2026, 1, 1, 0, 0).plusSeconds(id * 3601L).plusNanos(id * 1_000_000L),
      id % 12 == 0 ? null : LocalTime.of(id % 24, id % 60, 0),
      id % 13 == 0 ? null : new UUID(id, id * 31L).toString(),
      id % 14 == 0 ? null : new byte[] {(byte) id, 0, (byte) -id}
    };
  }

  /**
   * A ledger entry: amounts of about 10^5 with cents (sums above 10^7, where cents need 10 and more
   * significant digits), a bigint of 4 * 10^18 every 50th row (their sum passes 2^63), doubles and
   * floats with no short decimal form.
   */
  private static Object[] entry(int id) {
    return new Object[] {
      "a" + id % 5,
      id,
      id % 41 == 0
          ? null
          : new BigDecimal(
              (100_000 + id * 7919L % 900_000) + "." + String.format("%02d", id * 37 % 100)),
      id % 43 == 0 ? null : id * 123_456_789L,
      id % 50 == 0 ? 4_000_000_000_000_000_000L + id : id * 1000L,
      id % 47 == 0 ? null : id / 3.0,
      id % 53 == 0 ? null : (float) (id * 0.37),
      id % 31 == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(id * 13L % 366)
    };
  }
}
