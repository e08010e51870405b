package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed example of the product brief, in CQL mode: collections come back as JSON text. */
class SeedExampleIT extends CassandraTestSupport {

  @BeforeAll
  static void load() throws Exception {
    SeedData.load();
  }

  @Test
  void should_return_collections_as_json_text() throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM mykeyspace.\"ExampleTable\"")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(
            rs.getInt("pk_int")
                + "|"
                + rs.getString("Value")
                + "|"
                + rs.getString("List")
                + "|"
                + rs.getString("Map")
                + "|"
                + rs.getString("StringSet"));
      }
      rows.sort(null);
      assertEquals(
          List.of(
              "1|sample value 1|[\"1\",\"2\",\"3\"]|{\"S1\":\"a\",\"S2\":\"b\"}|[\"A\",\"B\",\"C\"]",
              "3|sample value 3|[\"100\",\"101\",\"102\",\"105\"]|{\"S1\":\"t\"}|[\"A\",\"E\"]"),
          rows);
    }
  }

  @Test
  void should_describe_collection_columns_as_varchar_with_cassandra_type_names() throws Exception {
    try (Connection c = connect("/mykeyspace");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT pk_int, \"List\", \"Map\", \"StringSet\" FROM \"ExampleTable\" WHERE pk_int = 1")) {
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(Types.INTEGER, md.getColumnType(1));
      assertEquals("int", md.getColumnTypeName(1));
      assertEquals(Types.VARCHAR, md.getColumnType(2));
      assertEquals("list<text>", md.getColumnTypeName(2));
      assertEquals("map<text, text>", md.getColumnTypeName(3));
      assertEquals("set<text>", md.getColumnTypeName(4));
      assertEquals("mykeyspace", md.getSchemaName(2));
      assertEquals("ExampleTable", md.getTableName(2));
      assertEquals(String.class.getName(), md.getColumnClassName(2));
      assertTrue(rs.next());
      assertEquals("[\"1\",\"2\",\"3\"]", rs.getObject(2));
      assertFalse(rs.next());
    }
  }
}
