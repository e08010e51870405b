package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.cassql.embedded.CassandraNode;
import io.cassql.embedded.internal.DirectoryCleaner;
import io.cassql.jdbc.CasSqlDriver;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The embedded Cassandra node of a benchmark run (authentication on, data under the bench
 * directory), its raw Java-driver session, and JDBC connections to it through CasSQL or the peer.
 */
public final class BenchCluster implements AutoCloseable {
  /** The superuser of the embedded node. */
  public static final String USER = "cassandra";

  /** Its password. */
  public static final String PASSWORD = "cassandra";

  /** Rows per page for every client, CasSQL's default. */
  public static final int PAGE_SIZE = 5000;

  private final CassandraNode node;
  private final CqlSession session;
  private final Driver casSql = new CasSqlDriver();
  private final Driver peer = new com.ing.data.cassandra.jdbc.CassandraDriver();

  private BenchCluster(CassandraNode node, CqlSession session) {
    this.node = node;
    this.session = session;
  }

  /** Starts a fresh node in {@code directory} and opens the raw session. */
  public static BenchCluster start(Path directory, String heap) {
    DirectoryCleaner.delete(directory);
    CassandraNode node =
        CassandraNode.builder().directory(directory).authentication(true).heap(heap).start();
    try {
      return new BenchCluster(node, openRawSession(node.host(), node.nativePort(), 30));
    } catch (RuntimeException e) {
      node.stop();
      throw e;
    }
  }

  /** A raw session to the node; retries while the superuser is not yet created. */
  public static CqlSession openRawSession(String host, int port, int attempts) {
    RuntimeException last = null;
    for (int i = 0; i < attempts; i++) {
      try {
        return CqlSession.builder()
            .addContactPoint(new InetSocketAddress(host, port))
            .withLocalDatacenter("datacenter1")
            .withAuthCredentials(USER, PASSWORD)
            .withConfigLoader(
                DriverConfigLoader.programmaticBuilder()
                    .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60))
                    .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, PAGE_SIZE)
                    .withDuration(
                        DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
                    .withDuration(
                        DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, Duration.ofSeconds(30))
                    .withDuration(
                        DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(30))
                    .build())
            .build();
      } catch (RuntimeException e) {
        last = e;
        sleep(1000);
      }
    }
    throw last;
  }

  /** The raw Java-driver session (the baseline). */
  public CqlSession session() {
    return session;
  }

  /** The node's address. */
  public String host() {
    return node.host();
  }

  /** The node's CQL port. */
  public int port() {
    return node.nativePort();
  }

  /** The CasSQL URL for a keyspace, a query mode ({@code sql}/{@code cql}) and extra properties. */
  public String casSqlUrl(String keyspace, String mode, String extra) {
    return "jdbc:cassandra://"
        + host()
        + ":"
        + port()
        + "/"
        + keyspace
        + "?queryMode="
        + mode
        + "&fetchSize="
        + PAGE_SIZE
        + (extra.isEmpty() ? "" : "&" + extra);
  }

  /** A CasSQL connection. */
  public Connection casSql(String keyspace, String mode, String extra) throws SQLException {
    return casSql.connect(casSqlUrl(keyspace, mode, extra), credentials());
  }

  /** The peer driver's URL (cassandra-jdbc-wrapper) for a keyspace. */
  public String peerUrl(String keyspace) {
    return "jdbc:cassandra://"
        + host()
        + ":"
        + port()
        + "/"
        + keyspace
        + "?localdatacenter=datacenter1&user="
        + USER
        + "&password="
        + PASSWORD;
  }

  /** A connection through cassandra-jdbc-wrapper, the open-source peer. */
  public Connection peer(String keyspace) throws SQLException {
    return peer.connect(peerUrl(keyspace), new Properties());
  }

  /** User and password as JDBC properties. */
  public static Properties credentials() {
    Properties p = new Properties();
    p.setProperty("user", USER);
    p.setProperty("password", PASSWORD);
    return p;
  }

  @Override
  public void close() {
    try {
      session.close();
    } finally {
      node.stop();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
