package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.embedded.CassandraNode;
import io.cassql.embedded.ClientTls;
import io.cassql.embedded.internal.DirectoryCleaner;
import io.cassql.embedded.internal.TlsMaterial;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * Helpers of the TLS suites: a node of their own (small heap, no authentication) and TLS
 * connections to it.
 */
final class TlsNodes {
  /** A password no test uses, to prove wrong ones never reach a message. */
  static final String WRONG_PASSWORD = "wrong-tls-secret-7q";

  private TlsNodes() {}

  /** Starts a node serving client TLS in {@code mode} at {@code address}, data under target/. */
  static CassandraNode start(ClientTls mode, String address) {
    Path dir =
        Path.of("target", "embedded-cassandra", "tls-" + mode.name().toLowerCase(Locale.ROOT));
    DirectoryCleaner.delete(dir);
    return CassandraNode.builder()
        .listenAddress(address)
        .clientTls(mode)
        .heap("512m")
        .directory(dir)
        .start();
  }

  /** {@code jdbc:cassandra://host:port?...} of {@code node}. */
  static String url(CassandraNode node, String query) {
    return "jdbc:cassandra://" + node.host() + ":" + node.nativePort() + "?" + query;
  }

  /** Properties carrying the trust store (and its password) of {@code node}. */
  static Properties trusting(CassandraNode node) {
    Properties p = new Properties();
    p.setProperty("ssl", "true");
    p.setProperty("sslTrustStore", node.clientTls().truststore().toString());
    p.setProperty("sslTrustStorePassword", TlsMaterial.PASSWORD);
    return p;
  }

  /** {@link #trusting} plus the client certificate of mutual TLS. */
  static Properties withClientCertificate(CassandraNode node) {
    Properties p = trusting(node);
    p.setProperty("sslKeyStore", node.clientTls().clientKeystore().toString());
    p.setProperty("sslKeyStorePassword", TlsMaterial.PASSWORD);
    return p;
  }

  /**
   * Connecting must fail with 08001, promptly (no hang: well within 60 s at a 5 s connect timeout),
   * with a message containing every fragment (case-insensitive) and no password.
   */
  static SQLException refused(String url, Properties p, String... fragments) {
    SQLException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                assertThrows(
                    SQLException.class, () -> DriverManager.getConnection(url, p).close()));
    assertEquals("08001", e.getSQLState(), e.getMessage());
    String m = e.getMessage().toLowerCase(Locale.ROOT);
    for (String f : fragments) {
      assertTrue(
          m.contains(f.toLowerCase(Locale.ROOT)), "expected '" + f + "' in: " + e.getMessage());
    }
    assertNoPassword(e);
    System.out.println("refused as expected: " + e.getMessage());
    return e;
  }

  /** Neither TLS password (right or wrong) in the message or the chain of causes. */
  static void assertNoPassword(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = String.valueOf(t.getMessage());
      assertFalse(m.contains(TlsMaterial.PASSWORD), "password in: " + m);
      assertFalse(m.contains(WRONG_PASSWORD), "password in: " + m);
    }
  }

  /** Opens a connection and runs {@code check} on it. */
  static void on(String url, Properties p, ConnectionCheck check) throws Exception {
    try (Connection c = DriverManager.getConnection(url, p)) {
      check.run(c);
    }
  }

  /** Something to do with an open connection. */
  @FunctionalInterface
  interface ConnectionCheck {
    void run(Connection c) throws Exception;
  }
}
