package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code DatabaseMetaData.getColumns} agrees with the {@code ResultSetMetaData} of {@code SELECT *}
 * in every mode, column by column, over a table with every CQL type and every collection kind (and,
 * in SQL mode, the virtual table of each collection): DATA_TYPE, TYPE_NAME, COLUMN_SIZE,
 * DECIMAL_DIGITS, NUM_PREC_RADIX, NULLABLE and IS_NULLABLE. A tool that generates code or a schema
 * from {@code getColumns} then gets the types its queries will return.
 */
class MetadataAgreementIT extends CassandraTestSupport {
  private static final Set<Integer> NUMERIC =
      Set.of(
          Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.REAL,
          Types.FLOAT,
          Types.DOUBLE,
          Types.DECIMAL,
          Types.NUMERIC);

  @BeforeAll
  static void schema() throws Exception {
    keyspace("agree");
    cql(
        "CREATE TYPE IF NOT EXISTS agree.address (street text, zip int)",
        "CREATE TABLE IF NOT EXISTS agree.every_type (k_text text, k_int int, c_ts timestamp, c_uuid uuid, "
            + "a ascii, b bigint, bl blob, bo boolean, d date, de decimal, db double, du duration, f float, "
            + "i inet, n int, s smallint, t text, tm time, ts timestamp, tu timeuuid, ti tinyint, u uuid, "
            + "vc varchar, vi varint, vec vector<float, 3>, tup tuple<int, text>, addr frozen<address>, "
            + "fl frozen<list<int>>, fs frozen<set<text>>, fm frozen<map<text, int>>, "
            + "l list<decimal>, st set<uuid>, m map<date, varint>, "
            + "PRIMARY KEY ((k_text, k_int), c_ts, c_uuid))",
        "CREATE TABLE IF NOT EXISTS agree.counts (k bigint PRIMARY KEY, c counter)",
        "INSERT INTO agree.every_type (k_text, k_int, c_ts, c_uuid, de, l, st, m) VALUES ('a', 1, "
            + "'2026-01-02T03:04:05Z', 3f2504e0-4f89-11d3-9a0c-0305e82c3301, 1.25, [1.5], "
            + "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}, {'2026-01-02': 7})",
        "UPDATE agree.counts SET c = c + 1 WHERE k = 1");
  }

  private static Connection open(String mode) throws Exception {
    return DriverManager.getConnection(url("?queryMode=" + mode), USER, PASSWORD);
  }

  @Test
  void sql_mode_metadata_agrees_with_select_for_every_type_and_every_virtual_table()
      throws Exception {
    try (Connection c = open("sql")) {
      assertEquals(
          List.of(),
          disagreements(
              c,
              List.of(
                  "every_type",
                  "counts",
                  "every_type_vt_l",
                  "every_type_vt_st",
                  "every_type_vt_m")));
    }
  }

  @Test
  void auto_mode_shows_the_sql_view_its_selects_report() throws Exception {
    try (Connection c = open("auto")) {
      assertEquals(List.of(), disagreements(c, List.of("every_type", "counts", "every_type_vt_m")));
    }
  }

  @Test
  void cql_mode_metadata_agrees_with_select_for_every_type() throws Exception {
    try (Connection c = connect()) {
      assertEquals(List.of(), disagreements(c, List.of("every_type", "counts")));
    }
  }

  /** Every difference between getColumns and the result of {@code SELECT *}, one line each. */
  private static List<String> disagreements(Connection c, List<String> tables) throws Exception {
    List<String> out = new ArrayList<>();
    DatabaseMetaData md = c.getMetaData();
    String esc = md.getSearchStringEscape();
    for (String table : tables) {
      try (Statement st = c.createStatement();
          ResultSet select = st.executeQuery("SELECT * FROM agree." + table);
          ResultSet cols = md.getColumns(null, "agree", table.replace("_", esc + "_"), null)) {
        ResultSetMetaData rsmd = select.getMetaData();
        int i = 0;
        while (cols.next()) {
          i++;
          String where = table + "." + cols.getString("COLUMN_NAME") + ": ";
          if (i > rsmd.getColumnCount()) {
            out.add(where + "not in the result");
            continue;
          }
          compare(out, where + "name", rsmd.getColumnName(i), cols.getString("COLUMN_NAME"));
          compare(out, where + "DATA_TYPE", rsmd.getColumnType(i), cols.getInt("DATA_TYPE"));
          compare(out, where + "TYPE_NAME", rsmd.getColumnTypeName(i), cols.getString("TYPE_NAME"));
          compare(out, where + "COLUMN_SIZE", rsmd.getPrecision(i), cols.getInt("COLUMN_SIZE"));
          compare(out, where + "DECIMAL_DIGITS", rsmd.getScale(i), cols.getInt("DECIMAL_DIGITS"));
          compare(
              out,
              where + "NUM_PREC_RADIX",
              NUMERIC.contains(rsmd.getColumnType(i)) ? 10 : null,
              cols.getObject("NUM_PREC_RADIX"));
          compare(out, where + "NULLABLE", rsmd.isNullable(i), cols.getInt("NULLABLE"));
          String isNullable =
              switch (rsmd.isNullable(i)) {
                case ResultSetMetaData.columnNoNulls -> "NO";
                case ResultSetMetaData.columnNullable -> "YES";
                default -> "";
              };
          compare(out, where + "IS_NULLABLE", isNullable, cols.getString("IS_NULLABLE"));
        }
        if (i != rsmd.getColumnCount()) {
          out.add(
              table
                  + ": getColumns lists "
                  + i
                  + " columns, SELECT * returns "
                  + rsmd.getColumnCount());
        }
        assertFalse(i == 0, "getColumns found table " + table);
      }
    }
    return out;
  }

  private static void compare(List<String> out, String what, Object select, Object metadata) {
    if (select == null ? metadata != null : !select.equals(metadata)) {
      out.add(what + " SELECT says " + select + ", getColumns says " + metadata);
    }
  }
}
