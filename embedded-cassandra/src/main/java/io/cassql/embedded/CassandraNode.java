package io.cassql.embedded;

import io.cassql.embedded.internal.CassandraYaml;
import io.cassql.embedded.internal.FreePorts;
import io.cassql.embedded.internal.NodeCommandLine;
import io.cassql.embedded.internal.TlsMaterial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One real Cassandra node running in a child JVM, with data in a directory it owns. */
public final class CassandraNode implements AutoCloseable {

  private final NodeSettings settings;
  private final Path directory;
  private final TlsMaterial tls;
  private Process process;
  private Thread shutdownHook;

  private CassandraNode(NodeSettings settings) {
    this.settings = settings;
    this.directory = settings.directory().toAbsolutePath();
    this.tls =
        settings.clientTlsMode() != ClientTls.OFF
            ? new TlsMaterial(directory.resolve("tls"))
            : null;
  }

  /** Starts configuring a node; call {@link Builder#start()} to launch it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Launches the child JVM and waits until the CQL port accepts connections. */
  public synchronized CassandraNode start() {
    if (isRunning()) {
      return this;
    }
    try {
      Files.createDirectories(directory);
      if (tls != null) {
        tls.ensureCreated();
      }
      Path yaml = directory.resolve("cassandra.yaml");
      Files.writeString(
          yaml, new CassandraYaml(settings, directory, tls).render(), StandardCharsets.UTF_8);
      Path logback = directory.resolve("logback.xml");
      Files.writeString(
          logback, CassandraYaml.logbackXml(directory.resolve("logs")), StandardCharsets.UTF_8);
      List<String> command = new NodeCommandLine(settings, directory, yaml, logback).command();
      Path log = directory.resolve("stdout.log");
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      process = pb.start();
      Process started = process;
      shutdownHook = new Thread(() -> started.destroyForcibly(), "cassandra-node-stopper");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      awaitCqlPort(settings.startTimeout());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start Cassandra in " + directory, e);
    }
  }

  private void awaitCqlPort(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Cassandra exited with code "
                + process.exitValue()
                + " before opening its CQL port; last log lines:\n"
                + logTail());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(settings.listenAddress(), settings.nativePort()), 500);
        return;
      } catch (IOException notYet) {
        sleep(200);
      }
    }
    stop();
    throw new IllegalStateException(
        "Cassandra did not open its CQL port within "
            + timeout
            + "; last log lines:\n"
            + logTail());
  }

  /** The last lines the node wrote to its console log, for failure messages. */
  public String logTail() {
    try {
      List<String> lines =
          Files.readAllLines(directory.resolve("stdout.log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops the node with SIGTERM, then forcibly if it does not exit within 30 seconds. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    release();
  }

  /** Kills the node at once (SIGKILL), as a crash would; {@link #start()} brings it back. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    release();
  }

  /** Freezes the node's JVM (SIGSTOP), as a node that hangs would; {@link #resume()} thaws it. */
  public synchronized void pause() {
    signal("-STOP");
  }

  /** Lets a paused node run again (SIGCONT). */
  public synchronized void resume() {
    signal("-CONT");
  }

  private void signal(String signal) {
    if (process == null) {
      throw new IllegalStateException(this + " is not running");
    }
    try {
      Process kill =
          new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException("kill " + signal + " failed for " + this);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private void release() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run already
    }
    process = null;
  }

  /** Whether the child JVM is alive. */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** The address clients connect to. */
  public String host() {
    return settings.listenAddress();
  }

  /** The CQL native transport port. */
  public int nativePort() {
    return settings.nativePort();
  }

  /** The data centre this node reports. */
  public String localDatacenter() {
    return "datacenter1";
  }

  /** Whether PasswordAuthenticator is on (superuser cassandra/cassandra). */
  public boolean authenticationEnabled() {
    return settings.authentication();
  }

  /** TLS material for clients, or null when client TLS is off. */
  public TlsMaterial clientTls() {
    return tls;
  }

  /** The node's own directory (yaml, data, logs). */
  public Path directory() {
    return directory;
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "CassandraNode[" + settings.listenAddress() + ":" + settings.nativePort() + "]";
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Cassandra", e);
    }
  }

  /** Options of a node before it starts. */
  public static final class Builder {
    private String listenAddress = "127.0.0.1";
    private int nativePort;
    private int storagePort;
    private String seeds;
    private boolean authentication;
    private ClientTls clientTls = ClientTls.OFF;
    private Path directory;
    private String heap = "1g";
    private String clusterName = "cassql";
    private int numTokens = 16;
    private Duration startTimeout = Duration.ofMinutes(3);

    /** The listen and RPC address, in 127.0.0.0/8 for local clusters. */
    public Builder listenAddress(String address) {
      this.listenAddress = address;
      return this;
    }

    /** The CQL port; 0 (default) picks a free one. */
    public Builder nativePort(int port) {
      this.nativePort = port;
      return this;
    }

    /** The inter-node port; 0 (default) picks a free one. */
    public Builder storagePort(int port) {
      this.storagePort = port;
      return this;
    }

    /** Comma-separated seed addresses; defaults to this node's own address. */
    public Builder seeds(String seeds) {
      this.seeds = seeds;
      return this;
    }

    /** PasswordAuthenticator and CassandraAuthorizer on (superuser cassandra/cassandra). */
    public Builder authentication(boolean on) {
      this.authentication = on;
      return this;
    }

    /** Client TLS on the CQL port (optional: plain connections keep working). */
    public Builder clientTls(boolean on) {
      this.clientTls = on ? ClientTls.OPTIONAL : ClientTls.OFF;
      return this;
    }

    /**
     * Client TLS on the CQL port: off, optional, required, or required with client certificates.
     */
    public Builder clientTls(ClientTls mode) {
      this.clientTls = mode;
      return this;
    }

    /** Directory for yaml, data and logs; default {@code target/embedded-cassandra/<address>}. */
    public Builder directory(Path directory) {
      this.directory = directory;
      return this;
    }

    /** Maximum heap of the child JVM, e.g. {@code 768m}. */
    public Builder heap(String heap) {
      this.heap = heap;
      return this;
    }

    /** Cluster name written to cassandra.yaml. */
    public Builder clusterName(String name) {
      this.clusterName = name;
      return this;
    }

    /** Virtual nodes per node. */
    public Builder numTokens(int numTokens) {
      this.numTokens = numTokens;
      return this;
    }

    /** How long to wait for the CQL port. */
    public Builder startTimeout(Duration timeout) {
      this.startTimeout = timeout;
      return this;
    }

    /** Resolves defaults without starting anything. */
    public CassandraNode build() {
      int cql = nativePort != 0 ? nativePort : FreePorts.pick(listenAddress);
      int storage = storagePort != 0 ? storagePort : FreePorts.pick(listenAddress);
      Path dir =
          directory != null
              ? directory
              : Path.of("target", "embedded-cassandra", listenAddress + "-" + cql);
      NodeSettings s =
          new NodeSettings(
              clusterName,
              listenAddress,
              cql,
              storage,
              FreePorts.pick(listenAddress),
              seeds != null ? seeds : listenAddress,
              authentication,
              clientTls,
              dir,
              heap,
              numTokens,
              startTimeout);
      return new CassandraNode(s);
    }

    /** Builds and starts the node, waiting for its CQL port. */
    public CassandraNode start() {
      return build().start();
    }
  }
}
