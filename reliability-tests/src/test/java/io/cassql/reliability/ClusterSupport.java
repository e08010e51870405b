package io.cassql.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import io.cassql.embedded.CassandraCluster;
import io.cassql.embedded.CassandraNode;
import io.cassql.jdbc.CasSqlConnection;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/** The three-node cluster of the fault suite, its data, and waiting for nodes to come back. */
final class ClusterSupport {
  /** Rows of {@code faults.items}: id 0..ROWS-1 with payload {@code item-<id>}. */
  static final int ROWS = 20_000;

  private ClusterSupport() {}

  /** A connection to the whole cluster (or to {@code hosts}), keyspace {@code faults}. */
  static Connection connect(CassandraCluster cluster, String hosts, String options)
      throws SQLException {
    String target = hosts == null ? cluster.contactPoints() : hosts;
    return DriverManager.getConnection("jdbc:cassandra://" + target + "/faults?" + options);
  }

  /**
   * Creates {@code faults.items} at replication factor 3 and writes every row at consistency ALL.
   */
  static void load(CassandraCluster cluster) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:cassandra://"
                    + cluster.contactPoints()
                    + "?queryMode=cql&consistencyLevel=ALL&requestTimeout=30000");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE KEYSPACE IF NOT EXISTS faults WITH replication = "
              + "{'class': 'SimpleStrategy', 'replication_factor': 3}");
      s.execute("CREATE TABLE IF NOT EXISTS faults.items (id int PRIMARY KEY, payload text)");
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO faults.items (id, payload) VALUES (?, ?)")) {
        for (int i = 0; i < ROWS; i++) {
          ps.setInt(1, i);
          ps.setString(2, "item-" + i);
          ps.addBatch();
          if (i % 1000 == 999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
    }
  }

  /** Starts {@code node} again and waits until a fresh connection's driver sees every node up. */
  static void restart(CassandraCluster cluster, CassandraNode node) throws Exception {
    node.start();
    awaitAllUp(cluster);
  }

  /** Waits (at most two minutes) until a fresh session sees all nodes of the cluster up. */
  static void awaitAllUp(CassandraCluster cluster) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Connection c = connect(cluster, null, "queryMode=cql")) {
        if (allUp(c, cluster.nodes().size())) {
          return;
        }
      } catch (SQLException notYet) {
        // the cluster is still coming up
      }
      Thread.sleep(500);
    }
    fail("the cluster did not come back: " + cluster.nodes());
  }

  /** Whether the connection's driver session knows {@code expected} nodes, all up. */
  static boolean allUp(Connection c, int expected) throws SQLException {
    Collection<Node> nodes =
        c.unwrap(CasSqlConnection.class).getCqlSession().getMetadata().getNodes().values();
    return nodes.size() == expected && nodes.stream().allMatch(n -> n.getState() == NodeState.UP);
  }

  /** Whether the connection's driver session sees {@code node} up. */
  static boolean isUp(Connection c, CassandraNode node) throws SQLException {
    return c
        .unwrap(CasSqlConnection.class)
        .getCqlSession()
        .getMetadata()
        .getNodes()
        .values()
        .stream()
        .anyMatch(n -> n.getState() == NodeState.UP && isEndPointOf(n, node));
  }

  /**
   * Whether the driver's {@code n} is {@code node}: contact points are unresolved, found peers
   * resolved.
   */
  private static boolean isEndPointOf(Node n, CassandraNode node) {
    return n.getEndPoint().resolve() instanceof InetSocketAddress address
        && address.getHostString().equals(node.host())
        && address.getPort() == node.nativePort();
  }
}
