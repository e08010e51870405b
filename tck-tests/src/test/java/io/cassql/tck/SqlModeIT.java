package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.jdbc.CasSqlConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQL mode end to end: base tables, pushdown checked by the CQL sent, in-memory SQL, errors. */
class SqlModeIT extends CassandraTestSupport {

  @BeforeAll
  static void load() throws Exception {
    SeedData.load();
    keyspace("shop");
    cql(
        "CREATE TABLE IF NOT EXISTS shop.orders (customer text, year int, id int, amount decimal, "
            + "note text, PRIMARY KEY ((customer, year), id))",
        "CREATE TABLE IF NOT EXISTS shop.customers (customer text PRIMARY KEY, city text, tier int)",
        "TRUNCATE shop.orders",
        "TRUNCATE shop.customers");
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO shop.orders (customer, year, id, amount, note) VALUES (?, ?, ?, ?, ?)")) {
      String[] customers = {"ann", "bob", "cid"};
      for (int i = 1; i <= 60; i++) {
        ps.setString(1, customers[i % 3]);
        ps.setInt(2, 2024 + i % 2);
        ps.setInt(3, i);
        ps.setBigDecimal(4, new java.math.BigDecimal(i + ".25"));
        ps.setString(5, i % 10 == 0 ? null : "n" + i);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    cql(
        "INSERT INTO shop.customers (customer, city, tier) VALUES ('ann', 'Oslo', 1)",
        "INSERT INTO shop.customers (customer, city, tier) VALUES ('bob', 'Rome', 2)",
        "INSERT INTO shop.customers (customer, city, tier) VALUES ('dan', 'Lima', 3)");
  }

  static Connection sql() throws SQLException {
    return DriverManager.getConnection(url("?queryMode=sql"), USER, PASSWORD);
  }

  static List<String> rows(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        sb.append(i > 1 ? "|" : "").append(rs.getString(i));
      }
      out.add(sb.toString());
    }
    return out;
  }

  static List<String> query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }

  static String lastCql(Connection c) throws SQLException {
    List<String> sent = c.unwrap(CasSqlConnection.class).recentPushedCql();
    return sent.get(sent.size() - 1);
  }

  @Test
  void should_show_the_seed_base_table_without_collections_and_match_names_case_insensitively()
      throws Exception {
    try (Connection c = sql()) {
      assertEquals(
          List.of("1|sample value 1", "3|sample value 3"),
          query(c, "SELECT * FROM mykeyspace.exampletable ORDER BY pk_int"));
      assertEquals(
          List.of("sample value 3"),
          query(c, "SELECT \"Value\" FROM mykeyspace.\"ExampleTable\" WHERE pk_int = 3"));
      assertEquals(
          "SELECT \"Value\" FROM mykeyspace.\"ExampleTable\" WHERE pk_int = ?", lastCql(c));
    }
  }

  @Test
  void should_push_the_partition_key_and_read_only_needed_columns() throws Exception {
    try (Connection c = sql()) {
      assertEquals(
          List.of("3|3.25"),
          query(
              c,
              "SELECT id, amount FROM shop.orders WHERE customer = 'ann' AND \"year\" = 2025 AND id < 9 ORDER BY id"));
      assertEquals(
          "SELECT id, amount FROM shop.orders WHERE customer = ? AND year = ? AND id < ? ORDER BY id ASC",
          lastCql(c));
    }
  }

  @Test
  void should_push_in_lists_on_the_partition_key_as_one_request() throws Exception {
    try (Connection c = sql()) {
      List<String> r =
          query(
              c,
              "SELECT count(*) FROM shop.orders WHERE customer IN ('ann', 'bob') AND \"year\" = 2024");
      assertEquals(List.of("20"), r);
      assertEquals(
          "SELECT customer, year FROM shop.orders WHERE customer IN ? AND year = ?",
          lastCql(c),
          "one request for both partitions, reading only key columns for COUNT(*)");
    }
  }

  @Test
  void should_keep_non_key_filters_in_memory_without_allow_filtering() throws Exception {
    try (Connection c = sql()) {
      List<String> r = query(c, "SELECT id FROM shop.orders WHERE note IS NULL ORDER BY id");
      assertEquals(List.of("10", "20", "30", "40", "50", "60"), r);
      assertEquals(
          "SELECT id, note FROM shop.orders WHERE token(customer, year) > ? AND token(customer, year) <= ?",
          lastCql(c),
          "a full scan by token ranges; the filter on note runs in memory");
      assertFalse(lastCql(c).contains("ALLOW FILTERING"));
    }
  }

  @Test
  void should_read_every_column_of_a_full_scan_as_a_wildcard_and_find_each_by_name()
      throws Exception {
    try (Connection c = sql()) {
      List<String> r =
          query(
              c,
              "SELECT note, amount, \"year\", id, customer FROM shop.orders"
                  + " WHERE id <= 3 ORDER BY id");
      assertEquals(
          List.of("n1|1.25|2025|1|bob", "n2|2.25|2024|2|cid", "n3|3.25|2025|3|ann"),
          r,
          "each value in its own column although Cassandra's wildcard orders them otherwise");
      assertEquals(
          "SELECT * FROM shop.orders WHERE token(customer, year) > ? AND token(customer, year) <= ?",
          lastCql(c),
          "every column of the table: one wildcard select per token range");
    }
  }

  @Test
  void should_use_allow_filtering_only_when_the_connection_allows_it() throws Exception {
    try (Connection c =
        DriverManager.getConnection(url("?queryMode=sql&allowFiltering=true"), USER, PASSWORD)) {
      assertEquals(List.of("7"), query(c, "SELECT id FROM shop.orders WHERE note = 'n7'"));
      assertEquals("SELECT id FROM shop.orders WHERE note = ? ALLOW FILTERING", lastCql(c));
      assertEquals(
          List.of("1"),
          query(
              c,
              "SELECT id FROM shop.orders WHERE customer = 'bob' AND \"year\" = 2025 AND amount < 2"));
      assertEquals(
          "SELECT id FROM shop.orders WHERE customer = ? AND year = ? AND amount < ? ALLOW FILTERING",
          lastCql(c));
      query(c, "SELECT id FROM shop.orders WHERE customer = 'bob' AND \"year\" = 2025");
      assertFalse(
          lastCql(c).contains("ALLOW FILTERING"),
          "key predicates need no filtering: " + lastCql(c));
    }
  }

  @Test
  void should_push_limit_when_no_filter_runs_in_memory() throws Exception {
    try (Connection c = sql()) {
      assertEquals(3, query(c, "SELECT id FROM shop.orders LIMIT 3").size());
      assertTrue(lastCql(c).endsWith("LIMIT ?"), lastCql(c));
      assertEquals(2, query(c, "SELECT id FROM shop.orders FETCH FIRST 2 ROWS ONLY").size());
      assertTrue(lastCql(c).endsWith("LIMIT ?"), lastCql(c));
      assertEquals(1, query(c, "SELECT id FROM shop.orders WHERE note = 'n7' LIMIT 1").size());
      assertFalse(
          lastCql(c).contains("LIMIT"), "a filter in memory sits below the limit: " + lastCql(c));
    }
  }

  @Test
  void should_push_order_by_on_clustering_columns_within_one_partition() throws Exception {
    try (Connection c = sql()) {
      assertEquals(
          List.of("57", "51", "45"),
          query(
              c,
              "SELECT id FROM shop.orders WHERE customer = 'ann' AND \"year\" = 2025 ORDER BY id DESC LIMIT 3"));
      assertEquals(
          "SELECT id FROM shop.orders WHERE customer = ? AND year = ? ORDER BY id DESC LIMIT ?",
          lastCql(c));
      assertEquals(
          List.of("3", "9"),
          query(
              c,
              "SELECT id FROM shop.orders WHERE customer = 'ann' AND \"year\" = 2025 ORDER BY id FETCH FIRST 2 ROWS ONLY"));
      assertEquals(
          "SELECT id FROM shop.orders WHERE customer = ? AND year = ? ORDER BY id ASC LIMIT ?",
          lastCql(c));
      query(
          c,
          "SELECT id FROM shop.orders WHERE customer IN ('ann', 'bob') AND \"year\" = 2025 ORDER BY id DESC");
      assertFalse(
          lastCql(c).contains("ORDER BY"), "two partitions are sorted in memory: " + lastCql(c));
      query(
          c,
          "SELECT id FROM shop.orders WHERE customer = 'ann' AND \"year\" = 2025 ORDER BY amount");
      assertFalse(lastCql(c).contains("ORDER BY"), "not a clustering column: " + lastCql(c));
    }
  }

  @Test
  void should_explain_what_runs_in_cassandra_and_what_in_memory() throws Exception {
    try (Connection c = sql()) {
      String plan =
          String.join(
              "\n",
              query(
                  c,
                  "EXPLAIN PLAN FOR SELECT customer, sum(amount) FROM shop.orders "
                      + "WHERE customer = 'bob' AND \"year\" = 2024 AND amount > 5 GROUP BY customer"));
      assertTrue(plan.contains("CassandraToEnumerableConverter"), plan);
      assertTrue(plan.contains("cql=[SELECT"), plan);
      assertTrue(plan.contains("WHERE customer = ? AND year = ?"), plan);
      assertTrue(plan.contains("EnumerableAggregate"), plan);
    }
  }

  @Test
  void should_run_joins_aggregates_and_subqueries_in_memory() throws Exception {
    try (Connection c = sql()) {
      assertEquals(
          List.of("ann|Oslo|20", "bob|Rome|20"),
          query(
              c,
              "SELECT o.customer, cu.city, COUNT(*) FROM shop.orders o JOIN shop.customers cu ON o.customer = cu.customer "
                  + "GROUP BY o.customer, cu.city ORDER BY o.customer"));
      assertEquals(
          List.of("cid|null", "dan|Lima"),
          query(
              c,
              "SELECT COALESCE(o.customer, cu.customer) AS who, cu.city FROM (SELECT DISTINCT customer FROM shop.orders) o "
                  + "FULL JOIN shop.customers cu ON o.customer = cu.customer WHERE o.customer IS NULL OR cu.customer IS NULL ORDER BY who"));
      assertEquals(
          List.of("ann"),
          query(
              c,
              "SELECT customer FROM shop.customers WHERE tier < (SELECT MAX(tier) FROM shop.customers) "
                  + "AND customer IN (SELECT customer FROM shop.orders WHERE id = 3)"));
      String sum =
          query(c, "SELECT SUM(amount) FROM shop.orders WHERE customer = 'ann' OR customer = 'cid'")
              .get(0);
      assertEquals(
          0, new java.math.BigDecimal("1250.00").compareTo(new java.math.BigDecimal(sum)), sum);
    }
  }

  @Test
  void should_bind_prepared_parameters_into_the_pushed_cql() throws Exception {
    try (Connection c = sql();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id FROM shop.orders WHERE customer = ? AND \"year\" = ? ORDER BY id DESC")) {
      ps.setString(1, "bob");
      ps.setInt(2, 2025);
      try (ResultSet rs = ps.executeQuery()) {
        assertEquals(List.of("55", "49", "43", "37", "31", "25", "19", "13", "7", "1"), rows(rs));
      }
      ps.setString(1, "x'); DROP TABLE shop.orders; --");
      try (ResultSet rs = ps.executeQuery()) {
        assertEquals(List.of(), rows(rs), "the literal is data");
      }
      assertEquals(
          "SELECT id FROM shop.orders WHERE customer = ? AND year = ? ORDER BY id DESC",
          lastCql(c));
    }
    try (Connection c = sql()) {
      assertEquals(
          List.of("60"), query(c, "SELECT COUNT(*) FROM shop.orders"), "the table is still there");
    }
  }

  @Test
  void should_report_sql_errors_with_sqlstates_and_positions() throws Exception {
    try (Connection c = sql();
        Statement s = c.createStatement()) {
      SQLException syntax =
          assertThrows(SQLException.class, () -> s.executeQuery("SELECT FROM WHERE"));
      assertEquals("42000", syntax.getSQLState());
      assertTrue(syntax.getMessage().contains("line 1, column"), syntax.getMessage());
      SQLException table =
          assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM shop.nope"));
      assertEquals("42S02", table.getSQLState(), table.getMessage());
      SQLException column =
          assertThrows(SQLException.class, () -> s.executeQuery("SELECT nope FROM shop.orders"));
      assertEquals("42S22", column.getSQLState(), column.getMessage());
      SQLException zero =
          assertThrows(SQLException.class, () -> query(c, "SELECT id / 0 FROM shop.orders"));
      assertEquals("22012", zero.getSQLState(), zero.getMessage());
      assertFalse(table.getMessage().contains("org.apache.calcite"), table.getMessage());
    }
  }

  @Test
  void should_see_new_keyspaces_and_tables_without_reconnecting() throws Exception {
    try (Connection c = sql()) {
      assertEquals(List.of("3"), query(c, "SELECT COUNT(*) FROM shop.customers"));
      cql(
          "CREATE KEYSPACE IF NOT EXISTS later_ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
          "CREATE TABLE IF NOT EXISTS later_ks.fresh (k int PRIMARY KEY, v text)",
          "INSERT INTO later_ks.fresh (k, v) VALUES (1, 'new')");
      assertEquals(List.of("new"), query(c, "SELECT v FROM later_ks.fresh"));
    }
  }

  @Test
  void should_refuse_names_of_tables_differing_only_in_case_and_match_quoted_names_exactly()
      throws Exception {
    cql(
        "CREATE TABLE IF NOT EXISTS shop.\"Twin\" (k int PRIMARY KEY)",
            "CREATE TABLE IF NOT EXISTS shop.twin (k int PRIMARY KEY)",
        "INSERT INTO shop.\"Twin\" (k) VALUES (1)", "INSERT INTO shop.twin (k) VALUES (2)");
    try (Connection c = sql()) {
      for (String name : List.of("TWIN", "twin", "\"Twin\"")) {
        SQLException ambiguous =
            assertThrows(SQLException.class, () -> query(c, "SELECT k FROM shop." + name));
        assertEquals("42000", ambiguous.getSQLState());
        assertTrue(ambiguous.getMessage().contains("ambiguous"), ambiguous.getMessage());
      }
      SQLException quoted =
          assertThrows(
              SQLException.class, () -> query(c, "SELECT * FROM mykeyspace.\"exampletable\""));
      assertEquals("42S02", quoted.getSQLState(), quoted.getMessage());
      assertEquals(
          2,
          query(c, "SELECT * FROM mykeyspace.exampletable").size(),
          "unquoted matches ignoring case");
    }
  }

  @Test
  void should_accept_jdbc_escapes_as_bi_tools_send_them() throws Exception {
    try (Connection c = sql()) {
      assertEquals(
          List.of("ANN"),
          query(c, "SELECT {fn UCASE(customer)} FROM shop.customers WHERE customer = 'ann'"));
      assertEquals(
          List.of("1"),
          query(
              c,
              "SELECT COUNT(*) FROM shop.customers WHERE {d '2026-01-01'} < CURRENT_DATE AND tier = 1"));
      assertEquals(
          List.of("3"),
          query(
              c,
              "SELECT COUNT(*) FROM shop.customers WHERE {ts '2026-01-01 10:00:00'} < CURRENT_TIMESTAMP"));
      assertEquals(
          List.of("ann|20", "bob|20", "dan|0"),
          query(
              c,
              "SELECT cu.customer, COUNT(o.id) FROM "
                  + "{oj shop.customers cu LEFT OUTER JOIN shop.orders o ON o.customer = cu.customer} GROUP BY cu.customer ORDER BY cu.customer"));
    }
  }

  @Test
  void should_report_type_errors_and_overflow() throws Exception {
    try (Connection c = sql()) {
      SQLException mismatch =
          assertThrows(
              SQLException.class,
              () ->
                  query(c, "SELECT id FROM shop.orders WHERE CAST(DATE '2020-01-01' AS BOOLEAN)"));
      assertEquals("42000", mismatch.getSQLState(), mismatch.getMessage());
      assertTrue(mismatch.getMessage().contains("line 1, column"), mismatch.getMessage());
      SQLException cast =
          assertThrows(
              SQLException.class, () -> query(c, "SELECT CAST(note AS INTEGER) FROM shop.orders"));
      assertEquals("22018", cast.getSQLState(), cast.getMessage());
      SQLException overflow =
          assertThrows(
              SQLException.class,
              () -> query(c, "SELECT CAST(id * 1000 AS SMALLINT) FROM shop.orders WHERE id > 50"));
      assertEquals("22003", overflow.getSQLState(), overflow.getMessage());
    }
  }

  @Test
  void should_reuse_the_plan_of_repeated_statement_text() throws Exception {
    try (Connection c = sql()) {
      io.cassql.jdbc.internal.conn.ConnectionImpl impl =
          c.unwrap(io.cassql.jdbc.internal.conn.ConnectionImpl.class);
      String text =
          "SELECT id FROM shop.orders WHERE customer = 'cid' AND \"year\" = 2024 ORDER BY id";
      List<String> first = query(c, text);
      long before = impl.sqlPlanCacheHits();
      for (int i = 0; i < 5; i++) {
        assertEquals(first, query(c, text));
      }
      assertEquals(before + 5, impl.sqlPlanCacheHits(), "planned once, reused five times");
      try (Statement s = c.createStatement()) {
        s.setMaxRows(2);
        assertEquals(
            first.subList(0, 2),
            rows(s.executeQuery(text)),
            "a cached plan takes this statement's settings");
        assertEquals(first.subList(0, 2), rows(s.executeQuery(text)));
      }
      assertEquals(first, query(c, text), "and gives them back");
    }
  }

  @Test
  void should_route_auto_mode_by_text() throws Exception {
    try (Connection c = DriverManager.getConnection(url("?queryMode=auto"), USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS shop.auto_t (k int PRIMARY KEY, v text)");
      assertEquals(0, s.executeUpdate("INSERT INTO shop.auto_t (k, v) VALUES (1, 'one')"));
      assertEquals(List.of("1|one"), rows(s.executeQuery("SELECT k, v FROM shop.auto_t")));
      assertEquals(
          List.of("one"),
          rows(s.executeQuery("SELECT v FROM shop.auto_t WHERE v = 'one' ALLOW FILTERING")),
          "CQL-only syntax falls back to CQL");
      assertEquals(
          List.of("ONE"),
          rows(s.executeQuery("SELECT {fn UCASE(v)} FROM shop.auto_t")),
          "JDBC escapes are SQL");
    }
  }
}
