package io.cassql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of 100,000 rows by the SQL-mode parallel scan, in a CLI JVM of 256 MB, to CSV, JSON Lines
 * and H2: every row arrives exactly once with its values.
 */
class LargeCopyIT extends CliTestSupport {
  static final int ROWS = 100_000;
  private static final List<String> SMALL_HEAP = List.of("-Xmx256m");
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    cql(
        "CREATE KEYSPACE IF NOT EXISTS cli_large WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
        "CREATE TABLE IF NOT EXISTS cli_large.items (id int PRIMARY KEY, name text, amount decimal, at timestamp)");
    try (Connection c = connect("?queryMode=cql");
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM cli_large.items")) {
        rs.next();
        if (rs.getLong(1) == ROWS) {
          return;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO cli_large.items (id, name, amount, at) VALUES (?, ?, ?, ?)")) {
        for (int id = 0; id < ROWS; id++) {
          ps.setInt(1, id);
          ps.setString(2, "name-" + id);
          ps.setBigDecimal(3, amount(id));
          ps.setTimestamp(4, java.sql.Timestamp.from(EPOCH.plusSeconds(id)));
          ps.addBatch();
          if (id % 2000 == 1999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
    }
  }

  static BigDecimal amount(int id) {
    return BigDecimal.valueOf(id, 2);
  }

  @Test
  void should_copy_100000_rows_to_csv_each_exactly_once() throws Exception {
    Path csv = dir.resolve("items.csv");
    Run run =
        cassql(
            Map.of(PASSWORD_ENV, PASSWORD),
            null,
            SMALL_HEAP,
            withUrl(
                "?queryMode=sql", "copy", "--table", "cli_large.items", "--to", csv.toString()));
    assertEquals(0, run.exit(), run.all());
    assertEquals("copied 100000 rows to " + csv, run.out().strip());
    assertFalse(
        run.err().contains("rows/s"), "no progress line when not on a terminal: " + run.err());
    BitSet seen = new BitSet(ROWS);
    int lines = 0;
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      assertEquals("id,amount,at,name", in.readLine());
      for (String line; (line = in.readLine()) != null; lines++) {
        String[] f = line.split(",");
        int id = Integer.parseInt(f[0]);
        assertFalse(seen.get(id), "row " + id + " twice");
        seen.set(id);
        assertEquals(amount(id).toPlainString(), f[1], line);
        assertEquals(EPOCH.plusSeconds(id).toString(), f[2], line);
        assertEquals("name-" + id, f[3], line);
      }
    }
    assertEquals(ROWS, lines);
    assertEquals(ROWS, seen.cardinality());
  }

  @Test
  void should_copy_100000_rows_to_json_lines() throws Exception {
    Path jsonl = dir.resolve("items.jsonl");
    Run run =
        cassql(
            Map.of(PASSWORD_ENV, PASSWORD),
            null,
            SMALL_HEAP,
            withUrl(
                "?queryMode=sql",
                "copy",
                "--query",
                "SELECT id, amount FROM cli_large.items",
                "--to",
                jsonl.toString()));
    assertEquals(0, run.exit(), run.all());
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    BitSet seen = new BitSet(ROWS);
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode row = json.readTree(line);
        int id = row.get("id").intValue();
        assertFalse(seen.get(id));
        seen.set(id);
        assertEquals(0, amount(id).compareTo(row.get("amount").decimalValue()), line);
      }
    }
    assertEquals(ROWS, seen.cardinality());
  }

  @Test
  void should_copy_100000_rows_to_an_h2_file() throws Exception {
    String h2 = "jdbc:h2:" + dir.resolve("items");
    Run run =
        cassql(
            Map.of(PASSWORD_ENV, PASSWORD),
            null,
            SMALL_HEAP,
            withUrl(
                "?queryMode=sql",
                "copy",
                "--table",
                "cli_large.items",
                "--to",
                h2,
                "--create",
                "--batch-size",
                "500"));
    assertEquals(0, run.exit(), run.all());
    try (Connection c = DriverManager.getConnection(h2, "", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*), COUNT(DISTINCT \"id\"), MIN(\"id\"), MAX(\"id\"), "
                    + "SUM(\"amount\"), SUM(CASE WHEN \"name\" = CONCAT('name-', \"id\") THEN 1 ELSE 0 END) FROM \"items\"")) {
      assertTrue(rs.next());
      assertEquals(ROWS, rs.getInt(1));
      assertEquals(ROWS, rs.getInt(2));
      assertEquals(0, rs.getInt(3));
      assertEquals(ROWS - 1, rs.getInt(4));
      BigDecimal expectedSum = BigDecimal.valueOf((long) ROWS * (ROWS - 1) / 2, 2);
      assertEquals(0, expectedSum.compareTo(rs.getBigDecimal(5)), "sum " + rs.getBigDecimal(5));
      assertEquals(ROWS, rs.getInt(6));
    }
  }
}
