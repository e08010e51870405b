package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.jdbc.internal.session.SessionRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A connect that hangs on a cluster that never answers delays no connect to another cluster, and
 * the registry forgets a failed connect (the next one tries again).
 */
class ConnectIsolationIT extends CassandraTestSupport {
  /** Threads of their own: the common pool may have a single thread on a small machine. */
  private static final ExecutorService THREADS = Executors.newCachedThreadPool();

  /** Accepts TCP connections and never answers, like a node whose process is frozen. */
  private static final class SilentServer implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstAccept = new CountDownLatch(1);

    SilentServer() throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread t =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(server.accept());
                    firstAccept.countDown();
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              },
              "silent-server");
      t.setDaemon(true);
      t.start();
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  @Test
  void should_connect_to_a_live_node_while_another_connect_hangs() throws Exception {
    int sessionsBefore = SessionRegistry.instance().openSessions();
    CompletableFuture<Connection> hanging;
    try (SilentServer silent = new SilentServer()) {
      String silentUrl =
          "jdbc:cassandra://127.0.0.1:" + silent.port() + "/?queryMode=cql&connectTimeout=30000";
      hanging =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return DriverManager.getConnection(silentUrl, USER, PASSWORD);
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              },
              THREADS);
      assertTrue(silent.firstAccept.await(20, TimeUnit.SECONDS), "the driver reached the port");

      // a connect to the live node, with a key of its own (its connect timeout), while the other
      // one waits for an answer that never comes
      CompletableFuture<String> live =
          CompletableFuture.supplyAsync(
              () -> {
                try (Connection c = connect("/mykeyspace?connectTimeout=7777");
                    ResultSet rs =
                        c.createStatement()
                            .executeQuery("SELECT release_version FROM system.local")) {
                  assertTrue(rs.next());
                  return rs.getString(1);
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              },
              THREADS);
      String version = live.get(25, TimeUnit.SECONDS);
      assertTrue(version.startsWith("5."), version);
      assertFalse(hanging.isDone(), "the live node answered while the silent one still hung");
    }
    // the silent server has closed its sockets: the hanging connect fails, and is forgotten
    ExecutionException failed =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class, () -> hanging.get(40, TimeUnit.SECONDS));
    SQLException cause = assertInstanceOf(SQLException.class, failed.getCause().getCause());
    assertTrue(cause.getSQLState().startsWith("08"), cause.getSQLState() + " " + cause);
    assertEquals(sessionsBefore, SessionRegistry.instance().openSessions());
  }

  @Test
  void should_fail_every_waiter_of_a_failed_connect_and_try_again_afterwards() throws Exception {
    int sessionsBefore = SessionRegistry.instance().openSessions();
    for (int round = 0; round < 2; round++) {
      try (SilentServer silent = new SilentServer()) {
        String silentUrl =
            "jdbc:cassandra://127.0.0.1:" + silent.port() + "/?queryMode=cql&connectTimeout=1500";
        List<CompletableFuture<Connection>> waiters =
            List.of(connectAsync(silentUrl), connectAsync(silentUrl), connectAsync(silentUrl));
        for (CompletableFuture<Connection> w : waiters) {
          ExecutionException e =
              org.junit.jupiter.api.Assertions.assertThrows(
                  ExecutionException.class, () -> w.get(30, TimeUnit.SECONDS));
          SQLException cause = assertInstanceOf(SQLException.class, e.getCause().getCause());
          assertTrue(cause.getSQLState().startsWith("08"), cause.getSQLState() + " " + cause);
        }
        assertTrue(silent.accepted.size() >= 1, "round " + round + " reached the port again");
      }
      assertEquals(sessionsBefore, SessionRegistry.instance().openSessions());
    }
  }

  private static CompletableFuture<Connection> connectAsync(String url) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return DriverManager.getConnection(url, USER, PASSWORD);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        },
        THREADS);
  }
}
