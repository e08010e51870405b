package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read side of virtual tables: one row per collection element, key predicates pushed. */
class VirtualTablesIT extends CassandraTestSupport {

  @BeforeAll
  static void load() throws Exception {
    SeedData.load();
    keyspace("vt");
    cql(
        "CREATE TABLE IF NOT EXISTS vt.kinds (p int, c int, ints list<int>, stamps map<text, timestamp>, "
            + "frozen_set frozen<set<uuid>>, nested list<frozen<map<text, int>>>, PRIMARY KEY ((p), c))",
        "INSERT INTO vt.kinds (p, c, ints, stamps, frozen_set, nested) VALUES (1, 1, [10, 20], "
            + "{'a': '2026-01-02T03:04:05.006Z'}, {3f2504e0-4f89-11d3-9a0c-0305e82c3301}, [{'x': 1}])",
        "INSERT INTO vt.kinds (p, c, ints, stamps) VALUES (1, 2, [], {})",
        "INSERT INTO vt.kinds (p, c) VALUES (2, 1)");
  }

  @Test
  void should_show_the_seed_example_as_virtual_tables() throws Exception {
    try (Connection c = SqlModeIT.sql()) {
      assertEquals(
          List.of("1|sample value 1", "3|sample value 3"),
          SqlModeIT.query(c, "SELECT * FROM mykeyspace.\"ExampleTable\" ORDER BY pk_int"));
      assertEquals(
          List.of("1|0|1", "1|1|2", "1|2|3", "3|0|100", "3|1|101", "3|2|102", "3|3|105"),
          SqlModeIT.query(
              c,
              "SELECT * FROM mykeyspace.\"ExampleTable_vt_List\" ORDER BY pk_int, \"List_index\""));
      assertEquals(
          List.of("1|S1|a", "1|S2|b", "3|S1|t"),
          SqlModeIT.query(c, "SELECT * FROM mykeyspace.exampletable_vt_map ORDER BY 1, 2"));
      assertEquals(
          List.of("1|A", "1|B", "1|C", "3|A", "3|E"),
          SqlModeIT.query(c, "SELECT * FROM mykeyspace.ExampleTable_vt_StringSet ORDER BY 1, 2"));
    }
  }

  @Test
  void should_push_key_predicates_and_read_only_the_key_and_the_collection() throws Exception {
    try (Connection c = SqlModeIT.sql()) {
      assertEquals(
          List.of("1|0|1", "1|1|2", "1|2|3"),
          SqlModeIT.query(c, "SELECT * FROM mykeyspace.\"ExampleTable_vt_List\" WHERE pk_int = 1"));
      assertEquals(
          "SELECT pk_int, \"List\" FROM mykeyspace.\"ExampleTable\" WHERE pk_int = ?",
          SqlModeIT.lastCql(c));
      assertEquals(
          List.of("3"),
          SqlModeIT.query(
              c,
              "SELECT pk_int FROM mykeyspace.\"ExampleTable_vt_List\" WHERE \"List_value\" = '105'"));
      assertEquals(
          "SELECT pk_int, \"List\" FROM mykeyspace.\"ExampleTable\" WHERE token(pk_int) > ? "
              + "AND token(pk_int) <= ?",
          SqlModeIT.lastCql(c),
          "a full read of a virtual table splits by token range");
    }
  }

  /** The CQL sent while running {@code sql}. */
  private static List<String> cqlSentBy(Connection c, String sql) throws Exception {
    List<String> before = c.unwrap(io.cassql.jdbc.CasSqlConnection.class).recentPushedCql();
    SqlModeIT.query(c, sql);
    List<String> after = c.unwrap(io.cassql.jdbc.CasSqlConnection.class).recentPushedCql();
    return after.subList(before.size(), after.size());
  }

  @Test
  void should_read_the_table_once_for_a_join_of_a_base_table_with_its_virtual_tables()
      throws Exception {
    String join =
        "SELECT b.pk_int, b.\"Value\", l.\"List_index\", l.\"List_value\", m.\"Map_key\", m.\"Map_value\" "
            + "FROM mykeyspace.\"ExampleTable\" b "
            + "JOIN mykeyspace.\"ExampleTable_vt_List\" l ON b.pk_int = l.pk_int "
            + "JOIN mykeyspace.\"ExampleTable_vt_Map\" m ON m.pk_int = b.pk_int ";
    try (Connection c = SqlModeIT.sql()) {
      assertEquals(
          List.of(
              "1|sample value 1|0|1|S1|a",
              "1|sample value 1|0|1|S2|b",
              "1|sample value 1|1|2|S1|a",
              "1|sample value 1|1|2|S2|b",
              "1|sample value 1|2|3|S1|a",
              "1|sample value 1|2|3|S2|b"),
          SqlModeIT.query(c, join + "WHERE b.pk_int = 1 ORDER BY 3, 5"));
      assertEquals(
          List.of(
              "SELECT pk_int, \"Value\", \"List\", \"Map\" FROM mykeyspace.\"ExampleTable\" WHERE pk_int = ?"),
          cqlSentBy(c, join + "WHERE b.pk_int = 1"),
          "one partition read for the three tables");
      assertEquals(
          List.of(
              "SELECT pk_int, \"Value\", \"List\", \"Map\" FROM mykeyspace.\"ExampleTable\" "
                  + "WHERE token(pk_int) > ? AND token(pk_int) <= ?"),
          cqlSentBy(c, join),
          "one (token-range) read in all");
      assertEquals(
          List.of("1|sample value 1|3|6", "3|sample value 3|4|4"),
          SqlModeIT.query(
              c,
              "SELECT b.pk_int, b.\"Value\", COUNT(DISTINCT l.\"List_index\"), COUNT(*) FROM mykeyspace.\"ExampleTable\" b "
                  + "JOIN mykeyspace.\"ExampleTable_vt_List\" l ON b.pk_int = l.pk_int "
                  + "JOIN mykeyspace.\"ExampleTable_vt_Map\" m ON m.pk_int = b.pk_int GROUP BY b.pk_int, b.\"Value\" ORDER BY 1"));
      String plan = String.join("\n", SqlModeIT.query(c, "EXPLAIN PLAN FOR " + join));
      assertEquals(1, plan.split("CassandraCollectionScan", -1).length - 1, plan);
      assertEquals(false, plan.contains("Join"), plan);
    }
  }

  @Test
  void should_keep_base_rows_without_elements_in_a_left_join_read_once() throws Exception {
    String sql =
        "SELECT k.p, k.c, i.ints_index, i.ints_value FROM vt.kinds k "
            + "LEFT JOIN vt.kinds_vt_ints i ON k.p = i.p AND k.c = i.c";
    try (Connection c = SqlModeIT.sql()) {
      assertEquals(
          List.of("1|1|0|10", "1|1|1|20", "1|2|null|null", "2|1|null|null"),
          SqlModeIT.query(c, sql + " ORDER BY 1, 2, 3"));
      assertEquals(1, cqlSentBy(c, sql).size());
      assertEquals(
          List.of("1|1|0|10", "1|1|1|20"),
          SqlModeIT.query(
              c,
              "SELECT k.p, k.c, i.ints_index, i.ints_value FROM vt.kinds k JOIN vt.kinds_vt_ints i ON k.p = i.p AND k.c = i.c "
                  + "WHERE k.p = 1 ORDER BY 3"));
      assertEquals(
          List.of("SELECT p, c, ints FROM vt.kinds WHERE p = ?"),
          cqlSentBy(
              c,
              "SELECT k.p, k.c, i.ints_value FROM vt.kinds k JOIN vt.kinds_vt_ints i ON k.p = i.p AND k.c = i.c WHERE i.p = 1"));
      assertEquals(
          List.of("1|10"),
          SqlModeIT.query(
              c,
              "SELECT k.c, i.ints_value FROM vt.kinds k "
                  + "JOIN vt.kinds_vt_ints i ON k.p = i.p AND k.c = i.c AND i.ints_index = 0"),
          "a non-key join condition stays a filter");
      assertEquals(
          2,
          cqlSentBy(
                  c,
                  "SELECT k.c, i.ints_value FROM vt.kinds k JOIN vt.kinds_vt_ints i ON k.p = i.p")
              .size(),
          "a join on part of the key reads twice");
    }
  }

  @Test
  void should_join_virtual_tables_with_their_base_table() throws Exception {
    try (Connection c = SqlModeIT.sql()) {
      assertEquals(
          List.of("sample value 1|3", "sample value 3|4"),
          SqlModeIT.query(
              c,
              "SELECT b.\"Value\", COUNT(*) FROM mykeyspace.\"ExampleTable\" b JOIN mykeyspace.\"ExampleTable_vt_List\" l "
                  + "ON b.pk_int = l.pk_int GROUP BY b.\"Value\" ORDER BY 1"));
    }
  }

  @Test
  void should_keep_element_types_and_skip_null_or_empty_collections() throws Exception {
    try (Connection c = SqlModeIT.sql();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("SELECT * FROM vt.kinds_vt_ints ORDER BY p, c, ints_index")) {
        ResultSetMetaData md = rs.getMetaData();
        assertEquals(
            List.of("p", "c", "ints_index", "ints_value"),
            List.of(
                md.getColumnName(1),
                md.getColumnName(2),
                md.getColumnName(3),
                md.getColumnName(4)));
        assertEquals(Types.INTEGER, md.getColumnType(4));
        assertEquals(List.of("1|1|0|10", "1|1|1|20"), SqlModeIT.rows(rs));
      }
      try (ResultSet rs =
          s.executeQuery("SELECT stamps_key, stamps_value FROM vt.kinds_vt_stamps")) {
        assertEquals(Types.VARCHAR, rs.getMetaData().getColumnType(1));
        assertEquals(Types.TIMESTAMP, rs.getMetaData().getColumnType(2));
        rs.next();
        assertEquals("a", rs.getString(1));
        assertEquals(
            java.time.Instant.parse("2026-01-02T03:04:05.006Z"), rs.getTimestamp(2).toInstant());
      }
      assertEquals(
          List.of("1|1|3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
          SqlModeIT.query(c, "SELECT * FROM vt.kinds_vt_frozen_set"));
      assertEquals(
          List.of("1|1|0|{\"x\":1}"), SqlModeIT.query(c, "SELECT * FROM vt.kinds_vt_nested"));
    }
  }

  @Test
  void should_follow_a_custom_separator() throws Exception {
    try (Connection c =
        DriverManager.getConnection(url("?queryMode=sql&vtSeparator=__"), USER, PASSWORD)) {
      assertEquals(
          List.of("3|S1|t"),
          SqlModeIT.query(c, "SELECT * FROM mykeyspace.\"ExampleTable__Map\" WHERE pk_int = 3"));
    }
  }

  private static String collection(String column) throws Exception {
    try (Connection c = connect();
        ResultSet rs =
            c.createStatement().executeQuery("SELECT " + column + " FROM vt.w WHERE k = 1")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void should_write_collection_elements_through_virtual_tables() throws Exception {
    cql(
        "CREATE TABLE IF NOT EXISTS vt.w (k int PRIMARY KEY, l list<text>, s set<int>, m map<text, int>)",
        "TRUNCATE vt.w",
        "INSERT INTO vt.w (k, l, s, m) VALUES (1, ['a'], {1}, {'x': 1})");
    try (Connection c = SqlModeIT.sql();
        Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("INSERT INTO vt.w_vt_l (k, l_value) VALUES (1, 'b')"));
      assertEquals("[\"a\",\"b\"]", collection("l"), "INSERT appends to a list");
      s.executeUpdate("INSERT INTO vt.w_vt_l (k, l_index, l_value) VALUES (1, 0, 'A')");
      assertEquals("[\"A\",\"b\"]", collection("l"), "INSERT with an index sets that element");
      s.executeUpdate("UPDATE vt.w_vt_l SET l_value = 'B' WHERE k = 1 AND l_index = 1");
      assertEquals("[\"A\",\"B\"]", collection("l"));
      s.executeUpdate("DELETE FROM vt.w_vt_l WHERE k = 1 AND l_index = 0");
      assertEquals("[\"B\"]", collection("l"));
      s.executeUpdate("INSERT INTO vt.w_vt_s (k, s_value) VALUES (1, 2)");
      assertEquals("[1,2]", collection("s"), "INSERT adds to a set");
      s.executeUpdate("DELETE FROM vt.w_vt_s WHERE k = 1 AND s_value = 1");
      assertEquals("[2]", collection("s"));
      s.executeUpdate("INSERT INTO vt.w_vt_m (k, m_key, m_value) VALUES (1, 'y', 2)");
      assertEquals("{\"x\":1,\"y\":2}", collection("m"), "INSERT puts into a map");
      s.executeUpdate("UPDATE vt.w_vt_m SET m_value = 5 WHERE k = 1 AND m_key = 'x'");
      s.executeUpdate("DELETE FROM vt.w_vt_m WHERE m_key = 'y' AND k = 1");
      assertEquals("{\"x\":5}", collection("m"));
      try (java.sql.PreparedStatement ps =
          c.prepareStatement("INSERT INTO vt.w_vt_s (k, s_value) VALUES (?, ?)")) {
        for (int i = 10; i < 13; i++) {
          ps.setInt(1, 1);
          ps.setInt(2, i);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      assertEquals("[2,10,11,12]", collection("s"));
      for (String bad :
          List.of(
              "DELETE FROM vt.w_vt_l WHERE k = 1",
              "UPDATE vt.w_vt_m SET m_value = 1 WHERE m_key = 'x'",
              "UPDATE vt.w_vt_m SET k = 2 WHERE k = 1 AND m_key = 'x'",
              "INSERT INTO vt.w_vt_m (k, m_value) VALUES (1, 3)")) {
        java.sql.SQLException e =
            org.junit.jupiter.api.Assertions.assertThrows(
                java.sql.SQLException.class, () -> s.executeUpdate(bad), bad);
        org.junit.jupiter.api.Assertions.assertTrue(
            e.getSQLState().equals("42000") || e.getSQLState().equals("0A000"),
            bad + ": " + e.getSQLState() + " " + e.getMessage());
      }
      assertEquals("{\"x\":5}", collection("m"), "refused writes changed nothing");
    }
  }

  @Test
  void should_treat_static_columns_counters_and_clustering_columns_as_the_base_table_does()
      throws Exception {
    cql(
        "CREATE TABLE IF NOT EXISTS vt.st (p int, c int, owner text static, labels set<text> static, v text, "
            + "PRIMARY KEY ((p), c))",
        "CREATE TABLE IF NOT EXISTS vt.hits (p int, c int, n counter, PRIMARY KEY ((p), c))",
        "INSERT INTO vt.st (p, c, owner, labels, v) VALUES (1, 1, 'ann', {'x', 'y'}, 'one')",
        "INSERT INTO vt.st (p, c, v) VALUES (1, 2, 'two')",
        "UPDATE vt.hits SET n = n + 3 WHERE p = 1 AND c = 1");
    try (Connection c = SqlModeIT.sql()) {
      assertEquals(
          List.of("1|1|ann|one", "1|2|ann|two"),
          SqlModeIT.query(c, "SELECT p, c, owner, v FROM vt.st ORDER BY c"),
          "a static column repeats on every row of its partition");
      assertEquals(
          List.of("1|1|x", "1|1|y", "1|2|x", "1|2|y"),
          SqlModeIT.query(c, "SELECT * FROM vt.st_vt_labels ORDER BY 2, 3"),
          "so does a static collection's virtual table, keyed by the full primary key");
      assertEquals(List.of("1|1|3"), SqlModeIT.query(c, "SELECT * FROM vt.hits"));
    }
  }
}
