package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code configFile}: a Java driver configuration file's settings reach the real node's requests
 * (page size seen as the number of pages a 25-row partition takes, consistency, request timeout, a
 * request tracker it installs), the URL's own settings win over it, and a bad file is HY024.
 */
class ConfigFileIT extends CassandraTestSupport {
  private static final int ROWS = 25;

  @TempDir static Path dir;
  private static Path tuned;

  @BeforeAll
  static void load() throws Exception {
    keyspace("cfks");
    cql("CREATE TABLE IF NOT EXISTS cfks.paged (p int, c int, v int, PRIMARY KEY (p, c))");
    for (int i = 0; i < ROWS; i++) {
      cql("INSERT INTO cfks.paged (p, c, v) VALUES (1, " + i + ", " + i * 10 + ")");
    }
    tuned =
        write(
            "tuned.conf",
            "datastax-java-driver {\n"
                + "  basic.request.page-size = 7\n"
                + "  basic.request.consistency = QUORUM\n"
                + "  basic.request.timeout = 7 seconds\n"
                + "  advanced.request-tracker.classes = ["
                + RecordingRequestTracker.class.getName()
                + "]\n"
                + "}\n");
  }

  @BeforeEach
  void forget() {
    RecordingRequestTracker.clear();
  }

  private static Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static Connection open(String params) throws SQLException {
    return DriverManager.getConnection(url("/cfks?" + params), USER, PASSWORD);
  }

  /** A connection attempt whose password must never show in its error. */
  private static Connection openWithSecret(Path file) throws SQLException {
    return DriverManager.getConnection(
        url("/cfks?queryMode=cql&configFile=" + file), USER, "pw-not-to-leak");
  }

  private static int countRows(Connection c, String query) throws SQLException {
    int n = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        n++;
      }
    }
    return n;
  }

  private static String sessionOf(Connection c) throws SQLException {
    return c.unwrap(CqlSession.class).getName();
  }

  /** The requests for table {@code paged} recorded for {@code session}. */
  private static List<RecordingRequestTracker.Sent> pagesOf(String session) {
    return RecordingRequestTracker.sent("paged").stream()
        .filter(s -> s.session().equals(session) || s.session().startsWith(session + "|"))
        .toList();
  }

  /**
   * The pages of {@code session}, once {@code expected} of them are recorded (the tracker hears of
   * a page on a driver thread, possibly just after the caller has its rows), or after 10 s.
   */
  private static List<RecordingRequestTracker.Sent> awaitPages(String session, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (pagesOf(session).size() < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(100); // one more page, if there were one too many, would show by now
    return pagesOf(session);
  }

  @Test
  void the_files_page_size_consistency_and_timeout_reach_the_node_in_cql_mode() throws Exception {
    String session;
    try (Connection c = open("queryMode=cql&configFile=" + tuned)) {
      session = sessionOf(c);
      assertEquals(ROWS, countRows(c, "SELECT c, v FROM paged WHERE p = 1"));
    }
    List<RecordingRequestTracker.Sent> pages = awaitPages(session, 4);
    // 25 rows at 7 a page: 7 + 7 + 7 + 4
    assertEquals(4, pages.size(), pages.toString());
    for (RecordingRequestTracker.Sent page : pages) {
      assertEquals(7, page.pageSize());
      assertEquals("QUORUM", page.consistency());
      assertEquals(Duration.ofSeconds(7), page.timeout());
    }
  }

  @Test
  void the_files_page_size_reaches_the_node_in_sql_mode() throws Exception {
    String session;
    try (Connection c = open("queryMode=sql&configFile=" + tuned)) {
      session = sessionOf(c);
      assertEquals(ROWS, countRows(c, "SELECT c, v FROM paged WHERE p = 1"));
    }
    List<RecordingRequestTracker.Sent> pages = awaitPages(session, 4);
    assertEquals(4, pages.size(), pages.toString());
    assertTrue(pages.stream().allMatch(p -> p.pageSize() == 7 && p.consistency().equals("QUORUM")));
  }

  @Test
  void the_urls_settings_win_over_the_file() throws Exception {
    String session;
    try (Connection c =
        open(
            "queryMode=cql&fetchSize=10&consistencyLevel=ONE&requestTimeout=9000&configFile="
                + tuned)) {
      session = sessionOf(c);
      assertEquals(ROWS, countRows(c, "SELECT c, v FROM paged WHERE p = 1"));
    }
    List<RecordingRequestTracker.Sent> pages = awaitPages(session, 3);
    // 25 rows at 10 a page: 10 + 10 + 5
    assertEquals(3, pages.size(), pages.toString());
    for (RecordingRequestTracker.Sent page : pages) {
      assertEquals(10, page.pageSize());
      assertEquals("ONE", page.consistency());
      assertEquals(Duration.ofSeconds(9), page.timeout());
    }
  }

  @Test
  void connections_with_different_files_do_not_share_a_session() throws Exception {
    Path other = write("other.conf", "datastax-java-driver.basic.request.page-size = 12\n");
    try (Connection a = open("queryMode=cql&configFile=" + tuned);
        Connection b = open("queryMode=cql&configFile=" + other);
        Connection a2 = open("queryMode=cql&fetchSize=3&configFile=" + tuned)) {
      assertNotSame(a.unwrap(CqlSession.class), b.unwrap(CqlSession.class));
      assertEquals(a.unwrap(CqlSession.class), a2.unwrap(CqlSession.class));
      String session = sessionOf(a);
      assertEquals(ROWS, countRows(b, "SELECT c, v FROM paged WHERE p = 1"));
      // b's file installs no tracker: nothing recorded for its session
      assertTrue(awaitPages(sessionOf(b), 0).isEmpty());
      // a2 shares a's session but keeps its own fetchSize (9 pages of 3); a keeps the file's
      assertEquals(ROWS, countRows(a2, "SELECT c, v FROM paged WHERE p = 1"));
      List<RecordingRequestTracker.Sent> pages = awaitPages(session, 9);
      Set<Integer> sizes =
          pages.stream().map(RecordingRequestTracker.Sent::pageSize).collect(Collectors.toSet());
      assertEquals(Set.of(3), sizes, pages.toString());
      assertEquals(9, pages.size(), pages.toString());
      RecordingRequestTracker.clear();
      assertEquals(ROWS, countRows(a, "SELECT c, v FROM paged WHERE p = 1"));
      List<RecordingRequestTracker.Sent> pagesOfA = awaitPages(session, 4);
      assertEquals(4, pagesOfA.size(), pagesOfA.toString());
      assertTrue(pagesOfA.stream().allMatch(p -> p.pageSize() == 7), pagesOfA.toString());
    }
  }

  @Test
  void a_missing_or_malformed_file_is_hy024_naming_it_but_not_the_password() throws Exception {
    Path missing = dir.resolve("missing.conf");
    SQLException e = assertThrows(SQLException.class, () -> openWithSecret(missing));
    assertEquals("HY024", e.getSQLState());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertFalse(e.getMessage().contains("pw-not-to-leak"), e.getMessage());

    Path broken = write("broken.conf", "datastax-java-driver { basic.request.page-size = \n");
    SQLException e2 = assertThrows(SQLException.class, () -> openWithSecret(broken));
    assertEquals("HY024", e2.getSQLState());
    assertTrue(e2.getMessage().contains(broken.toString()), e2.getMessage());
    assertFalse(e2.getMessage().contains("pw-not-to-leak"), e2.getMessage());
  }
}
