package io.cassql.embedded.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks TCP ports that are free on a given local address, below the kernel's ephemeral range: a
 * port the kernel handed out (bind to 0) can be taken by any process's next outgoing connection in
 * the moment between our check and the node's own bind ("is in use by another process" at start).
 */
public final class FreePorts {
  /** The lowest port handed out; below it lie the well-known and registered services most used. */
  private static final int LOWEST = 10_000;

  private FreePorts() {}

  /**
   * A port that was free on {@code address} a moment ago, outside the ephemeral range when
   * possible.
   */
  public static int pick(String address) {
    int ephemeralLow = ephemeralRangeStart();
    if (ephemeralLow - LOWEST >= 1_000) {
      for (int attempt = 0; attempt < 200; attempt++) {
        int port = LOWEST + ThreadLocalRandom.current().nextInt(ephemeralLow - LOWEST);
        if (free(address, port)) {
          return port;
        }
      }
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + address, e);
    }
  }

  private static boolean free(String address, int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(address))) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The first port of Linux's ephemeral range (32768 where it cannot be read). */
  static int ephemeralRangeStart() {
    try {
      String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
      return Integer.parseInt(range.split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return 32_768;
    }
  }
}
