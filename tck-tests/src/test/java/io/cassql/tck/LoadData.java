package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The known data of {@link LoadIT} and the operations run against it; every read compares what it
 * got with what the data must be, so a wrong row fails as surely as an exception.
 */
final class LoadData {
  static final int ITEMS = 2000;
  static final int GROUPS = 20;
  static final int READINGS_PER_GROUP = 25;

  private LoadData() {}

  static void load() throws Exception {
    CassandraTestSupport.keyspace("load_ks");
    CassandraTestSupport.cql(
        "CREATE TABLE IF NOT EXISTS load_ks.items (id int PRIMARY KEY, grp int, name text)",
        "CREATE TABLE IF NOT EXISTS load_ks.labels (grp int PRIMARY KEY, label text)",
        "CREATE TABLE IF NOT EXISTS load_ks.readings (grp int, n int, v int, PRIMARY KEY (grp, n))",
        "CREATE TABLE IF NOT EXISTS load_ks.events (worker int, seq int, payload text, PRIMARY KEY (worker, seq))",
        "TRUNCATE load_ks.events");
    try (Connection c = CassandraTestSupport.connect("/load_ks")) {
      batch(
          c,
          "INSERT INTO items (id, grp, name) VALUES (?, ?, ?)",
          ITEMS,
          (ps, i) -> {
            ps.setInt(1, i);
            ps.setInt(2, group(i));
            ps.setString(3, name(i));
          });
      batch(
          c,
          "INSERT INTO labels (grp, label) VALUES (?, ?)",
          GROUPS,
          (ps, g) -> {
            ps.setInt(1, g);
            ps.setString(2, label(g));
          });
      batch(
          c,
          "INSERT INTO readings (grp, n, v) VALUES (?, ?, ?)",
          GROUPS * READINGS_PER_GROUP,
          (ps, i) -> {
            ps.setInt(1, i / READINGS_PER_GROUP);
            ps.setInt(2, i % READINGS_PER_GROUP);
            ps.setInt(3, reading(i / READINGS_PER_GROUP, i % READINGS_PER_GROUP));
          });
    }
  }

  static int group(int item) {
    return item % GROUPS;
  }

  static String name(int item) {
    return "item-" + item;
  }

  static String label(int group) {
    return "group-" + group;
  }

  static int reading(int group, int n) {
    return group * 1000 + n;
  }

  static String payload(int worker, int seq) {
    return "event " + worker + "/" + seq;
  }

  /** The rows {@code n|v} of one group's readings, in clustering order. */
  static List<String> readings(int group) {
    List<String> rows = new ArrayList<>();
    for (int n = 0; n < READINGS_PER_GROUP; n++) {
      rows.add(n + "|" + reading(group, n));
    }
    return rows;
  }

  /** Executes a prepared query with one int parameter and returns its rows as "a|b". */
  static List<String> query(Connection c, String text, int param) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(text)) {
      ps.setInt(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        return SqlModeIT.rows(rs);
      }
    }
  }

  /** Inserts one event through a prepared INSERT (CQL, or SQL DML on a SQL-mode connection). */
  static void insertEvent(Connection c, int worker, int seq) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO events (worker, seq, payload) VALUES (?, ?, ?)")) {
      ps.setInt(1, worker);
      ps.setInt(2, seq);
      ps.setString(3, payload(worker, seq));
      assertEquals(
          c.unwrap(io.cassql.jdbc.CasSqlConnection.class).getQueryMode().equals("sql") ? 1 : 0,
          ps.executeUpdate());
    }
  }

  private static void batch(Connection c, String insert, int rows, Binder binder)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      for (int i = 0; i < rows; i++) {
        binder.bind(ps, i);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Binds row {@code i} of a batch. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps, int i) throws SQLException;
  }
}
