package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DatabaseMetaData from the driver's schema metadata: tables, columns, keys and foreign keys. */
class DatabaseMetaDataIT extends CassandraTestSupport {

  @BeforeAll
  static void load() throws Exception {
    SeedData.load();
    keyspace("meta_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS meta_ks.events (a text, b int, c timestamp, v text, PRIMARY KEY ((a, b), c))",
        "CREATE INDEX IF NOT EXISTS events_v ON meta_ks.events (v)");
  }

  static List<String> column(ResultSet rs, String name) throws SQLException {
    List<String> out = new ArrayList<>();
    while (rs.next()) {
      out.add(rs.getString(name));
    }
    return out;
  }

  static List<String> labels(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      out.add(md.getColumnName(i));
    }
    return out;
  }

  @Test
  void should_list_base_and_virtual_tables_with_remarks_in_sql_mode() throws Exception {
    try (Connection c = SqlModeIT.sql()) {
      DatabaseMetaData md = c.getMetaData();
      assertEquals(
          List.of(
              "TABLE_CAT",
              "TABLE_SCHEM",
              "TABLE_NAME",
              "TABLE_TYPE",
              "REMARKS",
              "TYPE_CAT",
              "TYPE_SCHEM",
              "TYPE_NAME",
              "SELF_REFERENCING_COL_NAME",
              "REF_GENERATION"),
          labels(md.getTables(null, null, null, null)));
      assertEquals(
          List.of(
              "ExampleTable",
              "ExampleTable_vt_List",
              "ExampleTable_vt_Map",
              "ExampleTable_vt_StringSet"),
          column(md.getTables(null, "mykeyspace", "%", new String[] {"TABLE"}), "TABLE_NAME"));
      try (ResultSet rs = md.getTables(null, "mykeyspace", "ExampleTable\\_vt\\_Map", null)) {
        assertTrue(rs.next());
        assertEquals("TABLE", rs.getString("TABLE_TYPE"));
        assertTrue(
            rs.getString("REMARKS").contains("collection column Map"), rs.getString("REMARKS"));
        assertFalse(rs.next());
      }
      assertTrue(
          column(md.getTables(null, "system%", null, new String[] {"SYSTEM TABLE"}), "TABLE_NAME")
              .contains("local"));
      assertEquals(
          List.of("SYSTEM TABLE", "TABLE", "VIEW"), column(md.getTableTypes(), "TABLE_TYPE"));
      assertTrue(
          column(md.getSchemas(), "TABLE_SCHEM")
              .containsAll(List.of("mykeyspace", "meta_ks", "system")));
      assertEquals(List.of("mykeyspace"), column(md.getSchemas(null, "my%"), "TABLE_SCHEM"));
      assertFalse(md.getCatalogs().next());
    }
  }

  @Test
  void should_describe_columns_keys_and_foreign_keys() throws Exception {
    try (Connection c = SqlModeIT.sql()) {
      DatabaseMetaData md = c.getMetaData();
      try (ResultSet rs = md.getColumns(null, "mykeyspace", "ExampleTable_vt_Map", null)) {
        assertEquals(24, rs.getMetaData().getColumnCount());
        assertTrue(rs.next());
        assertEquals("pk_int", rs.getString("COLUMN_NAME"));
        assertEquals(Types.INTEGER, rs.getInt("DATA_TYPE"));
        assertEquals(DatabaseMetaData.columnNoNulls, rs.getInt("NULLABLE"));
        assertEquals("NO", rs.getString("IS_NULLABLE"));
        assertEquals(1, rs.getInt("ORDINAL_POSITION"));
        assertTrue(rs.next());
        assertEquals("Map_key", rs.getString("COLUMN_NAME"));
        assertEquals(
            "VARCHAR", rs.getString("TYPE_NAME"), "the type a SELECT of the column reports");
        assertTrue(rs.next());
        assertEquals("Map_value", rs.getString("COLUMN_NAME"));
        assertEquals("YES", rs.getString("IS_NULLABLE"));
        assertEquals("NO", rs.getString("IS_AUTOINCREMENT"));
        assertFalse(rs.next());
      }
      assertEquals(
          List.of("a", "b", "c"),
          column(md.getPrimaryKeys(null, "meta_ks", "events"), "COLUMN_NAME"));
      try (ResultSet rs = md.getPrimaryKeys(null, "meta_ks", "events")) {
        List<String> seq = new ArrayList<>();
        while (rs.next()) {
          seq.add(rs.getString("COLUMN_NAME") + rs.getShort("KEY_SEQ"));
        }
        assertEquals(List.of("a1", "b2", "c3"), seq, "partition then clustering order");
      }
      try (ResultSet rs = md.getImportedKeys(null, "mykeyspace", "ExampleTable_vt_List")) {
        assertTrue(rs.next());
        assertEquals("ExampleTable", rs.getString("PKTABLE_NAME"));
        assertEquals("pk_int", rs.getString("PKCOLUMN_NAME"));
        assertEquals("ExampleTable_vt_List", rs.getString("FKTABLE_NAME"));
        assertEquals(1, rs.getShort("KEY_SEQ"));
        assertFalse(rs.next());
      }
      assertEquals(
          List.of("ExampleTable_vt_List", "ExampleTable_vt_Map", "ExampleTable_vt_StringSet"),
          column(md.getExportedKeys(null, "mykeyspace", "ExampleTable"), "FKTABLE_NAME"));
      assertEquals(
          List.of("pk_int"),
          column(
              md.getCrossReference(
                  null,
                  "mykeyspace",
                  "ExampleTable",
                  null,
                  "mykeyspace",
                  "ExampleTable_vt_StringSet"),
              "FKCOLUMN_NAME"));
      assertEquals(
          List.of("v"),
          column(md.getIndexInfo(null, "meta_ks", "events", false, true), "COLUMN_NAME"));
    }
  }

  @Test
  void should_tell_the_truth_about_sql_mode_and_cassandra() throws Exception {
    try (Connection sql = SqlModeIT.sql();
        Connection cql = connect()) {
      DatabaseMetaData md = sql.getMetaData();
      assertEquals("Apache Cassandra", md.getDatabaseProductName());
      assertTrue(md.getDatabaseProductVersion().startsWith("5.0"), md.getDatabaseProductVersion());
      assertEquals(5, md.getDatabaseMajorVersion());
      assertEquals("\"", md.getIdentifierQuoteString());
      assertFalse(md.supportsTransactions());
      assertEquals(Connection.TRANSACTION_NONE, md.getDefaultTransactionIsolation());
      assertTrue(
          md.supportsFullOuterJoins()
              && md.supportsCorrelatedSubqueries()
              && md.supportsUnion()
              && md.supportsGroupBy()
              && md.supportsANSI92EntryLevelSQL());
      assertFalse(cql.getMetaData().supportsFullOuterJoins(), "CQL mode has no joins");
      assertEquals(
          List.of("ExampleTable"),
          column(cql.getMetaData().getTables(null, "mykeyspace", null, null), "TABLE_NAME"));
      assertTrue(
          column(
                  cql.getMetaData().getColumns(null, "mykeyspace", "ExampleTable", null),
                  "COLUMN_NAME")
              .contains("List"),
          "CQL mode shows collection columns in place");
      assertTrue(
          column(md.getTypeInfo(), "TYPE_NAME")
              .containsAll(List.of("decimal", "varint", "uuid", "list")));
      assertFalse(md.getProcedures(null, null, null).next());
      assertEquals(9, md.getProcedures(null, null, null).getMetaData().getColumnCount());
    }
  }
}
