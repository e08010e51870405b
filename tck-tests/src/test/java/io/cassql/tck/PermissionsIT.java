package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cassandra's own authorisation (PasswordAuthenticator, CassandraAuthorizer) seen through the
 * driver: a query on a table the role may not SELECT fails with 42000 in SQL and CQL mode and shows
 * no row; DatabaseMetaData shows a limited role only the keyspaces and tables it may read (grants
 * of roles it inherits included), and exactly those: every table listed can be read, every table
 * left out is refused by Cassandra. The superuser sees everything.
 */
class PermissionsIT extends CassandraTestSupport {
  /** SELECT on the keyspace perm_open, inherited from the role perm_open_readers. */
  private static final String KEYSPACE_READER = "perm_ks_reader";

  /** SELECT on the table perm_open.items only. */
  private static final String TABLE_READER = "perm_table_reader";

  private static final String SECRET = "perm-pw-3x9";

  @BeforeAll
  static void rolesAndData() throws Exception {
    keyspace("perm_open");
    keyspace("perm_closed");
    cql(
        "CREATE TABLE IF NOT EXISTS perm_open.items (id int PRIMARY KEY, name text, tags list<text>)",
        "CREATE TABLE IF NOT EXISTS perm_open.payroll (id int PRIMARY KEY, salary int)",
        "CREATE TABLE IF NOT EXISTS perm_closed.vault (id int PRIMARY KEY, secret text)",
        "INSERT INTO perm_open.items (id, name, tags) VALUES (1, 'pen', ['blue'])",
        "INSERT INTO perm_open.payroll (id, salary) VALUES (1, 100000)",
        "INSERT INTO perm_closed.vault (id, secret) VALUES (1, 'gold')",
        "CREATE ROLE IF NOT EXISTS perm_open_readers WITH LOGIN = false",
        "GRANT SELECT ON KEYSPACE perm_open TO perm_open_readers",
        "CREATE ROLE IF NOT EXISTS "
            + KEYSPACE_READER
            + " WITH PASSWORD = '"
            + SECRET
            + "' AND LOGIN = true",
        "GRANT perm_open_readers TO " + KEYSPACE_READER,
        "CREATE ROLE IF NOT EXISTS "
            + TABLE_READER
            + " WITH PASSWORD = '"
            + SECRET
            + "' AND LOGIN = true",
        "GRANT SELECT ON TABLE perm_open.items TO " + TABLE_READER);
  }

  private static Connection as(String role, String mode) throws SQLException {
    return DriverManager.getConnection(url("?queryMode=" + mode), role, SECRET);
  }

  /** The query must fail with 42000 naming the missing permission, before any row is seen. */
  private static void refused(Connection c, String query) {
    List<String> seen = new ArrayList<>();
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> {
              try (Statement s = c.createStatement();
                  ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                  seen.add(rs.getString(1));
                }
              }
            },
            query);
    assertEquals("42000", e.getSQLState(), query + ": " + e.getMessage());
    assertTrue(e.getMessage().toLowerCase().contains("permission"), e.getMessage());
    assertTrue(e.getMessage().contains("SELECT"), e.getMessage());
    assertEquals(List.of(), seen, "rows seen despite the refusal");
  }

  @Test
  void should_refuse_a_table_without_select_in_cql_and_sql_mode() throws Exception {
    for (String mode : List.of("cql", "sql")) {
      try (Connection c = as(TABLE_READER, mode)) {
        refused(c, "SELECT salary FROM perm_open.payroll");
        refused(c, "SELECT salary FROM perm_open.payroll WHERE id = 1");
        refused(c, "SELECT secret FROM perm_closed.vault");
        assertEquals(
            List.of("pen"), SqlModeIT.query(c, "SELECT name FROM perm_open.items WHERE id = 1"));
      }
    }
  }

  @Test
  void should_refuse_a_join_that_touches_an_unreadable_table_in_sql_mode() throws Exception {
    try (Connection c = as(TABLE_READER, "sql")) {
      refused(
          c,
          "SELECT i.name, p.salary FROM perm_open.items i JOIN perm_open.payroll p ON i.id = p.id");
    }
  }

  @Test
  void should_show_a_keyspace_reader_its_keyspace_and_no_other_in_both_modes() throws Exception {
    for (String mode : List.of("cql", "sql")) {
      try (Connection c = as(KEYSPACE_READER, mode)) {
        DatabaseMetaData md = c.getMetaData();
        Set<String> schemas = column(md.getSchemas(), "TABLE_SCHEM");
        assertTrue(schemas.contains("perm_open"), schemas.toString());
        assertTrue(schemas.contains("system_schema"), "readable by every role: " + schemas);
        assertFalse(schemas.contains("perm_closed"), schemas.toString());
        assertFalse(schemas.contains("system_auth"), schemas.toString());
        Set<String> open = column(md.getTables(null, "perm_open", "%", null), "TABLE_NAME");
        Set<String> expected =
            mode.equals("sql")
                ? Set.of("items", "items_vt_tags", "payroll")
                : Set.of("items", "payroll");
        assertEquals(expected, open);
        assertEquals(Set.of(), column(md.getTables(null, "perm_closed", "%", null), "TABLE_NAME"));
        assertEquals(
            Set.of(), column(md.getColumns(null, "perm_closed", "vault", "%"), "COLUMN_NAME"));
        assertEquals(
            Set.of(), column(md.getPrimaryKeys(null, "perm_closed", "vault"), "COLUMN_NAME"));
        assertEquals(
            Set.of("id", "salary"),
            column(md.getColumns(null, "perm_open", "payroll", "%"), "COLUMN_NAME"));
      }
    }
  }

  @Test
  void should_show_a_table_reader_only_its_table() throws Exception {
    try (Connection c = as(TABLE_READER, "cql")) {
      DatabaseMetaData md = c.getMetaData();
      assertEquals(
          Set.of("items"), column(md.getTables(null, "perm_open", "%", null), "TABLE_NAME"));
      assertEquals(
          Set.of(), column(md.getColumns(null, "perm_open", "payroll", "%"), "COLUMN_NAME"));
      Set<String> schemas = column(md.getSchemas(), "TABLE_SCHEM");
      assertTrue(schemas.contains("perm_open"), schemas.toString());
      assertFalse(schemas.contains("perm_closed"), schemas.toString());
    }
  }

  @Test
  void should_list_exactly_the_tables_cassandra_lets_the_role_read() throws Exception {
    Set<String> everything;
    try (Connection c = connect()) {
      everything = tables(c.getMetaData());
      assertTrue(everything.contains("perm_closed.vault"), "the superuser sees everything");
      assertTrue(everything.contains("system_auth.roles"), "the superuser sees everything");
    }
    try (Connection c = as(KEYSPACE_READER, "cql")) {
      Set<String> listed = tables(c.getMetaData());
      List<String> wrong = new ArrayList<>();
      for (String table : everything) {
        boolean readable = readable(c, table);
        if (readable != listed.contains(table)) {
          wrong.add(
              table + (readable ? " is readable but not listed" : " is listed but not readable"));
        }
      }
      assertEquals(List.of(), wrong);
      assertTrue(
          listed.contains("perm_open.items") && listed.contains("system.local"), listed.toString());
    }
  }

  /** Whether Cassandra lets the connection's role SELECT from {@code table} (42000 means no). */
  private static boolean readable(Connection c, String table) throws SQLException {
    String[] name = table.split("\\.", 2);
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT * FROM \"" + name[0] + "\".\"" + name[1] + "\" LIMIT 1")) {
      rs.next();
      return true;
    } catch (SQLException e) {
      if (!"42000".equals(e.getSQLState()) || !e.getMessage().contains("permission")) {
        throw e;
      }
      return false;
    }
  }

  private static Set<String> tables(DatabaseMetaData md) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE", "SYSTEM TABLE"})) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"));
      }
    }
    return out;
  }

  private static Set<String> column(ResultSet rs, String name) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (rs) {
      while (rs.next()) {
        out.add(rs.getString(name));
      }
    }
    return out;
  }
}
