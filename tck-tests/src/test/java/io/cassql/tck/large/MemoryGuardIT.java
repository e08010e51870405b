package io.cassql.tck.large;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.cassql.embedded.CassandraNode;
import io.cassql.embedded.junit.SharedCassandraExtension;
import io.cassql.jdbc.CasSqlConnection;
import io.trino.tpch.Distributions;
import io.trino.tpch.LineItem;
import io.trino.tpch.LineItemGenerator;
import io.trino.tpch.TextPool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The memory guard in a JVM of at most 256 MB: SQL-mode queries over TPC-H lineitem (scale factor
 * 0.01, about 60,000 rows) joined with itself that would keep more rows in memory than the heap
 * holds fail with 53200 naming the operator and the heap limit, and the same connection answers the
 * next query.
 */
@ExtendWith(SharedCassandraExtension.class)
class MemoryGuardIT {
  private static final Duration BOUND = Duration.ofSeconds(120);
  private static String url;
  private static long lineitems;

  @BeforeAll
  static void load(CassandraNode node) throws Exception {
    assertTrue(
        Runtime.getRuntime().maxMemory() <= 256L * 1024 * 1024, "this suite runs with -Xmx256m");
    url = "jdbc:cassandra://" + node.host() + ":" + node.nativePort();
    try (Connection c = connectWithRetry("?queryMode=cql")) {
      c.createStatement()
          .execute(
              "CREATE KEYSPACE IF NOT EXISTS tpch_guard WITH replication = "
                  + "{'class': 'SimpleStrategy', 'replication_factor': 1}");
      c.createStatement()
          .execute(
              "CREATE TABLE IF NOT EXISTS tpch_guard.lineitem (l_orderkey bigint, l_partkey bigint,"
                  + " l_suppkey bigint, l_linenumber int, l_quantity decimal,"
                  + " l_extendedprice decimal, l_discount decimal, l_tax decimal,"
                  + " l_returnflag text, l_linestatus text, l_shipdate date, l_commitdate date,"
                  + " l_receiptdate date, l_shipinstruct text, l_shipmode text, l_comment text,"
                  + " PRIMARY KEY ((l_orderkey), l_linenumber))");
      CqlSession session = c.unwrap(CasSqlConnection.class).getCqlSession();
      PreparedStatement insert =
          session.prepare(
              "INSERT INTO tpch_guard.lineitem (l_orderkey, l_partkey, l_suppkey, l_linenumber,"
                  + " l_quantity, l_extendedprice, l_discount, l_tax, l_returnflag, l_linestatus,"
                  + " l_shipdate, l_commitdate, l_receiptdate, l_shipinstruct, l_shipmode,"
                  + " l_comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      Semaphore inFlight = new Semaphore(64);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      long rows = 0;
      // dbgen's default pool of comment text is 300 MB, more than this JVM's heap: a 16 MB pool
      Distributions distributions = Distributions.getDefaultDistributions();
      TextPool comments = new TextPool(16 << 20, distributions);
      for (LineItem l : new LineItemGenerator(0.01, 1, 1, distributions, comments)) {
        inFlight.acquire();
        CompletableFuture<?> f =
            session
                .executeAsync(
                    insert.bind(
                        l.getOrderKey(),
                        l.getPartKey(),
                        l.getSupplierKey(),
                        l.getLineNumber(),
                        money(l.getQuantity()),
                        money(l.getExtendedPrice()),
                        money(l.getDiscount()),
                        money(l.getTax()),
                        l.getReturnFlag(),
                        l.getStatus(),
                        LocalDate.ofEpochDay(l.getShipDate()),
                        LocalDate.ofEpochDay(l.getCommitDate()),
                        LocalDate.ofEpochDay(l.getReceiptDate()),
                        l.getShipInstructions(),
                        l.getShipMode(),
                        l.getComment()))
                .toCompletableFuture();
        f.whenComplete(
            (r, e) -> {
              if (e != null) {
                failure.compareAndSet(null, e);
              }
              inFlight.release();
            });
        rows++;
      }
      inFlight.acquire(64);
      if (failure.get() != null) {
        throw new AssertionError("load failed", failure.get());
      }
      lineitems = rows;
    }
  }

  private static BigDecimal money(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }

  private static Connection connectWithRetry(String parameters) throws Exception {
    Exception last = null;
    for (int i = 0; i < 60; i++) {
      try {
        return DriverManager.getConnection(url + parameters, "cassandra", "cassandra");
      } catch (Exception e) {
        last = e;
        Thread.sleep(500);
      }
    }
    throw last;
  }

  /** Runs {@code sql} to its end, expecting 53200; returns the exception. */
  private static SQLException outOfMemory(Statement s, String sql) {
    return assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThrows(
                SQLException.class,
                () -> {
                  try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                      // read every row: a plan that only streams would end here
                    }
                  }
                }));
  }

  /** The same connection still answers: the table's rows counted in SQL mode. */
  private static void stillAnswers(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM lineitem")) {
      assertTrue(rs.next());
      assertEquals(lineitems, rs.getLong(1));
    }
  }

  @Test
  void should_fail_a_sorted_cross_join_with_53200_and_answer_the_next_query() throws Exception {
    try (Connection c = connectWithRetry("/tpch_guard?queryMode=sql");
        Statement s = c.createStatement()) {
      SQLException e =
          outOfMemory(
              s,
              "SELECT a.l_orderkey, a.l_comment, b.l_orderkey, b.l_comment"
                  + " FROM lineitem a CROSS JOIN lineitem b ORDER BY a.l_comment, b.l_comment");
      assertEquals("53200", e.getSQLState(), e.toString());
      assertTrue(e.getMessage().contains("sort (ORDER BY)"), e.getMessage());
      assertTrue(e.getMessage().contains("heap limit"), e.getMessage());
      assertTrue(e.getMessage().contains("maxQueryMemory=25%"), e.getMessage());
      stillAnswers(s);
    }
  }

  @Test
  void should_name_the_operator_of_a_self_join_that_is_over_its_budget() throws Exception {
    String join =
        "SELECT a.l_orderkey, b.l_comment FROM lineitem a"
            + " JOIN lineitem b ON a.l_partkey = b.l_partkey";
    try (Connection c = connectWithRetry("/tpch_guard?queryMode=sql&maxQueryMemory=2m");
        Statement s = c.createStatement()) {
      List<String> operators = new ArrayList<>();
      try (ResultSet plan = s.executeQuery("EXPLAIN PLAN FOR " + join)) {
        assertTrue(plan.next());
        Matcher m =
            Pattern.compile("MemoryMeter\\(operator=\\[([^\\]]+)\\]").matcher(plan.getString(1));
        while (m.find()) {
          operators.add(m.group(1));
        }
      }
      assertFalse(operators.isEmpty(), "the join keeps rows in memory (a hash join or sorts)");
      SQLException e = outOfMemory(s, join);
      assertEquals("53200", e.getSQLState(), e.toString());
      assertTrue(
          operators.stream().anyMatch(o -> e.getMessage().contains("its " + o)),
          operators + " " + e.getMessage());
      assertTrue(e.getMessage().contains("maxQueryMemory=2m"), e.getMessage());
      stillAnswers(s);
    }
  }

  @Test
  void should_stop_an_aggregate_of_a_self_join_before_the_heap_runs_out() throws Exception {
    // no budget: only the heap guard (the old generation's use after collection) stops it. An
    // aggregate's groups are counted only as it hands them on, so the budget cannot stop it. The
    // join on the ship mode (7 values) pairs each row with about 8,600 others, from one read of
    // each side (a cross join's nested loop would read its inner side again for every outer row)

    try (Connection c = connectWithRetry("/tpch_guard?queryMode=sql&maxQueryMemory=none");
        Statement s = c.createStatement()) {
      SQLException e =
          outOfMemory(
              s,
              "SELECT a.l_comment, b.l_comment, COUNT(*) FROM lineitem a JOIN lineitem b"
                  + " ON a.l_shipmode = b.l_shipmode GROUP BY a.l_comment, b.l_comment");
      assertEquals("53200", e.getSQLState(), e.toString());
      assertTrue(e.getMessage().contains("before the JVM ran out of memory"), e.getMessage());
      assertTrue(e.getMessage().contains("its aggregate (GROUP BY / DISTINCT)"), e.getMessage());
      assertTrue(e.getMessage().contains("heap limit 256 MB"), e.getMessage());
      stillAnswers(s);
    }
  }
}
