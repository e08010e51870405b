package io.cassql.tck;

import static io.cassql.tck.BundleLoader.withForeignContextLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The self-contained -all.jar works on its own, in a class loader that sees nothing else: SQL mode
 * (joins, aggregates and expressions compiled at run time by the relocated Janino), CQL mode,
 * prepared statements in both modes, metadata, virtual tables, dates and timestamps.
 */
class BundleJarIT extends CassandraTestSupport {
  private static final Instant PLACED_1 = Instant.parse("2024-02-29T23:30:00.123Z");
  private static final Instant PLACED_2 = Instant.parse("1969-07-20T20:17:40Z");
  private static BundleLoader bundle;

  @BeforeAll
  static void loadBundleAndData() throws Exception {
    bundle = BundleLoader.over(List.of(BundleLoader.bundle()));
    SeedData.load();
    keyspace("bundle_ks");
    cql(
        "DROP TABLE IF EXISTS bundle_ks.orders",
        "DROP TABLE IF EXISTS bundle_ks.customers",
        "CREATE TABLE bundle_ks.customers (id int PRIMARY KEY, name text)",
        "CREATE TABLE bundle_ks.orders (id int PRIMARY KEY, customer int, amount decimal,"
            + " placed timestamp, placed_on date, tags set<text>)");
    // the rows go in through the bundle's own CQL-mode prepared statements
    withForeignContextLoader(
        () -> {
          try (Connection c = bundle.connect(url("/bundle_ks?queryMode=cql"))) {
            try (PreparedStatement p =
                c.prepareStatement("INSERT INTO customers (id, name) VALUES (?, ?)")) {
              for (Object[] row : new Object[][] {{1, "ada"}, {2, "bob"}, {3, "cyd"}}) {
                p.setInt(1, (Integer) row[0]);
                p.setString(2, (String) row[1]);
                p.executeUpdate();
              }
            }
            try (PreparedStatement p =
                c.prepareStatement(
                    "INSERT INTO orders (id, customer, amount, placed, placed_on) VALUES (?, ?, ?, ?, ?)")) {
              insertOrder(p, 10, 1, "12.50", PLACED_1, LocalDate.of(2024, 2, 29));
              insertOrder(p, 11, 1, "7.25", PLACED_2, LocalDate.of(1969, 7, 20));
              insertOrder(p, 12, 2, "100.00", PLACED_1, LocalDate.of(2024, 2, 29));
            }
          }
          return null;
        });
  }

  private static void insertOrder(
      PreparedStatement p, int id, int customer, String amount, Instant placed, LocalDate day)
      throws SQLException {
    p.setInt(1, id);
    p.setInt(2, customer);
    p.setBigDecimal(3, new BigDecimal(amount));
    p.setTimestamp(4, Timestamp.from(placed));
    p.setDate(5, Date.valueOf(day));
    p.executeUpdate();
  }

  @AfterAll
  static void closeBundle() throws Exception {
    bundle.close();
  }

  @Test
  void should_answer_a_join_with_aggregates_and_computed_columns_in_sql_mode() throws Exception {
    List<String> rows =
        withForeignContextLoader(
            () -> {
              try (Connection c = bundle.connect(url("/bundle_ks?queryMode=sql"))) {
                return rows(
                    c,
                    "SELECT c.name, COUNT(*) AS n, SUM(o.amount) AS total,"
                        + " MAX(o.amount) * 2 + 1 AS computed, UPPER(c.name) || '!' AS shout"
                        + " FROM orders o JOIN customers c ON o.customer = c.id"
                        + " GROUP BY c.name HAVING COUNT(*) >= 1 ORDER BY total DESC");
              }
            });
    assertEquals(List.of("bob|1|100.00|201.00|BOB!", "ada|2|19.75|26.00|ADA!"), rows);
  }

  @Test
  void should_answer_an_outer_join_and_a_subquery_in_sql_mode() throws Exception {
    List<String> rows =
        withForeignContextLoader(
            () -> {
              try (Connection c = bundle.connect(url("/bundle_ks?queryMode=sql"))) {
                return rows(
                    c,
                    "SELECT c.id, CAST(COALESCE(SUM(o.amount), 0) AS DECIMAL(10, 2)) FROM customers c"
                        + " LEFT JOIN orders o ON o.customer = c.id"
                        + " WHERE c.id IN (SELECT id FROM customers WHERE name <> 'zed')"
                        + " GROUP BY c.id ORDER BY c.id");
              }
            });
    assertEquals(List.of("1|19.75", "2|100.00", "3|0.00"), rows);
  }

  @Test
  void should_read_the_same_dates_and_timestamps_in_both_modes() throws Exception {
    for (String mode : List.of("sql", "cql")) {
      withForeignContextLoader(
          () -> {
            try (Connection c = bundle.connect(url("/bundle_ks?queryMode=" + mode));
                PreparedStatement p =
                    c.prepareStatement("SELECT placed, placed_on FROM orders WHERE id = ?")) {
              p.setInt(1, 11);
              try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next(), mode);
                assertEquals(PLACED_2, rs.getTimestamp(1).toInstant(), mode);
                assertEquals(Date.valueOf(LocalDate.of(1969, 7, 20)), rs.getDate(2), mode);
                assertEquals(LocalDate.of(1969, 7, 20), rs.getObject(2, LocalDate.class), mode);
                assertFalse(rs.next(), mode);
              }
            }
            return null;
          });
    }
    List<String> byDay =
        withForeignContextLoader(
            () -> {
              try (Connection c = bundle.connect(url("/bundle_ks?queryMode=sql"))) {
                return rows(
                    c,
                    "SELECT id, EXTRACT(YEAR FROM placed), placed + INTERVAL '1' DAY"
                        + " FROM orders WHERE placed_on = DATE '2024-02-29' ORDER BY id");
              }
            });
    assertEquals(2, byDay.size(), byDay.toString());
    assertEquals("10|2024|2024-03-01T23:30:00.123Z", byDay.get(0));
  }

  @Test
  void should_pass_cql_through_and_return_collections_as_jdk_types() throws Exception {
    withForeignContextLoader(
        () -> {
          try (Connection c = bundle.connect(url("/mykeyspace?queryMode=cql"));
              Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT \"List\", \"Map\" FROM \"ExampleTable\" WHERE pk_int = 1")) {
            assertTrue(rs.next());
            assertEquals("[\"1\",\"2\",\"3\"]", rs.getString(1));
            assertEquals("{\"S1\":\"a\",\"S2\":\"b\"}", rs.getString(2));
            assertTrue(
                rs.getObject(2).getClass().getName().startsWith("java."),
                "a JDK type, not a relocated one: " + rs.getObject(2).getClass());
          }
          return null;
        });
  }

  @Test
  void should_read_virtual_tables_and_join_them_with_their_base_table() throws Exception {
    List<String> rows =
        withForeignContextLoader(
            () -> {
              try (Connection c = bundle.connect(url("/mykeyspace?queryMode=sql"))) {
                return rows(
                    c,
                    "SELECT t.\"Value\", l.\"List_index\", l.\"List_value\""
                        + " FROM \"ExampleTable\" t JOIN \"ExampleTable_vt_List\" l"
                        + " ON l.pk_int = t.pk_int WHERE t.pk_int = 1 ORDER BY l.\"List_index\"");
              }
            });
    assertEquals(List.of("sample value 1|0|1", "sample value 1|1|2", "sample value 1|2|3"), rows);
  }

  @Test
  void should_describe_tables_columns_and_keys() throws Exception {
    withForeignContextLoader(
        () -> {
          try (Connection c = bundle.connect(url("/bundle_ks?queryMode=sql"))) {
            DatabaseMetaData md = c.getMetaData();
            assertEquals("CasSQL", md.getDriverName().substring(0, 6));
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, "bundle_ks", "%", new String[] {"TABLE"})) {
              while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
              }
            }
            assertTrue(tables.containsAll(List.of("customers", "orders")), tables.toString());
            try (ResultSet rs = md.getColumns(null, "bundle_ks", "orders", "amount")) {
              assertTrue(rs.next());
              assertEquals(Types.DECIMAL, rs.getInt("DATA_TYPE"));
            }
            try (ResultSet rs = md.getPrimaryKeys(null, "bundle_ks", "orders")) {
              assertTrue(rs.next());
              assertEquals("id", rs.getString("COLUMN_NAME"));
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM customers")) {
              assertEquals(Types.INTEGER, rs.getMetaData().getColumnType(1));
            }
          }
          return null;
        });
  }

  @Test
  void should_register_only_cassql_and_describe_its_properties() throws Exception {
    assertTrue(bundle.driver().getPropertyInfo(url(""), new Properties()).length > 10);
    assertFalse(
        System.getProperty("java.class.path").contains("cassandra-all"),
        "cassandra-all is not on the test class path either: the node runs in its own JVM");
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return SqlModeIT.rows(rs);
    }
  }
}
