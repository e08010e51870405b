package io.cassql.jdbc.internal.config;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code jdbc:cassandra://host1[:port][,host2[:port]...][/keyspace][?name=value&...]}, also
 * accepting the legacy {@code ;Name=Value} pairs after the host part or the keyspace.
 */
public record JdbcUrl(List<HostAndPort> hosts, String keyspace, Map<String, String> parameters) {
  /** The prefix every CasSQL URL starts with. */
  public static final String PREFIX = "jdbc:cassandra://";

  /** Whether {@code url} is one this driver handles. */
  public static boolean accepts(String url) {
    return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** Parses a URL; errors name the problem, never the password. */
  public static JdbcUrl parse(String url) throws SQLException {
    if (!accepts(url)) {
      throw invalid("a CasSQL URL starts with " + PREFIX);
    }
    String rest = url.substring(PREFIX.length());
    int end = indexOfAny(rest, "/?;");
    String authority = end < 0 ? rest : rest.substring(0, end);
    rest = end < 0 ? "" : rest.substring(end);
    List<HostAndPort> hosts = parseHosts(authority);
    String keyspace = null;
    if (rest.startsWith("/")) {
      int ksEnd = indexOfAny(rest, "?;");
      String ks = decode(ksEnd < 0 ? rest.substring(1) : rest.substring(1, ksEnd));
      keyspace = ks.isEmpty() ? null : ks;
      rest = ksEnd < 0 ? "" : rest.substring(ksEnd);
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : rest.split("[?&;]")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw invalid("expected name=value in the URL, found '" + (eq == 0 ? "=..." : pair) + "'");
      }
      params.put(decode(pair.substring(0, eq).trim()), decode(pair.substring(eq + 1)));
    }
    return new JdbcUrl(List.copyOf(hosts), keyspace, params);
  }

  private static List<HostAndPort> parseHosts(String authority) throws SQLException {
    if (authority.isBlank()) {
      throw invalid("the URL names no host");
    }
    if (authority.indexOf('@') >= 0) {
      throw invalid(
          "credentials before '@' in the host part are not accepted (and not shown here); "
              + "give them as the user= and password= properties");
    }
    List<HostAndPort> hosts = new ArrayList<>();
    for (String part : authority.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        throw invalid("empty host in the URL");
      }
      String host;
      String port = null;
      if (p.startsWith("[")) {
        int close = p.indexOf(']');
        if (close < 0) {
          throw invalid("unclosed '[' in host '" + p + "'");
        }
        host = p.substring(1, close);
        if (p.length() > close + 1) {
          if (p.charAt(close + 1) != ':') {
            throw invalid("unexpected text after ']' in host '" + p + "'");
          }
          port = p.substring(close + 2);
        }
      } else {
        int colon = p.lastIndexOf(':');
        host = colon < 0 ? p : p.substring(0, colon);
        port = colon < 0 ? null : p.substring(colon + 1);
      }
      if (host.isEmpty()) {
        throw invalid("empty host name in '" + p + "'");
      }
      hosts.add(new HostAndPort(host, port == null ? -1 : parsePort(port, p)));
    }
    return hosts;
  }

  static int parsePort(String port, String context) throws SQLException {
    try {
      int n = Integer.parseInt(port.trim());
      if (n < 1 || n > 65535) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw invalid("port '" + port + "' of '" + context + "' is not a number from 1 to 65535");
    }
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String decode(String s) throws SQLException {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid("bad %-escape in the URL");
    }
  }

  private static SQLException invalid(String why) {
    return SqlErrors.create(SqlState.UNABLE_TO_CONNECT, "invalid JDBC URL: " + why);
  }
}
