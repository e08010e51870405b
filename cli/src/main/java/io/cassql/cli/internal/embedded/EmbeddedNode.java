package io.cassql.cli.internal.embedded;

import io.cassql.cli.SampleData;
import io.cassql.embedded.CassandraNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * The node {@code --embedded} connects to. If another cassql process runs one (recorded in {@code
 * $CASSQL_HOME/embedded/node.properties}, default {@code ~/.cassql}) it is reused; otherwise a real
 * Cassandra node starts in a child JVM with its data kept in {@code $CASSQL_HOME/embedded/node},
 * and stops when this process exits. The seed example and the sample data are loaded when missing.
 * Superuser: cassandra/cassandra.
 */
public final class EmbeddedNode {
  /** The embedded node's superuser. */
  public static final String USER = "cassandra";

  /** The embedded node's superuser password. */
  public static final String PASSWORD = "cassandra";

  private static CassandraNode started;

  /** A node this process runs by other means (the demo's), used instead of starting one. */
  private static String inProcess;

  private static String lastLoginError;

  /** Held open for the life of the process so that the command's connections share its session. */
  private static Connection held;

  private EmbeddedNode() {}

  /** The {@code host:port} of a running embedded node, starting one when none runs. */
  public static synchronized String acquire(PrintStream log) throws Exception {
    if (inProcess != null) {
      return inProcess;
    }
    Path dir = home().resolve("embedded");
    Files.createDirectories(dir);
    Path state = dir.resolve("node.properties");
    try (FileChannel channel =
            FileChannel.open(
                dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      String running = readState(state);
      if (running != null && (held = logIn(running, 1)) != null) {
        loadSampleDataIfMissing(held);
        return running;
      }
      log.println(
          "Starting the embedded Cassandra node in "
              + dir.resolve("node")
              + " (it stops when this command ends) ...");
      started = CassandraNode.builder().directory(dir.resolve("node")).authentication(true).start();
      String hostPort = started.host() + ":" + started.nativePort();
      writeState(state, hostPort);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> clearState(state, hostPort), "cassql-embedded-state"));
      held = logIn(hostPort, 180);
      if (held == null) {
        throw new IllegalStateException(
            "the embedded node at "
                + hostPort
                + " did not accept logins ("
                + lastLoginError
                + "); its console log:\n"
                + started.logTail());
      }
      loadSampleDataIfMissing(held);
      return hostPort;
    }
  }

  /**
   * Makes {@code --embedded} in this process mean the node at {@code hostPort} (with the sample
   * data).
   */
  public static synchronized void useInProcess(String hostPort) {
    inProcess = hostPort;
  }

  /** {@code $CASSQL_HOME}, or {@code ~/.cassql}. */
  static Path home() {
    String env = System.getenv("CASSQL_HOME");
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cassql");
  }

  /** A CQL-mode connection as the superuser, or null when none could be opened. */
  private static Connection logIn(String hostPort, int attempts) throws InterruptedException {
    Properties p = new Properties();
    p.setProperty("user", USER);
    p.setProperty("password", PASSWORD);
    for (int i = 0; i < attempts; i++) {
      try {
        return DriverManager.getConnection("jdbc:cassandra://" + hostPort + "?queryMode=cql", p);
      } catch (SQLException e) {
        lastLoginError = "SQLSTATE " + e.getSQLState() + ": " + e.getMessage();
        boolean starting = List.of("28000", "08001", "08006", "HYT00").contains(e.getSQLState());
        if (!starting) {
          return null;
        }
        if (i + 1 < attempts) {
          Thread.sleep(1000);
        }
      }
    }
    return null;
  }

  private static void loadSampleDataIfMissing(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeQuery("SELECT pk_int FROM mykeyspace.\"ExampleTable\" LIMIT 1").close();
      s.executeQuery("SELECT sensor_id FROM sensors.readings LIMIT 1").close();
    } catch (SQLException missing) {
      SampleData.load(c);
    }
  }

  private static String readState(Path state) throws IOException {
    if (!Files.exists(state)) {
      return null;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(state)) {
      p.load(in);
    }
    return p.getProperty("hostPort");
  }

  private static void writeState(Path state, String hostPort) throws IOException {
    Properties p = new Properties();
    p.setProperty("hostPort", hostPort);
    p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    try (OutputStream out = Files.newOutputStream(state)) {
      p.store(out, "the embedded node of a running cassql process");
    }
  }

  private static void clearState(Path state, String hostPort) {
    try {
      if (hostPort.equals(readState(state))) {
        Files.deleteIfExists(state);
      }
    } catch (IOException ignored) {
      // a stale file is detected by the next start
    }
  }
}
