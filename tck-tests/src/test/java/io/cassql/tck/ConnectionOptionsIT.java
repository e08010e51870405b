package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.embedded.internal.TlsMaterial;
import io.cassql.jdbc.CasSqlConnection;
import io.cassql.jdbc.internal.session.SessionRegistry;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connection options: consistency levels, authentication, hosts, legacy URLs, TLS and session
 * sharing.
 */
class ConnectionOptionsIT extends CassandraTestSupport {

  @BeforeAll
  static void schema() throws Exception {
    keyspace("options_ks");
    cql("CREATE TABLE IF NOT EXISTS options_ks.kv (k int PRIMARY KEY, v text)");
  }

  private static void write(Connection c, int k) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO options_ks.kv (k, v) VALUES (" + k + ", 'x')");
    }
  }

  @Test
  void should_run_at_every_consistency_level_a_single_replica_can_meet() throws Exception {
    for (String level :
        List.of("ONE", "QUORUM", "ALL", "LOCAL_QUORUM", "EACH_QUORUM", "LOCAL_ONE", "local_one")) {
      try (Connection c = connect("?consistencyLevel=" + level)) {
        write(c, 1);
      }
    }
  }

  @Test
  void should_send_the_level_to_cassandra_which_refuses_two_and_three_replicas_at_rf1()
      throws Exception {
    for (String level : List.of("TWO", "THREE", "TunableConsistency=2")) {
      String suffix = level.contains("=") ? "?" + level : "?consistencyLevel=" + level;
      try (Connection c = connect(suffix)) {
        SQLException e = assertThrows(SQLException.class, () -> write(c, 2));
        assertEquals("53000", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("replica"), e.getMessage());
      }
    }
  }

  @Test
  void should_reject_an_unknown_consistency_level_before_connecting() {
    SQLException e = assertThrows(SQLException.class, () -> connect("?consistencyLevel=SOME"));
    assertEquals("HY024", e.getSQLState());
    assertTrue(e.getMessage().contains("consistencyLevel"), e.getMessage());
  }

  @Test
  void should_authenticate_with_basic_credentials_and_refuse_wrong_ones() throws Exception {
    try (Connection c =
        DriverManager.getConnection(
            url("?queryMode=cql&authenticationType=Basic"), USER, PASSWORD)) {
      assertTrue(c.isValid(5));
    }
    SQLException wrong =
        assertThrows(
            SQLException.class,
            () -> DriverManager.getConnection(url("?queryMode=cql"), USER, "not-the-password"));
    assertEquals("28000", wrong.getSQLState());
    assertFalse(wrong.getMessage().contains("not-the-password"));
  }

  @Test
  void should_refuse_anonymous_access_to_an_authenticating_node_with_28000() {
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> DriverManager.getConnection(url("?queryMode=cql&authenticationType=Anonymous")));
    assertEquals("28000", e.getSQLState(), e.getMessage());
  }

  @Test
  void should_accept_the_legacy_url_form_of_the_commercial_drivers() throws Exception {
    String legacy =
        "jdbc:cassandra://"
            + node.host()
            + ":"
            + node.nativePort()
            + ";AuthMech=1;UID="
            + USER
            + ";PWD="
            + PASSWORD
            + ";DefaultKeyspace=options_ks;TunableConsistency=6;queryMode=cql";
    try (Connection c = DriverManager.getConnection(legacy)) {
      assertEquals("options_ks", c.getSchema());
      try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM kv")) {
        assertTrue(rs.next());
      }
    }
  }

  @Test
  void should_fail_fast_with_08001_when_no_host_is_reachable() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    long start = System.nanoTime();
    SQLException e =
        assertThrows(
            SQLException.class,
            () ->
                DriverManager.getConnection(
                    "jdbc:cassandra://127.0.0.1:"
                        + closedPort
                        + "?queryMode=cql&connectTimeout=2000"));
    assertEquals("08001", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
    assertTrue(
        (System.nanoTime() - start) / 1_000_000 < 10_000, "gave up within the connect timeout");
  }

  @Test
  void should_use_every_host_as_a_contact_point() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    String url =
        "jdbc:cassandra://127.0.0.1:"
            + closedPort
            + ","
            + node.host()
            + ":"
            + node.nativePort()
            + "?queryMode=cql";
    try (Connection c = DriverManager.getConnection(url, USER, PASSWORD)) {
      assertTrue(c.isValid(5));
    }
  }

  @Test
  void should_connect_over_tls_with_a_trust_store() throws Exception {
    TlsMaterial tls = node.clientTls();
    assertNotNull(tls, "the shared node serves TLS");
    String url =
        url(
            "?queryMode=cql&ssl=true&sslTrustStore="
                + tls.truststore()
                + "&sslTrustStorePassword="
                + TlsMaterial.PASSWORD);
    try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
        ResultSet rs =
            c.createStatement().executeQuery("SELECT release_version FROM system.local")) {
      assertTrue(rs.next());
      assertTrue(rs.getString(1).startsWith("5.0"), rs.getString(1));
    }
    SQLException untrusted =
        assertThrows(
            SQLException.class,
            () ->
                DriverManager.getConnection(
                    url("?queryMode=cql&ssl=true&connectTimeout=3000"), USER, PASSWORD));
    assertEquals("08001", untrusted.getSQLState(), untrusted.getMessage());
  }

  @Test
  void should_share_one_session_per_cluster_and_credentials() throws Exception {
    int before = SessionRegistry.instance().openSessions();
    try (Connection a = connect();
        Connection b = connect("/options_ks")) {
      assertEquals(before + 1, SessionRegistry.instance().openSessions());
      assertTrue(
          a.unwrap(CasSqlConnection.class).getCqlSession()
              == b.unwrap(CasSqlConnection.class).getCqlSession(),
          "same CqlSession");
      assertEquals(null, a.getSchema());
      assertEquals("options_ks", b.getSchema(), "keyspace is per connection");
      try (Connection other =
          DriverManager.getConnection(url("?queryMode=cql&user=reader2&password=x"))) {
        throw new AssertionError("unexpected login");
      } catch (SQLException expected) {
        assertEquals("28000", expected.getSQLState());
      }
      assertEquals(
          before + 1,
          SessionRegistry.instance().openSessions(),
          "a failed login leaves no session");
    }
    assertEquals(
        before, SessionRegistry.instance().openSessions(), "last close closes the session");
  }

  @Test
  void should_keep_use_to_the_connection_that_ran_it() throws Exception {
    try (Connection a = connect();
        Connection b = connect()) {
      a.createStatement().execute("USE options_ks");
      assertEquals("options_ks", a.getSchema());
      assertEquals(null, b.getSchema());
      write(a, 5);
      SQLException e =
          assertThrows(
              SQLException.class, () -> b.createStatement().executeQuery("SELECT * FROM kv"));
      assertEquals("42000", e.getSQLState(), "no keyspace on b: " + e.getMessage());
    }
  }

  @Test
  void should_behave_as_autocommit_only_without_breaking_transactional_tools() throws Exception {
    try (Connection c = connect()) {
      assertTrue(c.getAutoCommit());
      assertEquals(Connection.TRANSACTION_NONE, c.getTransactionIsolation());
      c.setAutoCommit(false);
      write(c, 7);
      c.commit();
      c.rollback();
      assertNotNull(c.getWarnings(), "the tool is told that nothing was rolled back");
      assertTrue(c.getWarnings().getMessage().contains("no transactions"));
      c.setAutoCommit(true);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      assertEquals(Connection.TRANSACTION_NONE, c.getTransactionIsolation());
    }
  }
}
