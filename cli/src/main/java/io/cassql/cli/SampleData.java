package io.cassql.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Loads the seed example ({@code mykeyspace."ExampleTable"}) and a sample sensor dataset. */
public final class SampleData {
  private SampleData() {}

  /** Creates and fills both keyspaces, replacing earlier contents. Needs a CQL-mode connection. */
  public static void load(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE KEYSPACE IF NOT EXISTS mykeyspace WITH replication = "
              + "{'class': 'SimpleStrategy', 'replication_factor': 1}");
      s.execute(
          "CREATE TABLE IF NOT EXISTS mykeyspace.\"ExampleTable\" (pk_int int PRIMARY KEY, "
              + "\"Value\" text, \"List\" list<text>, \"Map\" map<text,text>, \"StringSet\" set<text>)");
      s.execute(
          "INSERT INTO mykeyspace.\"ExampleTable\" (pk_int, \"Value\", \"List\", \"Map\", \"StringSet\") "
              + "VALUES (1, 'sample value 1', ['1','2','3'], {'S1':'a','S2':'b'}, {'A','B','C'})");
      s.execute(
          "INSERT INTO mykeyspace.\"ExampleTable\" (pk_int, \"Value\", \"List\", \"Map\", \"StringSet\") "
              + "VALUES (3, 'sample value 3', ['100','101','102','105'], {'S1':'t'}, {'A','E'})");
      s.execute(
          "CREATE KEYSPACE IF NOT EXISTS sensors WITH replication = "
              + "{'class': 'SimpleStrategy', 'replication_factor': 1}");
      s.execute(
          "CREATE TABLE IF NOT EXISTS sensors.readings (sensor_id text, day date, at timestamp, "
              + "temperature decimal, humidity float, ok boolean, PRIMARY KEY ((sensor_id, day), at)) "
              + "WITH CLUSTERING ORDER BY (at DESC)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS sensors.sensor (sensor_id text PRIMARY KEY, site text, "
              + "installed date, tags set<text>)");
    }
    String[] sites = {"north", "south", "east"};
    try (PreparedStatement sensor =
            c.prepareStatement(
                "INSERT INTO sensors.sensor (sensor_id, site, installed, tags) VALUES (?, ?, ?, ?)");
        PreparedStatement reading =
            c.prepareStatement(
                "INSERT INTO sensors.readings "
                    + "(sensor_id, day, at, temperature, humidity, ok) VALUES (?, ?, ?, ?, ?, ?)")) {
      Instant start = Instant.parse("2026-11-01T00:00:00Z");
      for (int s = 1; s <= 6; s++) {
        String id = "s-" + s;
        sensor.setString(1, id);
        sensor.setString(2, sites[s % sites.length]);
        sensor.setObject(3, java.time.LocalDate.of(2025, s, 10));
        sensor.setString(4, "[\"outdoor\",\"v" + (s % 2 + 1) + "\"]");
        sensor.executeUpdate();
        for (int h = 0; h < 48; h++) {
          Instant at = start.plus(h, ChronoUnit.HOURS);
          reading.setString(1, id);
          reading.setObject(2, at.atZone(java.time.ZoneOffset.UTC).toLocalDate());
          reading.setTimestamp(3, java.sql.Timestamp.from(at));
          reading.setBigDecimal(
              4,
              new java.math.BigDecimal(
                  String.format("%d.%02d", 10 + (h * 7 + s) % 15, (h * 13) % 100)));
          reading.setFloat(5, 40f + (h % 20));
          reading.setBoolean(6, h % 11 != 0);
          reading.addBatch();
        }
        reading.executeBatch();
      }
    }
  }
}
