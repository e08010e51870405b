package io.cassql.embedded;

import io.cassql.embedded.internal.DirectoryCleaner;
import io.cassql.embedded.internal.FreePorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small real cluster: nodes on 127.0.0.1, 127.0.0.2, ... with the same CQL and storage ports,
 * each a child JVM with its own data directory, started one after another (the first is the seed).
 * Any node can be killed, stopped and started again while the others run.
 */
public final class CassandraCluster implements AutoCloseable {
  private final List<CassandraNode> nodes;

  private CassandraCluster(List<CassandraNode> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  /** Starts configuring a cluster; call {@link Builder#start()} to launch it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Node {@code i} (0-based; node 0 listens on 127.0.0.1). */
  public CassandraNode node(int i) {
    return nodes.get(i);
  }

  /** All nodes, in address order. */
  public List<CassandraNode> nodes() {
    return nodes;
  }

  /** The CQL port every node listens on. */
  public int nativePort() {
    return nodes.get(0).nativePort();
  }

  /** {@code 127.0.0.1:port,127.0.0.2:port,...}, for a JDBC URL. */
  public String contactPoints() {
    return nodes.stream()
        .map(n -> n.host() + ":" + n.nativePort())
        .collect(Collectors.joining(","));
  }

  /** Starts every node that is not running, in order (the seed first). */
  public CassandraCluster startAll() {
    nodes.forEach(CassandraNode::start);
    return this;
  }

  /** Stops every node. */
  @Override
  public void close() {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      nodes.get(i).stop();
    }
  }

  /** Options of a cluster before it starts. */
  public static final class Builder {
    private int size = 3;
    private String heap = "768m";
    private boolean authentication;
    private Path directory = Path.of("target", "embedded-cassandra", "cluster");
    private int numTokens = 8;

    /** Number of nodes (at most 254); default 3. */
    public Builder size(int size) {
      if (size < 1 || size > 254) {
        throw new IllegalArgumentException("a local cluster has 1 to 254 nodes");
      }
      this.size = size;
      return this;
    }

    /** Maximum heap of each node; default 768m. */
    public Builder heap(String heap) {
      this.heap = heap;
      return this;
    }

    /** PasswordAuthenticator and CassandraAuthorizer on every node. */
    public Builder authentication(boolean on) {
      this.authentication = on;
      return this;
    }

    /**
     * Parent directory of the nodes' directories (emptied first); default
     * target/embedded-cassandra/cluster.
     */
    public Builder directory(Path directory) {
      this.directory = directory;
      return this;
    }

    /** Virtual nodes per node; default 8. */
    public Builder numTokens(int numTokens) {
      this.numTokens = numTokens;
      return this;
    }

    /** Builds the nodes without starting them. */
    public CassandraCluster build() {
      List<String> addresses = new ArrayList<>();
      for (int i = 1; i <= size; i++) {
        addresses.add("127.0.0." + i);
      }
      int nativePort = portFreeOnAll(addresses, -1);
      int storagePort = portFreeOnAll(addresses, nativePort);
      DirectoryCleaner.delete(directory);
      List<CassandraNode> nodes = new ArrayList<>();
      for (String address : addresses) {
        nodes.add(
            CassandraNode.builder()
                .clusterName("cassql-cluster")
                .listenAddress(address)
                .nativePort(nativePort)
                .storagePort(storagePort)
                .seeds(addresses.get(0))
                .authentication(authentication)
                .heap(heap)
                .numTokens(numTokens)
                .directory(directory.resolve("node-" + address))
                .build());
      }
      return new CassandraCluster(nodes);
    }

    /** Builds and starts every node, one after another. */
    public CassandraCluster start() {
      CassandraCluster cluster = build();
      try {
        return cluster.startAll();
      } catch (RuntimeException e) {
        cluster.close();
        throw e;
      }
    }

    private static int portFreeOnAll(List<String> addresses, int not) {
      for (int attempt = 0; attempt < 50; attempt++) {
        int port = FreePorts.pick(addresses.get(0));
        if (port != not && addresses.stream().allMatch(a -> isFree(a, port))) {
          return port;
        }
      }
      throw new IllegalStateException("no port free on all of " + addresses);
    }

    private static boolean isFree(String address, int port) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(address))) {
        return true;
      } catch (IOException e) {
        return false;
      }
    }
  }
}
