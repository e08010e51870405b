package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 22 TPC-H queries (over empty TPC-H tables) plan in SQL mode within a generous anti-hang
 * bound, and their plans still push the scans they should to Cassandra.
 */
class TpchPlanningIT extends CassandraTestSupport {
  private static final String KEYSPACE = "tpch_planning";

  /** Far above any plan's time on a busy machine; only a runaway planner reaches it. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  private static Connection sql;

  @BeforeAll
  static void createTables() throws Exception {
    keyspace(KEYSPACE);
    List<String> ddl = new ArrayList<>();
    for (String line : resource("schema.cql").split("\n")) {
      if (!line.isBlank()) {
        ddl.add(
            line.replace(
                "CREATE TABLE IF NOT EXISTS ", "CREATE TABLE IF NOT EXISTS " + KEYSPACE + "."));
      }
    }
    cql(ddl.toArray(String[]::new));
    sql = DriverManager.getConnection(url("/" + KEYSPACE + "?queryMode=sql"), USER, PASSWORD);
  }

  @AfterAll
  static void close() throws SQLException {
    if (sql != null) {
      sql.close();
    }
  }

  /**
   * The text of TPC-H query {@code n} (the bench module's text: tck-tests' build adds it as a test
   * resource).
   */
  static String query(int n) {
    return resource("q" + n + ".sql").trim();
  }

  private static String resource(String name) {
    try (InputStream in = TpchPlanningIT.class.getResourceAsStream("/tpch/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /tpch/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String explain(int n) {
    return assertTimeoutPreemptively(
        BOUND,
        () -> String.join("\n", SqlModeIT.query(sql, "EXPLAIN PLAN FOR " + query(n))),
        "Q" + n + " did not plan within " + BOUND);
  }

  @ParameterizedTest(name = "Q{0}")
  @ValueSource(
      ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
  void should_plan_every_tpch_query_with_its_scans_in_cassandra(int n) {
    String plan = explain(n);
    assertTrue(plan.contains("CassandraToEnumerableConverter(cql=[SELECT "), plan);
  }

  @Test
  void should_scan_lineitem_in_cassandra_for_q1_and_read_only_the_columns_q6_uses() {
    assertTrue(explain(1).contains("FROM " + KEYSPACE + ".lineitem]"), explain(1));
    String q6 = explain(6);
    assertTrue(
        q6.contains(
            "cql=[SELECT l_discount, l_extendedprice, l_quantity, l_shipdate FROM "
                + KEYSPACE
                + ".lineitem]"),
        q6);
  }

  /**
   * Q5, Q7, Q8 (the runaway plans) and Q2, Q9, Q21 join many tables; Q19 repeats its join condition
   * in each branch of an OR, which SQL mode pulls out of the OR: every join has a condition.
   */
  @ParameterizedTest(name = "Q{0}")
  @ValueSource(ints = {2, 5, 7, 8, 9, 19, 21})
  void should_order_the_joins_of_many_tables_without_cross_products(int n) {
    String plan = explain(n);
    assertTrue(plan.contains("Join("), plan);
    assertFalse(plan.contains("condition=[true]"), plan);
  }

  @Test
  void should_join_q19_on_its_part_key_with_the_rest_of_the_or_as_a_filter() {
    String plan = explain(19);
    // hashed on p_partkey = l_partkey, the OR of the three branches checked on each matching pair
    assertTrue(
        plan.matches(
            "(?s).*EnumerableHashJoin\\(condition=\\[AND\\(=\\(\\$\\d+, \\$\\d+\\), OR\\(.*"),
        plan);
    assertFalse(plan.contains("NestedLoopJoin"), plan);
  }

  @Test
  void should_plan_under_a_query_timeout_and_run_on_empty_tables() throws Exception {
    try (Statement s = sql.createStatement()) {
      s.setQueryTimeout(30);
      List<String> rows =
          assertTimeoutPreemptively(BOUND, () -> SqlModeIT.rows(s.executeQuery(query(8))));
      assertEquals(List.of(), rows);
    }
  }
}
