package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cassql.jdbc.internal.session.SessionRegistry;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Load: 64 threads over a HikariCP pool of 16 auto-mode connections run 20,000 mixed operations
 * (SQL and CQL point reads, small scans, a join, an aggregate, metadata, prepared inserts) with
 * zero errors and every read checked; afterwards no session, driver or pool thread is left. And one
 * connection shared by many threads, each with its own statements, answers each of them correctly.
 */
class LoadIT extends CassandraTestSupport {
  private static final int THREADS = 64;
  private static final int POOL = 16;
  private static final int OPERATIONS = 20_000;
  private static final int KINDS = 8;

  /** Threads of a CqlSession (s0-io-0, s0-admin-0, s0-timer-0), of CasSQL, Netty and the pool. */
  private static final Pattern DRIVER_THREAD =
      Pattern.compile(
          "^s\\d+-.*|.*cassql.*|.*netty.*|.*globalEventExecutor.*|^load-pool.*|^load-worker.*");

  @BeforeAll
  static void data() throws Exception {
    LoadData.load();
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void
      should_run_twenty_thousand_mixed_operations_over_a_pool_without_an_error_or_a_leftover_thread()
          throws Exception {
    Set<String> threadsBefore = driverThreads();
    int sessionsBefore = SessionRegistry.instance().openSessions();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url("/load_ks?queryMode=auto"));
    config.setUsername(USER);
    config.setPassword(PASSWORD);
    config.setMaximumPoolSize(POOL);
    config.setMinimumIdle(POOL);
    config.setPoolName("load-pool");
    // 64 threads queue for 16 connections on a small machine: waiting is expected, failing to get
    // one is not
    config.setConnectionTimeout(TimeUnit.MINUTES.toMillis(5));
    Queue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    try (HikariDataSource pool = new HikariDataSource(config)) {
      AtomicInteger workerIds = new AtomicInteger();
      ExecutorService workers =
          Executors.newFixedThreadPool(
              THREADS, r -> new Thread(r, "load-worker-" + workerIds.getAndIncrement()));
      for (int t = 0; t < THREADS; t++) {
        workers.execute(
            () -> {
              for (int op = next.getAndIncrement(); op < OPERATIONS; op = next.getAndIncrement()) {
                try (Connection c = pool.getConnection()) {
                  operation(c, op);
                  done.incrementAndGet();
                } catch (Exception | AssertionError e) {
                  errors.add("operation " + op + " (kind " + op % KINDS + "): " + e);
                }
              }
            });
      }
      workers.shutdown();
      assertTrue(workers.awaitTermination(14, TimeUnit.MINUTES), "the workers finished");
      assertEquals(POOL, pool.getHikariPoolMXBean().getTotalConnections());
    }
    assertEquals(List.of(), errors.stream().limit(10).toList(), errors.size() + " errors");
    assertEquals(OPERATIONS, done.get());
    assertEventsWritten(
        IntStream.range(0, OPERATIONS)
            .filter(op -> op % KINDS == KINDS - 1)
            .boxed()
            .collect(Collectors.toSet()),
        0,
        OPERATIONS);
    assertEquals(
        sessionsBefore,
        SessionRegistry.instance().openSessions(),
        "closing the pool closed the session");
    assertEquals(Set.of(), leftoverThreads(threadsBefore), "threads left after the pool closed");
    System.out.println(
        "load: "
            + done.get()
            + " operations, "
            + errors.size()
            + " errors, "
            + leftoverThreads(threadsBefore).size()
            + " threads left");
  }

  /** One of eight kinds of operation, on the known data; {@code op} picks the kind and the keys. */
  private static void operation(Connection c, int op) throws SQLException {
    int item = (op * 7919) % LoadData.ITEMS;
    int group = op % LoadData.GROUPS;
    switch (op % KINDS) {
      case 0 ->
          assertEquals(
              List.of(LoadData.name(item) + "|" + LoadData.group(item)),
              LoadData.query(c, "SELECT name, grp FROM items WHERE id = ?", item),
              "SQL point read");
      case 1 ->
          assertEquals(
              List.of(LoadData.name(item) + "|" + LoadData.group(item)),
              LoadData.query(c, "SELECT name, grp FROM items WHERE id = ? ALLOW FILTERING", item),
              "CQL point read");
      case 2 ->
          assertEquals(
              LoadData.readings(group),
              LoadData.query(c, "SELECT n, v FROM readings WHERE grp = ? ORDER BY n", group),
              "SQL partition scan");
      case 3 ->
          assertEquals(
              LoadData.readings(group),
              LoadData.query(
                  c, "SELECT n, v FROM readings WHERE grp = ? PER PARTITION LIMIT 100", group),
              "CQL partition scan");
      case 4 ->
          assertEquals(
              List.of(LoadData.name(item) + "|" + LoadData.label(LoadData.group(item))),
              LoadData.query(
                  c,
                  "SELECT i.name, g.label FROM items i JOIN labels g ON i.grp = g.grp WHERE i.id = ?",
                  item),
              "SQL join");
      case 5 ->
          assertEquals(
              List.of(LoadData.READINGS_PER_GROUP + "|" + sumOfReadings(group)),
              LoadData.query(c, "SELECT COUNT(*), SUM(v) FROM readings WHERE grp = ?", group),
              "SQL aggregate");
      case 6 -> assertMetadata(c.getMetaData(), op);
      default -> LoadData.insertEvent(c, op % THREADS, op);
    }
  }

  private static int sumOfReadings(int group) {
    int sum = 0;
    for (int n = 0; n < LoadData.READINGS_PER_GROUP; n++) {
      sum += LoadData.reading(group, n);
    }
    return sum;
  }

  private static void assertMetadata(DatabaseMetaData md, int op) throws SQLException {
    if (op % 2 == 0) {
      try (ResultSet rs = md.getColumns(null, "load_ks", "items", "%")) {
        List<String> names = new ArrayList<>();
        while (rs.next()) {
          names.add(rs.getString("COLUMN_NAME"));
        }
        assertEquals(List.of("id", "grp", "name"), names, "getColumns");
      }
    } else {
      try (ResultSet rs = md.getPrimaryKeys(null, "load_ks", "readings")) {
        List<String> keys = new ArrayList<>();
        while (rs.next()) {
          keys.add(rs.getString("COLUMN_NAME") + "@" + rs.getInt("KEY_SEQ"));
        }
        assertEquals(List.of("grp@1", "n@2"), keys, "getPrimaryKeys");
      }
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void should_answer_each_thread_correctly_on_one_shared_connection() throws Exception {
    for (String mode : List.of("sql", "cql")) {
      int base = mode.equals("sql") ? OPERATIONS : OPERATIONS * 2;
      Queue<String> errors = new ConcurrentLinkedQueue<>();
      try (Connection shared =
          DriverManager.getConnection(url("/load_ks?queryMode=" + mode), USER, PASSWORD)) {
        ExecutorService workers = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
          int thread = t;
          workers.execute(
              () -> {
                for (int i = 0; i < 100; i++) {
                  int op = base + thread * 100 + i;
                  int item = (op * 31) % LoadData.ITEMS;
                  try {
                    if (i % 3 == 0) {
                      assertEquals(
                          List.of(LoadData.name(item) + "|" + LoadData.group(item)),
                          LoadData.query(shared, "SELECT name, grp FROM items WHERE id = ?", item));
                    } else if (i % 3 == 1) {
                      List<String> rows =
                          new ArrayList<>(
                              LoadData.query(
                                  shared,
                                  "SELECT n, v FROM readings WHERE grp = ?",
                                  op % LoadData.GROUPS));
                      assertEquals(LoadData.readings(op % LoadData.GROUPS), rows);
                    } else {
                      LoadData.insertEvent(shared, op % THREADS, op);
                    }
                  } catch (Exception | AssertionError e) {
                    errors.add(mode + " operation " + op + ": " + e);
                  }
                }
              });
        }
        workers.shutdown();
        assertTrue(workers.awaitTermination(4, TimeUnit.MINUTES));
      }
      assertEquals(
          List.of(),
          errors.stream().limit(10).toList(),
          errors.size() + " errors in " + mode + " mode");
    }
    Set<Integer> inserts = new TreeSet<>();
    for (int base : List.of(OPERATIONS, OPERATIONS * 2)) {
      IntStream.range(0, 1600).filter(k -> k % 100 % 3 == 2).forEach(k -> inserts.add(base + k));
    }
    assertEventsWritten(inserts, OPERATIONS, OPERATIONS * 3);
  }

  /** The events with {@code lo <= seq < hi} are exactly {@code expected}, each with its payload. */
  private static void assertEventsWritten(Set<Integer> expected, int lo, int hi)
      throws SQLException {
    Set<Integer> found = new TreeSet<>();
    try (Connection c = connect("/load_ks")) {
      for (int w = 0; w < THREADS; w++) {
        for (String row :
            LoadData.query(c, "SELECT seq, payload FROM events WHERE worker = ?", w)) {
          String[] parts = row.split("\\|");
          int seq = Integer.parseInt(parts[0]);
          assertEquals(LoadData.payload(w, seq), parts[1]);
          if (seq >= lo && seq < hi) {
            found.add(seq);
          }
        }
      }
    }
    assertEquals(new TreeSet<>(expected), found, "events written");
  }

  private static Set<String> driverThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> DRIVER_THREAD.matcher(n).matches())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Driver threads not there before, after giving shutting-down event loops up to 30 s to end. */
  private static Set<String> leftoverThreads(Set<String> before) throws InterruptedException {
    Set<String> left = new TreeSet<>();
    for (int i = 0; i < 60; i++) {
      left = driverThreads();
      left.removeAll(before);
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(500);
    }
    return left;
  }
}
