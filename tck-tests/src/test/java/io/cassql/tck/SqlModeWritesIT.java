package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQL INSERT, UPDATE and DELETE on base tables, by full primary key, translated to CQL. */
class SqlModeWritesIT extends CassandraTestSupport {

  @BeforeAll
  static void schema() throws Exception {
    keyspace("writes");
    cql(
        "CREATE TABLE IF NOT EXISTS writes.items (shop text, sku int, name text, price decimal, "
            + "added date, PRIMARY KEY ((shop), sku))",
        "TRUNCATE writes.items");
  }

  @Test
  void should_insert_update_and_delete_rows_by_primary_key() throws Exception {
    try (Connection c = SqlModeIT.sql();
        Statement s = c.createStatement()) {
      assertEquals(
          2,
          s.executeUpdate(
              "INSERT INTO writes.items (shop, sku, name, price, added) "
                  + "VALUES ('a', 1, 'pen', 1.50, DATE '2026-01-02'), ('a', 2, 'ink', 7.25, NULL)"));
      assertEquals(
          List.of("1|pen|1.50|2026-01-02", "2|ink|7.25|null"),
          SqlModeIT.query(
              c, "SELECT sku, name, price, added FROM writes.items WHERE shop = 'a' ORDER BY sku"));
      assertEquals(
          1,
          s.executeUpdate(
              "UPDATE writes.items SET price = 2.00, name = 'Pen' WHERE shop = 'a' AND sku = 1"));
      assertFalse(s.execute("DELETE FROM writes.items WHERE sku = 2 AND shop = 'a'"));
      assertEquals(1, s.getUpdateCount());
      assertEquals(
          List.of("1|Pen|2.00"),
          SqlModeIT.query(c, "SELECT sku, name, price FROM writes.items WHERE shop = 'a'"));
    }
  }

  @Test
  void should_bind_parameters_and_run_batches() throws Exception {
    try (Connection c = SqlModeIT.sql();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO writes.items (shop, sku, name, price) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < 25; i++) {
        ps.setString(1, "b");
        ps.setInt(2, i);
        ps.setString(3, i == 7 ? "x'); DROP TABLE writes.items; --" : "item " + i);
        ps.setBigDecimal(4, new java.math.BigDecimal(i + ".99"));
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      assertEquals(25, counts.length);
      assertEquals(1, counts[24]);
      assertEquals(
          List.of("25"), SqlModeIT.query(c, "SELECT COUNT(*) FROM writes.items WHERE shop = 'b'"));
      assertEquals(
          List.of("x'); DROP TABLE writes.items; --"),
          SqlModeIT.query(c, "SELECT name FROM writes.items WHERE shop = 'b' AND sku = 7"));
    }
    try (Connection c = SqlModeIT.sql();
        PreparedStatement ps =
            c.prepareStatement("UPDATE writes.items SET price = ? WHERE shop = ? AND sku = ?")) {
      ps.setBigDecimal(1, java.math.BigDecimal.TEN);
      ps.setString(2, "b");
      ps.setInt(3, 3);
      assertEquals(1, ps.executeUpdate());
      assertEquals(
          List.of("10"),
          SqlModeIT.query(c, "SELECT price FROM writes.items WHERE shop = 'b' AND sku = 3"));
    }
  }

  @Test
  void should_refuse_writes_that_do_not_name_one_row() throws Exception {
    try (Connection c = SqlModeIT.sql();
        Statement s = c.createStatement()) {
      for (String sql :
          List.of(
              "UPDATE writes.items SET price = 1 WHERE shop = 'a'",
              "UPDATE writes.items SET price = 1",
              "DELETE FROM writes.items",
              "DELETE FROM writes.items WHERE shop = 'a' AND sku > 1",
              "DELETE FROM writes.items WHERE shop = 'a' AND sku = 1 AND name = 'pen'")) {
        SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
        assertEquals("42000", e.getSQLState(), sql);
        assertTrue(e.getMessage().contains("full primary key (shop, sku)"), e.getMessage());
      }
      SQLException key =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate("INSERT INTO writes.items (shop, name) VALUES ('a', 'no sku')"));
      assertTrue(key.getMessage().contains("sku is missing"), key.getMessage());
      assertEquals(
          "42S02",
          assertThrows(
                  SQLException.class, () -> s.executeUpdate("DELETE FROM writes.nope WHERE a = 1"))
              .getSQLState());
      assertEquals(
          "42S22",
          assertThrows(
                  SQLException.class,
                  () ->
                      s.executeUpdate(
                          "UPDATE writes.items SET nope = 1 WHERE shop = 'a' AND sku = 1"))
              .getSQLState());
      assertEquals(
          "22018",
          assertThrows(
                  SQLException.class,
                  () ->
                      s.executeUpdate(
                          "UPDATE writes.items SET price = 'cheap' WHERE shop = 'a' AND sku = 1"))
              .getSQLState());
    }
  }

  @Test
  void should_write_in_the_default_keyspace_with_unquoted_names_in_any_case() throws Exception {
    try (Connection c =
            java.sql.DriverManager.getConnection(url("/writes?queryMode=sql"), USER, PASSWORD);
        Statement s = c.createStatement()) {
      assertEquals(
          1, s.executeUpdate("INSERT INTO ITEMS (SHOP, SKU, NAME) VALUES ('c', 1, 'upper')"));
      assertArrayEquals(
          new Object[] {"upper"},
          SqlModeIT.query(c, "SELECT name FROM items WHERE shop = 'c'").toArray());
    }
  }
}
