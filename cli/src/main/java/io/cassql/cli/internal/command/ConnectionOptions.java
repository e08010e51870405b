package io.cassql.cli.internal.command;

import io.cassql.cli.internal.embedded.EmbeddedNode;
import io.cassql.jdbc.CasSqlDriver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where to connect: {@code --url} (the driver's URL and properties, unchanged) or {@code
 * --embedded}, the user, and the password from {@code --password-stdin} or the {@code
 * CASSQL_PASSWORD} environment variable, never from an argument.
 */
final class ConnectionOptions {
  static final String PASSWORD_ENV = "CASSQL_PASSWORD";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "jdbc:cassandra://host[:port][,host2...][/keyspace][?name=value&...]")
  String url;

  @Option(
      names = "--embedded",
      description =
          "Use the embedded node (started, or reused while another cassql runs it), "
              + "with the seed example and sample data; user cassandra/cassandra")
  boolean embedded;

  @Option(
      names = {"-u", "--user"},
      paramLabel = "USER",
      defaultValue = "${env:CASSQL_USER}",
      description = "User (default: $CASSQL_USER)")
  String user;

  @Option(
      names = "--password-stdin",
      description =
          "Read the password from the first line of standard input "
              + "(otherwise from $"
              + PASSWORD_ENV
              + ")")
  boolean passwordStdin;

  @Option(
      names = "--query-mode",
      paramLabel = "MODE",
      description = "sql, cql or auto (the URL's queryMode wins when both are given)")
  String queryMode;

  @Option(
      names = {"-P", "--property"},
      paramLabel = "NAME=VALUE",
      description = "A driver property not in the URL, e.g. -P consistencyLevel=QUORUM")
  Map<String, String> properties = new LinkedHashMap<>();

  private String resolvedUrl;
  private Properties resolvedProperties;

  /** The URL with the extra properties appended (those not already in it). */
  String url() throws Exception {
    resolve();
    return resolvedUrl;
  }

  /** User and password, as properties for {@link DriverManager}. */
  Properties credentials() throws Exception {
    resolve();
    return resolvedProperties;
  }

  /**
   * Opens a connection through CasSQL's driver directly: {@link DriverManager} would first load and
   * initialize every other JDBC driver in the jar (H2, SQLite), which a one-shot command pays for.
   */
  Connection open() throws Exception {
    Connection c = new CasSqlDriver().connect(url(), credentials());
    if (c == null) {
      throw new ParameterException(spec.commandLine(), "--url must start with jdbc:cassandra://");
    }
    return c;
  }

  private void resolve() throws Exception {
    if (resolvedUrl != null) {
      return;
    }
    if ((url == null) == !embedded) {
      throw new ParameterException(
          spec.commandLine(), "give exactly one of --url URL and --embedded");
    }
    Properties p = new Properties();
    String base = url;
    if (embedded) {
      base = "jdbc:cassandra://" + EmbeddedNode.acquire(System.err) + "/mykeyspace";
      p.setProperty("user", user != null ? user : EmbeddedNode.USER);
      p.setProperty("password", EmbeddedNode.PASSWORD);
    } else if (!base.regionMatches(true, 0, "jdbc:cassandra:", 0, 15)) {
      throw new ParameterException(spec.commandLine(), "--url must start with jdbc:cassandra://");
    }
    if (user != null && !user.isBlank()) {
      p.setProperty("user", user);
    }
    String password = password();
    if (password != null) {
      p.setProperty("password", password);
    }
    Map<String, String> extra = new LinkedHashMap<>(properties);
    if (queryMode != null) {
      extra.put("queryMode", queryMode);
    }
    resolvedUrl = appendMissing(base, extra);
    resolvedProperties = p;
  }

  private String password() throws Exception {
    if (passwordStdin) {
      return firstLineOfStdin();
    }
    String env = System.getenv(PASSWORD_ENV);
    return env == null || env.isEmpty() ? null : env;
  }

  /** Reads up to the first newline byte by byte, leaving the rest of stdin to the command. */
  private String firstLineOfStdin() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = System.in.read()) != -1 && b != '\n') {
      line.write(b);
    }
    if (b == -1 && line.size() == 0) {
      throw new ParameterException(spec.commandLine(), "--password-stdin: standard input is empty");
    }
    String text = line.toString(StandardCharsets.UTF_8);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  /** Adds {@code name=value} pairs the URL does not name already. */
  static String appendMissing(String url, Map<String, String> extra) {
    StringBuilder sb = new StringBuilder(url);
    String lower = url.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : extra.entrySet()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      if (lower.contains("?" + name + "=")
          || lower.contains("&" + name + "=")
          || lower.contains(";" + name + "=")) {
        continue;
      }
      boolean legacy = sb.indexOf("?") < 0 && sb.indexOf(";") >= 0;
      sb.append(legacy ? ';' : sb.indexOf("?") < 0 ? '?' : '&')
          .append(e.getKey())
          .append('=')
          .append(e.getValue());
    }
    return sb.toString();
  }
}
