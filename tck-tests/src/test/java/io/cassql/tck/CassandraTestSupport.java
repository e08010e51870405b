package io.cassql.tck;

import io.cassql.embedded.CassandraNode;
import io.cassql.embedded.junit.SharedCassandraExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the integration suites: the shared node (authentication on) and connection helpers. */
@ExtendWith(SharedCassandraExtension.class)
abstract class CassandraTestSupport {
  static final String USER = "cassandra";
  static final String PASSWORD = "cassandra";

  static CassandraNode node;

  @BeforeAll
  static void shareNode(CassandraNode shared) throws Exception {
    node = shared;
    awaitSuperuser();
  }

  /** {@code jdbc:cassandra://host:port} of the shared node, plus a suffix. */
  static String url(String suffix) {
    return "jdbc:cassandra://" + node.host() + ":" + node.nativePort() + suffix;
  }

  /** A CQL-mode connection as the superuser; {@code suffix} is appended to the URL. */
  static Connection connect(String suffix) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", USER);
    p.setProperty("password", PASSWORD);
    String sep = suffix.contains("?") ? "&" : "?";
    return DriverManager.getConnection(url(suffix + sep + "queryMode=cql"), p);
  }

  static Connection connect() throws SQLException {
    return connect("");
  }

  /** Runs CQL statements on a fresh connection. */
  static void cql(String... statements) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String st : statements) {
        s.execute(st);
      }
    }
  }

  /** Creates a keyspace with replication factor 1 if missing. */
  static void keyspace(String name) throws SQLException {
    cql(
        "CREATE KEYSPACE IF NOT EXISTS "
            + name
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
  }

  /** The superuser is set up right after the CQL port opens; wait until a login works. */
  private static void awaitSuperuser() throws Exception {
    SQLException last = null;
    for (int i = 0; i < 60; i++) {
      try (Connection c = connect()) {
        return;
      } catch (SQLException e) {
        last = e;
        Thread.sleep(500);
      }
    }
    throw last;
  }
}
