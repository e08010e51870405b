package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverOption;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import io.cassql.jdbc.CasSqlProperty;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import io.cassql.jdbc.internal.error.Redactor;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java driver configuration of a session, in four layers: what the URL or properties set
 * explicitly (for session-wide options), then the {@code configFile}, then CasSQL's defaults, then
 * the driver's own {@code application.conf}/{@code reference.conf}. Per-request options (page size,
 * consistency, request timeout) set in the URL are not put here: a session is shared by connections
 * with different URLs, so each connection applies its own explicit values to its statements and
 * otherwise takes the session's (the file's or CasSQL's default), see {@link RequestDefaults}.
 */
public final class DriverConfigLayers {
  /** The section of a configuration file that holds the Java driver's options. */
  public static final String ROOT = "datastax-java-driver";

  private DriverConfigLayers() {}

  /**
   * The resolved driver section for a session opened with {@code s}: the options named {@code
   * sessionName}, and {@code base} (the driver's application.conf and reference.conf) as the bottom
   * layer.
   */
  public static Config layered(ConnectionSettings s, String sessionName, Config base)
      throws SQLException {
    Optional<Path> file = s.configFile();
    Config fromFile = file.isPresent() ? read(file.get()) : ConfigFactory.empty();
    Config all =
        explicit(s, sessionName)
            .withFallback(fromFile)
            .withFallback(casSqlDefaults(s))
            .withFallback(base);
    try {
      Config driver = all.resolve().getConfig(ROOT);
      // read the options each connection takes from here, so that a wrong type in the file is
      // reported now, naming the file, rather than at the first statement
      RequestDefaults.check(driver);
      return driver;
    } catch (ConfigException e) {
      if (file.isEmpty()) {
        throw SqlErrors.create(
            SqlState.INVALID_ATTRIBUTE_VALUE,
            "the Java driver configuration (application.conf) is not usable: "
                + Redactor.scrub(e.getMessage()),
            e);
      }
      throw fileError(file.get().toString(), "is not usable", e);
    }
  }

  /** The driver's own layers (system-property overrides, application.conf, reference.conf). */
  public static Config driverBase(ClassLoader loader) {
    ConfigFactory.invalidateCaches();
    return ConfigFactory.defaultOverrides(loader)
        .withFallback(ConfigFactory.defaultApplication(loader))
        .withFallback(ConfigFactory.defaultReference(loader));
  }

  /** Parses a configuration file: HY024 naming the file when it is missing or malformed. */
  static Config read(Path file) throws SQLException {
    if (!Files.isRegularFile(file)) {
      throw fileError(file.toString(), "does not exist or is not a file", null);
    }
    if (!Files.isReadable(file)) {
      throw fileError(file.toString(), "cannot be read", null);
    }
    try {
      return ConfigFactory.parseFile(
          file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
    } catch (ConfigException e) {
      throw fileError(file.toString(), "is malformed", e);
    }
  }

  /** Session-wide options the connection set explicitly: they win over the file. */
  private static Config explicit(ConnectionSettings s, String sessionName) throws SQLException {
    Map<String, Object> v = new LinkedHashMap<>();
    put(v, DefaultDriverOption.SESSION_NAME, sessionName);
    if (s.isSet(CasSqlProperty.CONNECT_TIMEOUT)) {
      connectTimeouts(v, s.connectTimeout());
    }
    if (s.isSet(CasSqlProperty.COMPRESSION)) {
      put(v, DefaultDriverOption.PROTOCOL_COMPRESSION, s.compression());
    }
    if (s.isSet(CasSqlProperty.SPECULATIVE_EXECUTIONS)
        || s.isSet(CasSqlProperty.SPECULATIVE_DELAY)) {
      speculative(v, s);
    }
    return ConfigFactory.parseMap(v, "CasSQL connection properties");
  }

  /** CasSQL's defaults: what a connection gets when neither the URL nor the file says otherwise. */
  static Config casSqlDefaults(ConnectionSettings s) throws SQLException {
    Map<String, Object> v = new LinkedHashMap<>();
    put(
        v,
        DefaultDriverOption.REQUEST_TIMEOUT,
        millis(CasSqlProperty.REQUEST_TIMEOUT.defaultValue()));
    put(
        v,
        DefaultDriverOption.REQUEST_CONSISTENCY,
        CasSqlProperty.CONSISTENCY_LEVEL.defaultValue());
    put(
        v,
        DefaultDriverOption.REQUEST_PAGE_SIZE,
        Integer.parseInt(CasSqlProperty.FETCH_SIZE.defaultValue()));
    connectTimeouts(
        v, Duration.ofMillis(Long.parseLong(CasSqlProperty.CONNECT_TIMEOUT.defaultValue())));
    put(v, DefaultDriverOption.RECONNECT_ON_INIT, false);
    put(v, DefaultDriverOption.HEARTBEAT_INTERVAL, "10 seconds");
    put(v, DefaultDriverOption.REQUEST_LOG_WARNINGS, false);
    // the driver's native clock loads jnr-ffi, which generates its bindings at run time: about a
    // third of a fresh JVM's connect time; the Java clock's timestamps are milliseconds times 1000,
    // still strictly increasing per session (the monotonic generator adds a microsecond on a tie)
    put(v, DefaultDriverOption.TIMESTAMP_GENERATOR_FORCE_JAVA_CLOCK, true);
    put(v, DefaultDriverOption.RETRY_POLICY_CLASS, SafeRetryPolicy.class.getName());
    // a node (or the whole cluster) that comes back is used again within seconds, not a minute
    put(v, DefaultDriverOption.RECONNECTION_BASE_DELAY, "500 milliseconds");
    put(v, DefaultDriverOption.RECONNECTION_MAX_DELAY, "5 seconds");
    // system keyspaces are visible too (as system tables); the driver's default hides them
    put(v, DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES, List.of());
    // closing the last connection should not wait for Netty's default 2 s quiet period; the admin
    // group keeps a short one: with none, it could terminate between running the session's close
    // and notifying that close's listener, and Netty then logged an ERROR with a stack trace
    put(v, DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0);
    put(v, DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 50);
    put(v, DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_TIMEOUT, 15_000);
    put(v, DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_UNIT, "MILLISECONDS");
    if (s.localDatacenter().isEmpty()) {
      put(v, DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, "DcInferringLoadBalancingPolicy");
    }
    speculative(v, s);
    return ConfigFactory.parseMap(v, "CasSQL defaults");
  }

  /**
   * Speculative executions: an idempotent request (a read) whose node has not answered after the
   * delay is also sent to the next node of its plan; the first answer wins, so no row is read
   * twice.
   */
  private static void speculative(Map<String, Object> v, ConnectionSettings s) throws SQLException {
    if (s.speculativeExecutions() > 0) {
      put(
          v,
          DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS,
          "ConstantSpeculativeExecutionPolicy");
      put(v, DefaultDriverOption.SPECULATIVE_EXECUTION_MAX, s.speculativeExecutions() + 1);
      put(
          v,
          DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY,
          s.speculativeDelay().toMillis() + " milliseconds");
    } else {
      put(
          v,
          DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS,
          "NoSpeculativeExecutionPolicy");
    }
  }

  private static void connectTimeouts(Map<String, Object> v, Duration timeout) {
    String t = timeout.toMillis() + " milliseconds";
    put(v, DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, t);
    put(v, DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, t);
    put(v, DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, t);
    put(v, DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, t);
  }

  private static String millis(String value) {
    return Long.parseLong(value) + " milliseconds";
  }

  private static void put(Map<String, Object> v, DriverOption option, Object value) {
    v.put(ROOT + "." + option.getPath(), value);
  }

  private static SQLException fileError(String file, String what, ConfigException cause) {
    String detail = cause == null ? "" : ": " + Redactor.scrub(cause.getMessage());
    return SqlErrors.create(
        SqlState.INVALID_ATTRIBUTE_VALUE,
        "the driver configuration file "
            + file
            + " (connection property configFile) "
            + what
            + detail,
        cause);
  }
}
