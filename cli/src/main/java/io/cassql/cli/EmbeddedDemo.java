package io.cassql.cli;

import io.cassql.cli.internal.embedded.EmbeddedNode;
import io.cassql.embedded.CassandraNode;
import io.cassql.embedded.internal.DirectoryCleaner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The main job on the embedded default: starts a real Cassandra node, loads the seed example and
 * the sensor dataset through the driver, runs queries and prints what comes back.
 */
public final class EmbeddedDemo {
  private EmbeddedDemo() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("target", "embedded-cassandra", "demo");
    DirectoryCleaner.delete(dir);
    System.out.println("Starting an embedded Cassandra node (authentication on) ...");
    long t0 = System.nanoTime();
    try (CassandraNode node = CassandraNode.builder().directory(dir).authentication(true).start()) {
      System.out.printf(
          "Cassandra is up at %s:%d after %.1f s%n",
          node.host(), node.nativePort(), (System.nanoTime() - t0) / 1e9);
      String url = "jdbc:cassandra://" + node.host() + ":" + node.nativePort() + "?queryMode=cql";
      Properties props = new Properties();
      props.setProperty("user", "cassandra");
      props.setProperty("password", "cassandra");
      System.out.println("Connecting to " + url);
      try (Connection c = connectWithRetry(url, props)) {
        SampleData.load(c);
        c.setSchema("mykeyspace");
        run(c, "SELECT * FROM mykeyspace.\"ExampleTable\"");
        run(c, "SELECT pk_int, \"Value\", \"Map\" FROM \"ExampleTable\" WHERE pk_int = 3");
        run(c, "SELECT sensor_id, site, installed, tags FROM sensors.sensor");
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT at, temperature, humidity, ok "
                    + "FROM sensors.readings WHERE sensor_id = ? AND day = ? LIMIT 5")) {
          ps.setString(1, "s-2");
          ps.setObject(2, java.time.LocalDate.of(2026, 11, 2));
          System.out.println("\n> prepared: latest 5 readings of s-2 on 2026-11-02");
          try (ResultSet rs = ps.executeQuery()) {
            TablePrinter.print(rs, System.out, 100);
          }
        }
        run(c, "SELECT count(*) AS readings FROM sensors.readings");
        System.out.println("\n> an error, with its SQLSTATE:");
        try (Statement s = c.createStatement()) {
          s.executeQuery("SELECT * FROM mykeyspace.no_such_table");
        } catch (SQLException e) {
          System.out.println("SQLSTATE " + e.getSQLState() + ": " + e.getMessage());
        }
      }
      String sqlUrl =
          "jdbc:cassandra://" + node.host() + ":" + node.nativePort() + "/sensors?queryMode=sql";
      System.out.println("\n=== SQL mode: " + sqlUrl);
      try (Connection c = connectWithRetry(sqlUrl, props)) {
        run(c, "SELECT * FROM mykeyspace.exampletable ORDER BY pk_int");
        virtualTables(c, url, props);
        run(
            c,
            "SELECT s.site, COUNT(*) AS readings, MIN(r.temperature) AS low, MAX(r.temperature) AS high "
                + "FROM readings r JOIN sensor s ON r.sensor_id = s.sensor_id GROUP BY s.site ORDER BY s.site");
        run(
            c,
            "SELECT sensor_id, \"at\", temperature FROM readings WHERE sensor_id = 's-3' "
                + "AND \"day\" = DATE '2026-11-02' ORDER BY \"at\" DESC FETCH FIRST 3 ROWS ONLY");
        run(
            c,
            "EXPLAIN PLAN FOR SELECT sensor_id, AVG(humidity) FROM readings WHERE sensor_id = 's-3' "
                + "AND \"day\" = DATE '2026-11-02' AND ok GROUP BY sensor_id");
        System.out.println("\n> an error, with its SQLSTATE:");
        try (Statement s = c.createStatement()) {
          s.executeQuery("SELECT * FROM mykeyspace.no_such_table");
        } catch (SQLException e) {
          System.out.println("SQLSTATE " + e.getSQLState() + ": " + e.getMessage());
        }
      }
      cliTour(node.host() + ":" + node.nativePort());
    }
    System.out.println("\nDone: the node is stopped.");
  }

  /**
   * What no other Cassandra driver shows: each collection column as a virtual table, a join of the
   * base table with two of them (and the CQL it sends), a write through a virtual table, and a
   * timestamp's text identical in CQL and SQL mode.
   */
  private static void virtualTables(Connection sql, String cqlUrl, Properties props)
      throws Exception {
    System.out.println("\n> the tables of mykeyspace in SQL mode (DatabaseMetaData.getTables):");
    try (ResultSet rs = sql.getMetaData().getTables(null, "mykeyspace", "ExampleTable%", null)) {
      while (rs.next()) {
        System.out.println(
            "  " + rs.getString("TABLE_NAME") + "  (" + rs.getString("REMARKS") + ")");
      }
    }
    String join =
        "SELECT e.pk_int, e.\"Value\", l.\"List_index\", l.\"List_value\", s.\"StringSet_value\" "
            + "FROM mykeyspace.\"ExampleTable\" e "
            + "JOIN mykeyspace.\"ExampleTable_vt_List\" l ON l.pk_int = e.pk_int "
            + "JOIN mykeyspace.\"ExampleTable_vt_StringSet\" s ON s.pk_int = e.pk_int "
            + "WHERE e.pk_int = 3 ORDER BY l.\"List_index\", s.\"StringSet_value\"";
    run(sql, join);
    run(sql, "EXPLAIN PLAN FOR " + join);
    System.out.println("\n> a write through a virtual table: append '4' to the list of row 1");
    try (Statement s = sql.createStatement()) {
      int n =
          s.executeUpdate(
              "INSERT INTO mykeyspace.\"ExampleTable_vt_List\" (pk_int, \"List_value\") VALUES (1, '4')");
      System.out.println("rows written: " + n);
    }
    run(
        sql,
        "SELECT * FROM mykeyspace.\"ExampleTable_vt_List\" WHERE pk_int = 1 ORDER BY \"List_index\"");
    String at =
        "SELECT \"at\" FROM sensors.readings WHERE sensor_id = 's-3' AND \"day\" = '2026-11-02' LIMIT 1";
    try (Connection cql = connectWithRetry(cqlUrl, props);
        Statement a = cql.createStatement();
        ResultSet ra = a.executeQuery(at);
        Statement b = sql.createStatement();
        ResultSet rb = b.executeQuery(at.replace("'2026-11-02'", "DATE '2026-11-02'"))) {
      ra.next();
      rb.next();
      System.out.println("\n> a timestamp's text in both modes (getString):");
      System.out.println("  CQL mode: " + ra.getString(1));
      System.out.println("  SQL mode: " + rb.getString(1));
    }
  }

  /** The cassql tool on the same node: query, copy to CSV and H2, lookup. */
  private static void cliTour(String hostPort) {
    EmbeddedNode.useInProcess(hostPort);
    System.out.println(
        "\n=== The cassql tool (cli/bin/cassql; --embedded is this node, user cassandra)");
    Path out = Path.of("target", "demo-output").toAbsolutePath();
    cassql(
        "query",
        "--embedded",
        "--query-mode",
        "sql",
        "--format",
        "csv",
        "SELECT site, COUNT(*) AS sensors FROM sensors.sensor GROUP BY site ORDER BY site");
    cassql(
        "copy",
        "--embedded",
        "--query-mode",
        "sql",
        "--table",
        "sensors.readings",
        "--to",
        out.resolve("readings.csv").toString());
    cassql(
        "copy",
        "--embedded",
        "--query-mode",
        "sql",
        "--table",
        "mykeyspace.ExampleTable_vt_List",
        "--to",
        "jdbc:h2:" + out.resolve("h2"),
        "--create",
        "--mode",
        "truncate");
    cassql(
        "lookup",
        "--embedded",
        "--query-mode",
        "cql",
        "--query",
        "SELECT * FROM mykeyspace.\"ExampleTable\" WHERE pk_int = 3");
    cassql("query", "--embedded", "SELECT * FROM mykeyspace.no_such_table");
  }

  private static void cassql(String... args) {
    StringBuilder shown = new StringBuilder("\n$ cli/bin/cassql");
    for (String a : args) {
      shown.append(' ').append(a.matches("[\\w./:=,-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    System.out.println(shown);
    System.out.flush();
    int code = Cassql.execute(args);
    System.out.println("(exit code " + code + ")");
  }

  private static void run(Connection c, String cql) throws SQLException {
    System.out.println("\n> " + cql);
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(cql)) {
      TablePrinter.print(rs, System.out, 100);
    }
  }

  /** The superuser may appear a moment after the CQL port opens. */
  static Connection connectWithRetry(String url, Properties props) throws Exception {
    SQLException last = null;
    for (int i = 0; i < 30; i++) {
      try {
        return DriverManager.getConnection(url, props);
      } catch (SQLException e) {
        if (!"28000".equals(e.getSQLState()) && !"08001".equals(e.getSQLState())) {
          throw e;
        }
        last = e;
        Thread.sleep(1000);
      }
    }
    throw last;
  }
}
