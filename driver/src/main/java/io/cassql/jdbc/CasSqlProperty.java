package io.cassql.jdbc;

import java.sql.DriverPropertyInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every connection property CasSQL understands, in the URL ({@code ?name=value} or the legacy
 * {@code ;Name=Value}) or in {@link java.util.Properties}. Names and aliases are case-insensitive.
 */
public enum CasSqlProperty {
  USER("user", null, "User name for Basic authentication", List.of(), "username", "UID"),
  PASSWORD("password", null, "Password for Basic authentication (never logged)", List.of(), "PWD"),
  AUTHENTICATION_TYPE(
      "authenticationType",
      null,
      "Basic (user and password) or Anonymous; default Basic when a user is given, else Anonymous",
      List.of("Basic", "Anonymous"),
      "AuthMech"),
  KEYSPACE(
      "keyspace",
      null,
      "Default keyspace (schema); also the path of the URL",
      List.of(),
      "DefaultKeyspace"),
  PORT("port", "9042", "CQL port for hosts given without one", List.of()),
  CONSISTENCY_LEVEL(
      "consistencyLevel",
      "ONE",
      "Consistency level of every request",
      List.of("ONE", "TWO", "THREE", "QUORUM", "ALL", "LOCAL_QUORUM", "EACH_QUORUM", "LOCAL_ONE"),
      "TunableConsistency"),
  QUERY_MODE(
      "queryMode",
      "auto",
      "sql: SQL-92; cql: CQL passed through; auto: SQL-92, falling back to CQL when SQL cannot parse or validate the text",
      List.of("sql", "cql", "auto")),
  FETCH_SIZE("fetchSize", "5000", "Rows per page fetched from Cassandra", List.of()),
  LOCAL_DATACENTER(
      "localDatacenter",
      null,
      "Local data centre; inferred from the contact points when not given",
      List.of()),
  REQUEST_TIMEOUT(
      "requestTimeout", "12000", "Timeout of one request (one page), in milliseconds", List.of()),
  READ_RETRY_WINDOW(
      "readRetryWindow",
      "60000",
      "How long, in milliseconds, a read keeps asking again for a page whose request timed out,"
          + " from the paging state it reached (a node killed without warning is waited on until"
          + " the others convict it); 0 = a timed-out page fails the query",
      List.of()),
  SPECULATIVE_EXECUTIONS(
      "speculativeExecutions",
      "1",
      "Extra executions of an idempotent request (a read) sent to other nodes while the first"
          + " has not answered; 0 = none",
      List.of()),
  SPECULATIVE_DELAY(
      "speculativeDelay",
      "1000",
      "Milliseconds without an answer after which an idempotent request is also sent to the"
          + " next node (see speculativeExecutions)",
      List.of()),
  CONNECT_TIMEOUT(
      "connectTimeout", "5000", "Timeout to open the connection, in milliseconds", List.of()),
  SCAN_PARALLELISM(
      "scanParallelism",
      "4",
      "Token-range splits of a SQL-mode full scan read at the same time (1 reads one paged stream)",
      List.of()),
  MAX_QUERY_MEMORY(
      "maxQueryMemory",
      "25%",
      "Memory one SQL-mode query's in-memory sorts, hash-join build sides, aggregates' groups,"
          + " windows and set operations may keep: a share of the JVM's heap limit (25%), a size"
          + " (64m, 512k, 2g, bytes) or none; past it the query fails with 53200",
      List.of()),
  ALLOW_FILTERING(
      "allowFiltering",
      "false",
      "Let SQL mode send predicates on non-key columns to Cassandra with ALLOW FILTERING",
      List.of("true", "false")),
  WARM_UP(
      "warmUp",
      "true",
      "Plan sample SQL queries (over a fixed schema of its own and over VALUES) on a background thread when the first "
          + "SQL-mode connection opens, so that the first real query does not pay for loading the planner",
      List.of("true", "false")),
  VT_SEPARATOR(
      "vtSeparator",
      "_vt_",
      "Separator between table and collection column in virtual-table names",
      List.of()),
  SSL("ssl", "false", "Encrypt the connection with TLS", List.of("true", "false"), "SSL"),
  SSL_TRUST_STORE(
      "sslTrustStore",
      null,
      "Trust store (PKCS12 or JKS file) used to verify the nodes; default: the JVM's trust store",
      List.of()),
  SSL_TRUST_STORE_PASSWORD("sslTrustStorePassword", null, "Password of the trust store", List.of()),
  SSL_KEY_STORE(
      "sslKeyStore",
      null,
      "Key store (PKCS12 or JKS file) with the client's certificate, for nodes that require one",
      List.of()),
  SSL_KEY_STORE_PASSWORD(
      "sslKeyStorePassword", null, "Password of the key store (and its key)", List.of()),
  SSL_HOSTNAME_VALIDATION(
      "sslHostnameValidation",
      "true",
      "Check that each node's certificate names the address connected to",
      List.of("true", "false")),
  COMPRESSION(
      "compression",
      "none",
      "Compression of the native protocol: none, lz4 (bundled) or snappy (needs snappy-java on the"
          + " class path and a protocol v4 cluster)",
      List.of("none", "lz4", "snappy")),
  CONFIG_FILE(
      "configFile",
      null,
      "A Java driver configuration file (HOCON, like the driver's application.conf, options under"
          + " datastax-java-driver) layered under the connection's own settings: what the URL or"
          + " properties set wins, then the file, then CasSQL's defaults, then the driver's"
          + " reference.conf",
      List.of());

  private final String propertyName;
  private final String defaultValue;
  private final String description;
  private final List<String> choices;
  private final List<String> aliases;

  CasSqlProperty(
      String name,
      String defaultValue,
      String description,
      List<String> choices,
      String... aliases) {
    this.propertyName = name;
    this.defaultValue = defaultValue;
    this.description = description;
    this.choices = choices;
    this.aliases = List.of(aliases);
  }

  /** The canonical property name. */
  public String propertyName() {
    return propertyName;
  }

  /** The default value, or null when there is none. */
  public String defaultValue() {
    return defaultValue;
  }

  /** What the property does. */
  public String description() {
    return description;
  }

  /** The values the property accepts, or empty when any value of its kind is accepted. */
  public List<String> choices() {
    return choices;
  }

  /** Other names accepted for the property (legacy drivers' names). */
  public List<String> aliases() {
    return aliases;
  }

  /** Whether the value is a secret: never shown, logged or compared in clear. */
  public boolean isSecret() {
    return this == PASSWORD || this == SSL_TRUST_STORE_PASSWORD || this == SSL_KEY_STORE_PASSWORD;
  }

  /** The property named {@code name} or one of its aliases, ignoring case. */
  public static Optional<CasSqlProperty> forName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (CasSqlProperty p : values()) {
      if (p.propertyName.toLowerCase(Locale.ROOT).equals(n)
          || p.aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(n))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The property's entry for {@link java.sql.Driver#getPropertyInfo}, given the current values. */
  public DriverPropertyInfo toPropertyInfo(Map<CasSqlProperty, String> values) {
    String value = values.getOrDefault(this, defaultValue);
    DriverPropertyInfo info = new DriverPropertyInfo(propertyName, isSecret() ? null : value);
    info.description = description;
    info.required = false;
    info.choices = choices.isEmpty() ? null : choices.toArray(new String[0]);
    return info;
  }
}
