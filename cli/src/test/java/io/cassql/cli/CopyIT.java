package io.cassql.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cassql copy} of a table with every CQL type to CSV, JSON Lines, H2 and SQLite, read back.
 */
class CopyIT extends CliTestSupport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final String CQL = "?queryMode=cql";

  @TempDir Path dir;

  @BeforeAll
  static void allTypes() throws Exception {
    cql(
        "CREATE KEYSPACE IF NOT EXISTS cli_copy WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
        "CREATE TYPE IF NOT EXISTS cli_copy.address (street text, no int)",
        "DROP TABLE IF EXISTS cli_copy.all_types",
        "CREATE TABLE cli_copy.all_types (id int PRIMARY KEY, a ascii, b bigint, bl blob, bo boolean, d date, "
            + "de decimal, do double, du duration, f float, i inet, sm smallint, tx text, ti time, ts timestamp, "
            + "tu timeuuid, tiny tinyint, u uuid, vi varint, l list<int>, s set<text>, m map<text,int>, "
            + "tup tuple<int,text>, ad frozen<address>, v vector<float,3>)",
        "INSERT INTO cli_copy.all_types (id, a, b, bl, bo, d, de, do, du, f, i, sm, tx, ti, ts, tu, tiny, u, vi, "
            + "l, s, m, tup, ad, v) VALUES (1, 'ascii', 9223372036854775807, 0xcafe, true, '2026-01-02', "
            + "12345678901234567890.123456789, 3.5, 1y2mo3d4h5m6s7ms, 1.25, '10.0.0.1', 32767, "
            + "'Ünïcode, \"quoted\"\nnewline', '13:14:15.123456789', '2026-01-02T03:04:05.678Z', "
            + "50554d6e-29bb-11e5-b345-feff819cdc9f, 127, 123e4567-e89b-12d3-a456-426614174000, "
            + "123456789012345678901234567890, [1,2,3], {'x','y'}, {'k':1}, (1,'t'), {street:'Main', no:5}, "
            + "[1.0,2.5,-3.0])",
        "INSERT INTO cli_copy.all_types (id) VALUES (2)",
        "INSERT INTO cli_copy.all_types (id, a, b, bl, bo, de, do, f, sm, tiny, tx, vi, ts) VALUES "
            + "(3, '', -1, 0x, false, -0.001, 1e300, -0.5, -32768, -128, '', -1, '1969-12-31T23:59:59.999Z')");
  }

  @Test
  void should_copy_every_type_to_csv() throws Exception {
    Path csv = dir.resolve("all types.csv");
    Run run = cassql(withUrl(CQL, "copy", "--table", "cli_copy.all_types", "--to", csv.toString()));
    assertEquals(0, run.exit(), run.all());
    assertEquals("copied 3 rows to " + csv, run.out().strip(), run.all());
    List<List<String>> records = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    assertEquals(4, records.size(), records.toString());
    Map<String, Map<String, String>> rows = byId(records);
    Map<String, String> full = rows.get("1");
    Map<String, String> expected = new HashMap<>();
    expected.put("id", "1");
    expected.put("a", "ascii");
    expected.put("b", "9223372036854775807");
    expected.put("bl", "0xcafe");
    expected.put("bo", "true");
    expected.put("d", "2026-01-02");
    expected.put("de", "12345678901234567890.123456789");
    expected.put("do", "3.5");
    expected.put("du", "P1Y2M3DT4H5M6.007S");
    expected.put("f", "1.25");
    expected.put("i", "10.0.0.1");
    expected.put("sm", "32767");
    expected.put("tx", "Ünïcode, \"quoted\"\nnewline");
    expected.put("ti", "13:14:15.123456789");
    expected.put("ts", "2026-01-02T03:04:05.678Z");
    expected.put("tu", "50554d6e-29bb-11e5-b345-feff819cdc9f");
    expected.put("tiny", "127");
    expected.put("u", "123e4567-e89b-12d3-a456-426614174000");
    expected.put("vi", "123456789012345678901234567890");
    expected.put("l", "[1,2,3]");
    expected.put("s", "[\"x\",\"y\"]");
    expected.put("m", "{\"k\":1}");
    expected.put("tup", "[1,\"t\"]");
    expected.put("ad", "{\"street\":\"Main\",\"no\":5}");
    expected.put("v", "[1.0,2.5,-3.0]");
    assertEquals(expected, full);
    rows.get("2").forEach((k, v) -> assertEquals(k.equals("id") ? "2" : null, v, k));
    Map<String, String> edge = rows.get("3");
    assertEquals("", edge.get("a"), "the empty string is a quoted empty field, not null");
    assertEquals("", edge.get("tx"));
    assertEquals("0x", edge.get("bl"));
    assertEquals("-0.001", edge.get("de"));
    assertEquals("1.0E300", edge.get("do"));
    assertEquals("-32768", edge.get("sm"));
    assertEquals("1969-12-31T23:59:59.999Z", edge.get("ts"));
    assertNull(edge.get("l"), "an empty collection is null in Cassandra");
  }

  @Test
  void should_copy_every_type_to_json_lines() throws Exception {
    Path jsonl = dir.resolve("all.jsonl");
    Run run =
        cassql(withUrl(CQL, "copy", "--table", "cli_copy.all_types", "--to", jsonl.toString()));
    assertEquals(0, run.exit(), run.all());
    Map<Integer, JsonNode> rows = new HashMap<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      JsonNode row = JSON.readTree(line);
      rows.put(row.get("id").intValue(), row);
    }
    assertEquals(3, rows.size());
    JsonNode full = rows.get(1);
    assertEquals(Long.MAX_VALUE, full.get("b").longValue());
    assertEquals(new BigDecimal("12345678901234567890.123456789"), full.get("de").decimalValue());
    assertEquals(new BigDecimal("123456789012345678901234567890"), full.get("vi").decimalValue());
    assertTrue(full.get("bo").booleanValue());
    assertEquals(1.25, full.get("f").doubleValue());
    assertEquals("0xcafe", full.get("bl").textValue());
    assertEquals("2026-01-02T03:04:05.678Z", full.get("ts").textValue());
    assertEquals("13:14:15.123456789", full.get("ti").textValue());
    assertEquals("Ünïcode, \"quoted\"\nnewline", full.get("tx").textValue());
    assertEquals(JSON.readTree("[1,2,3]"), full.get("l"));
    assertEquals(JSON.readTree("[\"x\",\"y\"]"), full.get("s"));
    assertEquals(JSON.readTree("{\"k\":1}"), full.get("m"));
    assertEquals(JSON.readTree("[1,\"t\"]"), full.get("tup"));
    assertEquals(JSON.readTree("{\"street\":\"Main\",\"no\":5}"), full.get("ad"));
    assertEquals(3, full.get("v").size());
    assertEquals(25, full.size(), "every column is a key");
    rows.get(2)
        .fields()
        .forEachRemaining(
            e -> assertTrue(e.getKey().equals("id") || e.getValue().isNull(), e.getKey()));
    assertEquals(new BigDecimal("-0.001"), rows.get(3).get("de").decimalValue());
    assertEquals("", rows.get(3).get("a").textValue());
  }

  @Test
  void should_copy_every_type_to_an_h2_file_with_values_equal_to_the_source() throws Exception {
    String h2 = "jdbc:h2:" + dir.resolve("copy");
    Run run = cassql(withUrl(CQL, "copy", "--table", "cli_copy.all_types", "--to", h2, "--create"));
    assertEquals(0, run.exit(), run.all());
    try (Connection source = connect(CQL);
        Statement s = source.createStatement();
        ResultSet src = s.executeQuery("SELECT * FROM cli_copy.all_types");
        Connection target = DriverManager.getConnection(h2, "", "");
        Statement t = target.createStatement()) {
      ResultSetMetaData md = src.getMetaData();
      int rows = 0;
      while (src.next()) {
        rows++;
        try (ResultSet copy =
            t.executeQuery("SELECT * FROM \"all_types\" WHERE \"id\" = " + src.getInt("id"))) {
          assertTrue(copy.next());
          for (int i = 1; i <= md.getColumnCount(); i++) {
            assertSameValue(src, copy, md.getColumnLabel(i));
          }
        }
      }
      assertEquals(3, rows);
      try (ResultSet count = t.executeQuery("SELECT COUNT(*) FROM \"all_types\"")) {
        count.next();
        assertEquals(3, count.getInt(1));
      }
    }
  }

  @Test
  void should_copy_every_type_to_sqlite_keeping_decimals_exact() throws Exception {
    String sqlite = "jdbc:sqlite:" + dir.resolve("copy.db");
    Run run =
        cassql(
            withUrl(
                CQL,
                "copy",
                "--table",
                "cli_copy.all_types",
                "--to",
                sqlite,
                "--create",
                "--target-table",
                "types"));
    assertEquals(0, run.exit(), run.all());
    try (Connection target = DriverManager.getConnection(sqlite);
        Statement t = target.createStatement();
        ResultSet rs = t.executeQuery("SELECT de, vi, ts, bl, bo, b, l FROM types WHERE id = 1")) {
      assertTrue(rs.next());
      assertEquals("12345678901234567890.123456789", rs.getString("de"));
      assertEquals("123456789012345678901234567890", rs.getString("vi"));
      assertEquals("2026-01-02T03:04:05.678Z", rs.getString("ts"));
      assertArrayEquals(new byte[] {(byte) 0xca, (byte) 0xfe}, rs.getBytes("bl"));
      assertTrue(rs.getBoolean("bo"));
      assertEquals(Long.MAX_VALUE, rs.getLong("b"));
      assertEquals("[1,2,3]", rs.getString("l"));
    }
  }

  @Test
  void should_copy_the_seed_examples_virtual_tables_in_sql_mode() throws Exception {
    String h2 = "jdbc:h2:" + dir.resolve("seed");
    for (String table :
        List.of(
            "ExampleTable",
            "ExampleTable_vt_List",
            "ExampleTable_vt_Map",
            "ExampleTable_vt_StringSet")) {
      Run run =
          cassql(
              withUrl(
                  "?queryMode=sql",
                  "copy",
                  "--table",
                  "mykeyspace." + table,
                  "--to",
                  h2,
                  "--create"));
      assertEquals(0, run.exit(), run.all());
    }
    Path csv = dir.resolve("map.csv");
    Run run =
        cassql(
            withUrl(
                "?queryMode=sql",
                "copy",
                "--table",
                "mykeyspace.exampletable_vt_map",
                "--to",
                csv.toString()));
    assertEquals(0, run.exit(), run.all());
    List<List<String>> map = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    assertEquals(List.of("pk_int", "Map_key", "Map_value"), map.get(0));
    assertEquals(
        List.of(List.of("1", "S1", "a"), List.of("1", "S2", "b"), List.of("3", "S1", "t")),
        sorted(map.subList(1, map.size())));
    try (Connection target = DriverManager.getConnection(h2, "", "")) {
      assertEquals(
          List.of(List.of("1", "sample value 1"), List.of("3", "sample value 3")),
          rows(target, "SELECT * FROM \"ExampleTable\" ORDER BY 1"));
      assertEquals(
          List.of(
              List.of("1", "0", "1"),
              List.of("1", "1", "2"),
              List.of("1", "2", "3"),
              List.of("3", "0", "100"),
              List.of("3", "1", "101"),
              List.of("3", "2", "102"),
              List.of("3", "3", "105")),
          rows(
              target,
              "SELECT \"pk_int\", \"List_index\", \"List_value\" FROM \"ExampleTable_vt_List\" ORDER BY 1, 2"));
      assertEquals(
          List.of(List.of("1", "S1", "a"), List.of("1", "S2", "b"), List.of("3", "S1", "t")),
          rows(target, "SELECT * FROM \"ExampleTable_vt_Map\" ORDER BY 1, 2"));
      assertEquals(
          List.of(
              List.of("1", "A"),
              List.of("1", "B"),
              List.of("1", "C"),
              List.of("3", "A"),
              List.of("3", "E")),
          rows(target, "SELECT * FROM \"ExampleTable_vt_StringSet\" ORDER BY 1, 2"));
    }
  }

  @Test
  void should_append_or_truncate_existing_rows() throws Exception {
    String h2 = "jdbc:h2:" + dir.resolve("modes");
    String[] copy =
        withUrl(
            "?queryMode=sql",
            "copy",
            "--table",
            "mykeyspace.ExampleTable_vt_StringSet",
            "--to",
            h2,
            "--create",
            "--target-table",
            "sets");
    assertEquals(0, cassql(copy).exit());
    assertEquals(0, cassql(copy).exit());
    try (Connection target = DriverManager.getConnection(h2, "", "")) {
      assertEquals(
          List.of(List.of("10")), rows(target, "SELECT COUNT(*) FROM \"sets\""), "appended");
    }
    List<String> truncate = new ArrayList<>(List.of(copy));
    truncate.addAll(List.of("--mode", "truncate"));
    Run run = cassql(truncate.toArray(String[]::new));
    assertEquals(0, run.exit(), run.all());
    try (Connection target = DriverManager.getConnection(h2, "", "")) {
      assertEquals(
          List.of(List.of("5")), rows(target, "SELECT COUNT(*) FROM \"sets\""), "replaced");
    }
  }

  private static void assertSameValue(ResultSet src, ResultSet copy, String column)
      throws Exception {
    Object v = src.getObject(column);
    String what = column + " of row " + src.getInt("id");
    if (v == null) {
      assertNull(copy.getObject(column), what);
    } else if (v instanceof BigDecimal d) {
      assertEquals(
          0,
          d.compareTo(copy.getBigDecimal(column)),
          what + ": " + d + " vs " + copy.getBigDecimal(column));
    } else if (v instanceof java.sql.Timestamp ts) {
      assertEquals(ts.toInstant(), copy.getObject(column, OffsetDateTime.class).toInstant(), what);
    } else if (v instanceof java.sql.Date) {
      assertEquals(
          src.getObject(column, LocalDate.class), copy.getObject(column, LocalDate.class), what);
    } else if (v instanceof java.sql.Time) {
      assertEquals(
          src.getObject(column, LocalTime.class), copy.getObject(column, LocalTime.class), what);
    } else if (v instanceof byte[] b) {
      assertArrayEquals(b, copy.getBytes(column), what);
    } else if (v instanceof UUID u) {
      assertEquals(u, copy.getObject(column, UUID.class), what);
    } else if (v instanceof String text) {
      assertEquals(text, copy.getString(column), what);
    } else {
      assertEquals(v, copy.getObject(column, v.getClass()), what);
    }
  }

  private static Map<String, Map<String, String>> byId(List<List<String>> records) {
    List<String> header = records.get(0);
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (List<String> r : records.subList(1, records.size())) {
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.get(i));
      }
      rows.put(row.get("id"), row);
    }
    return rows;
  }

  private static List<List<String>> sorted(List<List<String>> rows) {
    List<List<String>> copy = new ArrayList<>(rows);
    copy.sort((x, y) -> String.join(",", x).compareTo(String.join(",", y)));
    return copy;
  }

  /** Every row of a query, each value as text. */
  static List<List<String>> rows(Connection c, String sql) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
