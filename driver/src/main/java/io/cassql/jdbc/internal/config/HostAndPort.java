package io.cassql.jdbc.internal.config;

import java.net.InetSocketAddress;

/** One contact point of a URL; {@code port} is -1 when the URL gave none. */
public record HostAndPort(String host, int port) {

  /** The socket address, using {@code defaultPort} when the URL gave no port (unresolved). */
  public InetSocketAddress toAddress(int defaultPort) {
    return InetSocketAddress.createUnresolved(host, port < 0 ? defaultPort : port);
  }

  @Override
  public String toString() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return port < 0 ? h : h + ":" + port;
  }
}
