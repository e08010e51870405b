package io.cassql.jdbc.internal.config;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.cassql.jdbc.CasSqlProperty;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.net.InetSocketAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/** The validated, typed settings of one connection: URL parameters over {@code Properties}. */
public final class ConnectionSettings {
  private static final List<String> CONSISTENCY_NAMES = CasSqlProperty.CONSISTENCY_LEVEL.choices();

  private final List<HostAndPort> hosts;
  private final Map<CasSqlProperty, String> values;
  private final List<String> unknownProperties;

  private ConnectionSettings(
      List<HostAndPort> hosts, Map<CasSqlProperty, String> values, List<String> unknownProperties) {
    this.hosts = hosts;
    this.values = values;
    this.unknownProperties = unknownProperties;
  }

  /** Reads and validates the URL and the properties; nothing connects yet. */
  public static ConnectionSettings from(String url, Properties info) throws SQLException {
    JdbcUrl parsed = JdbcUrl.parse(url);
    Map<CasSqlProperty, String> values = new EnumMap<>(CasSqlProperty.class);
    List<String> unknown = new ArrayList<>();
    if (info != null) {
      for (String name : info.stringPropertyNames()) {
        put(values, unknown, name, info.getProperty(name));
      }
    }
    if (parsed.keyspace() != null) {
      values.put(CasSqlProperty.KEYSPACE, parsed.keyspace());
    }
    parsed.parameters().forEach((k, v) -> put(values, unknown, k, v));
    ConnectionSettings settings = new ConnectionSettings(parsed.hosts(), values, unknown);
    settings.validate();
    return settings;
  }

  private static void put(
      Map<CasSqlProperty, String> values, List<String> unknown, String name, String value) {
    Optional<CasSqlProperty> p = CasSqlProperty.forName(name);
    if (p.isPresent()) {
      values.put(p.get(), value);
    } else {
      unknown.add(name);
    }
  }

  private void validate() throws SQLException {
    consistencyLevel();
    queryMode();
    compression();
    authenticationType();
    fetchSize();
    scanParallelism();
    maxQueryMemory();
    requestTimeout();
    readRetryWindow();
    speculativeExecutions();
    speculativeDelay();
    connectTimeout();
    validatePort();
    bool(CasSqlProperty.SSL);
    bool(CasSqlProperty.ALLOW_FILTERING);
    bool(CasSqlProperty.SSL_HOSTNAME_VALIDATION);
    bool(CasSqlProperty.WARM_UP);
    validateConfigFileName();
    if (authenticationType() == AuthenticationType.BASIC && user() == null) {
      throw invalidValue(
          CasSqlProperty.AUTHENTICATION_TYPE,
          "Basic",
          "Basic authentication needs a user (property user or UID)");
    }
  }

  /** The raw value of a property, or its default. */
  public String raw(CasSqlProperty p) {
    return values.getOrDefault(p, p.defaultValue());
  }

  /** The properties as given (for {@code getPropertyInfo}). */
  public Map<CasSqlProperty, String> values() {
    return Collections.unmodifiableMap(values);
  }

  /** Whether the URL or the properties gave {@code p} a value (rather than leaving its default). */
  public boolean isSet(CasSqlProperty p) {
    return values.containsKey(p);
  }

  /** The Java driver configuration file named by {@code configFile}, absolute, if one is given. */
  public Optional<Path> configFile() {
    String v = raw(CasSqlProperty.CONFIG_FILE);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Path.of(v.trim()).toAbsolutePath().normalize());
  }

  /** Names given that no property has, for a warning. */
  public List<String> unknownProperties() {
    return unknownProperties;
  }

  /** Contact points, with the default port applied. */
  public List<InetSocketAddress> contactPoints() {
    int port = port();
    return hosts.stream().map(h -> h.toAddress(port)).toList();
  }

  /** {@code host:port,...} for messages (no credentials). */
  public String target() {
    int port = port();
    return hosts.stream()
        .map(h -> new HostAndPort(h.host(), h.port() < 0 ? port : h.port()).toString())
        .collect(Collectors.joining(","));
  }

  /** The port of hosts given without one (validated when the settings were read). */
  public int port() {
    return Integer.parseInt(raw(CasSqlProperty.PORT).trim());
  }

  /** HY024 when {@code configFile} is not a path at all (its content is read with the session). */
  private void validateConfigFileName() throws SQLException {
    try {
      configFile();
    } catch (InvalidPathException e) {
      throw invalidValue(
          CasSqlProperty.CONFIG_FILE, raw(CasSqlProperty.CONFIG_FILE), "not a file path");
    }
  }

  /** HY024 unless the port property is a number from 1 to 65535. */
  private void validatePort() throws SQLException {
    String v = raw(CasSqlProperty.PORT).trim();
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= 65535) {
        return;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw invalidValue(CasSqlProperty.PORT, v, "expected a number from 1 to 65535");
  }

  public String user() {
    return raw(CasSqlProperty.USER);
  }

  public String password() {
    return raw(CasSqlProperty.PASSWORD);
  }

  public String keyspace() {
    String ks = raw(CasSqlProperty.KEYSPACE);
    return ks == null || ks.isBlank() ? null : ks.trim();
  }

  public String vtSeparator() {
    return raw(CasSqlProperty.VT_SEPARATOR);
  }

  public Optional<String> localDatacenter() {
    return Optional.ofNullable(raw(CasSqlProperty.LOCAL_DATACENTER)).filter(s -> !s.isBlank());
  }

  public AuthenticationType authenticationType() throws SQLException {
    String v = raw(CasSqlProperty.AUTHENTICATION_TYPE);
    if (v == null) {
      return user() == null ? AuthenticationType.ANONYMOUS : AuthenticationType.BASIC;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "basic", "1" -> AuthenticationType.BASIC;
      case "anonymous", "none", "0" -> AuthenticationType.ANONYMOUS;
      default -> throw invalidValue(CasSqlProperty.AUTHENTICATION_TYPE, v, null);
    };
  }

  public ConsistencyLevel consistencyLevel() throws SQLException {
    String v = raw(CasSqlProperty.CONSISTENCY_LEVEL).trim();
    if (v.matches("\\d+")) {
      int code = Integer.parseInt(v);
      for (String name : CONSISTENCY_NAMES) {
        DefaultConsistencyLevel level = DefaultConsistencyLevel.valueOf(name);
        if (level.getProtocolCode() == code) {
          return level;
        }
      }
      throw invalidValue(
          CasSqlProperty.CONSISTENCY_LEVEL, v, "numeric codes are 1, 2, 3, 4, 5, 6, 7 and 10");
    }
    String upper = v.toUpperCase(Locale.ROOT);
    if (!CONSISTENCY_NAMES.contains(upper)) {
      throw invalidValue(CasSqlProperty.CONSISTENCY_LEVEL, v, null);
    }
    return DefaultConsistencyLevel.valueOf(upper);
  }

  /** The protocol compression: {@code none}, {@code lz4} or {@code snappy}. */
  public String compression() throws SQLException {
    String v = raw(CasSqlProperty.COMPRESSION).trim().toLowerCase(Locale.ROOT);
    if (!CasSqlProperty.COMPRESSION.choices().contains(v)) {
      throw invalidValue(CasSqlProperty.COMPRESSION, v, "expected none, lz4 or snappy");
    }
    return v;
  }

  public QueryMode queryMode() throws SQLException {
    String v = raw(CasSqlProperty.QUERY_MODE).trim();
    try {
      return QueryMode.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalidValue(CasSqlProperty.QUERY_MODE, v, null);
    }
  }

  public int fetchSize() throws SQLException {
    return positiveInt(CasSqlProperty.FETCH_SIZE);
  }

  public int scanParallelism() throws SQLException {
    return positiveInt(CasSqlProperty.SCAN_PARALLELISM);
  }

  /**
   * The bytes one SQL-mode query's in-memory operators may keep ({@code maxQueryMemory}); 0 = no
   * budget.
   */
  public long maxQueryMemory() throws SQLException {
    String v = raw(CasSqlProperty.MAX_QUERY_MEMORY);
    try {
      return io.cassql.sql.exec.MemoryBudget.parse(v, io.cassql.sql.exec.MemoryBudget.heapLimit());
    } catch (IllegalArgumentException e) {
      throw invalidValue(CasSqlProperty.MAX_QUERY_MEMORY, v, e.getMessage());
    }
  }

  public Duration requestTimeout() throws SQLException {
    return Duration.ofMillis(positiveInt(CasSqlProperty.REQUEST_TIMEOUT));
  }

  /** How long a read asks again for a page whose request timed out (zero = never). */
  public Duration readRetryWindow() throws SQLException {
    return Duration.ofMillis(nonNegativeInt(CasSqlProperty.READ_RETRY_WINDOW));
  }

  /** Extra executions of an idempotent request (zero = none). */
  public int speculativeExecutions() throws SQLException {
    return nonNegativeInt(CasSqlProperty.SPECULATIVE_EXECUTIONS);
  }

  /** The wait for an answer after which an idempotent request is also sent to the next node. */
  public Duration speculativeDelay() throws SQLException {
    return Duration.ofMillis(positiveInt(CasSqlProperty.SPECULATIVE_DELAY));
  }

  public Duration connectTimeout() throws SQLException {
    return Duration.ofMillis(positiveInt(CasSqlProperty.CONNECT_TIMEOUT));
  }

  public boolean allowFiltering() throws SQLException {
    return bool(CasSqlProperty.ALLOW_FILTERING);
  }

  public boolean ssl() throws SQLException {
    return bool(CasSqlProperty.SSL);
  }

  public boolean sslHostnameValidation() throws SQLException {
    return bool(CasSqlProperty.SSL_HOSTNAME_VALIDATION);
  }

  public String sslTrustStore() {
    return raw(CasSqlProperty.SSL_TRUST_STORE);
  }

  public String sslTrustStorePassword() {
    return raw(CasSqlProperty.SSL_TRUST_STORE_PASSWORD);
  }

  public String sslKeyStore() {
    return raw(CasSqlProperty.SSL_KEY_STORE);
  }

  public String sslKeyStorePassword() {
    return raw(CasSqlProperty.SSL_KEY_STORE_PASSWORD);
  }

  private int nonNegativeInt(CasSqlProperty p) throws SQLException {
    String v = raw(p).trim();
    try {
      int n = Integer.parseInt(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw invalidValue(p, v, "expected a whole number, 0 or more");
  }

  private int positiveInt(CasSqlProperty p) throws SQLException {
    String v = raw(p).trim();
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw invalidValue(p, v, "expected a positive whole number");
  }

  private boolean bool(CasSqlProperty p) throws SQLException {
    String v = raw(p).trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw invalidValue(p, v, "expected true or false");
    };
  }

  private static SQLException invalidValue(CasSqlProperty p, String value, String why) {
    String expected = why != null ? why : "expected one of " + String.join(", ", p.choices());
    return SqlErrors.create(
        SqlState.INVALID_ATTRIBUTE_VALUE,
        "invalid value '"
            + value
            + "' for connection property "
            + p.propertyName()
            + ": "
            + expected);
  }
}
