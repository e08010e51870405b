package io.cassql.jdbc;

import io.cassql.jdbc.internal.error.SqlErrors;
import java.io.PrintWriter;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * CasSQL as a {@link DataSource}, for application servers, Spring and connection pools (HikariCP's
 * {@code dataSourceClassName}): a bean with a property for every {@link CasSqlProperty} (same name,
 * typed), the standard {@code serverName}, {@code portNumber} and {@code databaseName}, and {@code
 * url} for a whole JDBC URL (whose own settings win over the bean's, as a URL's win over {@code
 * Properties} with {@code DriverManager}). A unit test checks that every {@link CasSqlProperty} has
 * its bean property, so the two never drift apart.
 */
public class CasSqlDataSource implements DataSource, Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<CasSqlProperty, String> values = new EnumMap<>(CasSqlProperty.class);
  private String url;
  private String serverName = "localhost";
  private String description;
  private int loginTimeout;
  private transient PrintWriter logWriter;

  /** A data source for {@code localhost} with every property at its default. */
  public CasSqlDataSource() {}

  @Override
  public Connection getConnection() throws SQLException {
    return open(new EnumMap<>(values));
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Map<CasSqlProperty, String> v = new EnumMap<>(values);
    put(v, CasSqlProperty.USER, username);
    put(v, CasSqlProperty.PASSWORD, password);
    return open(v);
  }

  private Connection open(Map<CasSqlProperty, String> v) throws SQLException {
    if (loginTimeout > 0 && !v.containsKey(CasSqlProperty.CONNECT_TIMEOUT)) {
      v.put(CasSqlProperty.CONNECT_TIMEOUT, Long.toString(loginTimeout * 1000L));
    }
    Properties info = new Properties();
    v.forEach((p, value) -> info.setProperty(p.propertyName(), value));
    String target = url != null ? url : "jdbc:cassandra://" + serverName;
    Connection c = new CasSqlDriver().connect(target, info);
    if (c == null) {
      throw SqlErrors.create(SqlState.UNABLE_TO_CONNECT, "not a CasSQL URL: " + target);
    }
    return c;
  }

  private static void put(Map<CasSqlProperty, String> v, CasSqlProperty p, Object value) {
    if (value == null) {
      v.remove(p);
    } else {
      v.put(p, value.toString());
    }
  }

  private void set(CasSqlProperty p, Object value) {
    put(values, p, value);
  }

  private String text(CasSqlProperty p) {
    return values.getOrDefault(p, p.defaultValue());
  }

  private int number(CasSqlProperty p) {
    String v = text(p);
    return v == null ? 0 : Integer.parseInt(v.trim());
  }

  private boolean flag(CasSqlProperty p) {
    return Boolean.parseBoolean(text(p));
  }

  /**
   * Sets any property by its name or alias as in a URL ({@code fetchSize}, {@code UID}, ...); an
   * unknown name is an {@link IllegalArgumentException}.
   */
  public void setProperty(String name, String value) {
    set(
        CasSqlProperty.forName(name)
            .orElseThrow(
                () -> new IllegalArgumentException("unknown CasSQL connection property: " + name)),
        value);
  }

  /** The value of a property by name or alias (its default when unset; null for secrets). */
  public String getProperty(String name) {
    CasSqlProperty p =
        CasSqlProperty.forName(name)
            .orElseThrow(
                () -> new IllegalArgumentException("unknown CasSQL connection property: " + name));
    return p.isSecret() ? null : text(p);
  }

  // --- where to connect

  /**
   * A whole JDBC URL; when set, {@code serverName} is ignored and the URL's settings win over the
   * bean's.
   */
  public void setUrl(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  /**
   * The hosts, comma-separated, each with an optional {@code :port} (default {@code localhost}).
   */
  public void setServerName(String serverName) {
    this.serverName = serverName;
  }

  public String getServerName() {
    return serverName;
  }

  /** The standard name of {@link #setPort}. */
  public void setPortNumber(int port) {
    setPort(port);
  }

  public int getPortNumber() {
    return getPort();
  }

  /** The standard name of {@link #setKeyspace}. */
  public void setDatabaseName(String keyspace) {
    setKeyspace(keyspace);
  }

  public String getDatabaseName() {
    return getKeyspace();
  }

  // --- one bean property per CasSqlProperty

  public void setUser(String user) {
    set(CasSqlProperty.USER, user);
  }

  public String getUser() {
    return text(CasSqlProperty.USER);
  }

  public void setPassword(String password) {
    set(CasSqlProperty.PASSWORD, password);
  }

  /** Never returns the password. */
  public String getPassword() {
    return null;
  }

  public void setAuthenticationType(String type) {
    set(CasSqlProperty.AUTHENTICATION_TYPE, type);
  }

  public String getAuthenticationType() {
    return text(CasSqlProperty.AUTHENTICATION_TYPE);
  }

  public void setKeyspace(String keyspace) {
    set(CasSqlProperty.KEYSPACE, keyspace);
  }

  public String getKeyspace() {
    return text(CasSqlProperty.KEYSPACE);
  }

  public void setPort(int port) {
    set(CasSqlProperty.PORT, port);
  }

  public int getPort() {
    return number(CasSqlProperty.PORT);
  }

  public void setConsistencyLevel(String level) {
    set(CasSqlProperty.CONSISTENCY_LEVEL, level);
  }

  public String getConsistencyLevel() {
    return text(CasSqlProperty.CONSISTENCY_LEVEL);
  }

  public void setQueryMode(String mode) {
    set(CasSqlProperty.QUERY_MODE, mode);
  }

  public String getQueryMode() {
    return text(CasSqlProperty.QUERY_MODE);
  }

  public void setFetchSize(int rows) {
    set(CasSqlProperty.FETCH_SIZE, rows);
  }

  public int getFetchSize() {
    return number(CasSqlProperty.FETCH_SIZE);
  }

  public void setLocalDatacenter(String datacenter) {
    set(CasSqlProperty.LOCAL_DATACENTER, datacenter);
  }

  public String getLocalDatacenter() {
    return text(CasSqlProperty.LOCAL_DATACENTER);
  }

  public void setRequestTimeout(int millis) {
    set(CasSqlProperty.REQUEST_TIMEOUT, millis);
  }

  public int getRequestTimeout() {
    return number(CasSqlProperty.REQUEST_TIMEOUT);
  }

  public void setReadRetryWindow(int millis) {
    set(CasSqlProperty.READ_RETRY_WINDOW, millis);
  }

  public int getReadRetryWindow() {
    return number(CasSqlProperty.READ_RETRY_WINDOW);
  }

  public void setSpeculativeExecutions(int executions) {
    set(CasSqlProperty.SPECULATIVE_EXECUTIONS, executions);
  }

  public int getSpeculativeExecutions() {
    return number(CasSqlProperty.SPECULATIVE_EXECUTIONS);
  }

  public void setSpeculativeDelay(int millis) {
    set(CasSqlProperty.SPECULATIVE_DELAY, millis);
  }

  public int getSpeculativeDelay() {
    return number(CasSqlProperty.SPECULATIVE_DELAY);
  }

  public void setConnectTimeout(int millis) {
    set(CasSqlProperty.CONNECT_TIMEOUT, millis);
  }

  public int getConnectTimeout() {
    return number(CasSqlProperty.CONNECT_TIMEOUT);
  }

  public void setScanParallelism(int streams) {
    set(CasSqlProperty.SCAN_PARALLELISM, streams);
  }

  public int getScanParallelism() {
    return number(CasSqlProperty.SCAN_PARALLELISM);
  }

  /** {@code maxQueryMemory}: a share of the heap limit ("25%"), a size ("64m") or "none". */
  public void setMaxQueryMemory(String budget) {
    set(CasSqlProperty.MAX_QUERY_MEMORY, budget);
  }

  public String getMaxQueryMemory() {
    return text(CasSqlProperty.MAX_QUERY_MEMORY);
  }

  public void setAllowFiltering(boolean allow) {
    set(CasSqlProperty.ALLOW_FILTERING, allow);
  }

  public boolean getAllowFiltering() {
    return flag(CasSqlProperty.ALLOW_FILTERING);
  }

  public void setWarmUp(boolean warmUp) {
    set(CasSqlProperty.WARM_UP, warmUp);
  }

  public boolean getWarmUp() {
    return flag(CasSqlProperty.WARM_UP);
  }

  public void setVtSeparator(String separator) {
    set(CasSqlProperty.VT_SEPARATOR, separator);
  }

  public String getVtSeparator() {
    return text(CasSqlProperty.VT_SEPARATOR);
  }

  public void setSsl(boolean ssl) {
    set(CasSqlProperty.SSL, ssl);
  }

  public boolean getSsl() {
    return flag(CasSqlProperty.SSL);
  }

  public void setSslTrustStore(String path) {
    set(CasSqlProperty.SSL_TRUST_STORE, path);
  }

  public String getSslTrustStore() {
    return text(CasSqlProperty.SSL_TRUST_STORE);
  }

  public void setSslTrustStorePassword(String password) {
    set(CasSqlProperty.SSL_TRUST_STORE_PASSWORD, password);
  }

  /** Never returns the password. */
  public String getSslTrustStorePassword() {
    return null;
  }

  public void setSslKeyStore(String path) {
    set(CasSqlProperty.SSL_KEY_STORE, path);
  }

  public String getSslKeyStore() {
    return text(CasSqlProperty.SSL_KEY_STORE);
  }

  public void setSslKeyStorePassword(String password) {
    set(CasSqlProperty.SSL_KEY_STORE_PASSWORD, password);
  }

  /** Never returns the password. */
  public String getSslKeyStorePassword() {
    return null;
  }

  public void setSslHostnameValidation(boolean validate) {
    set(CasSqlProperty.SSL_HOSTNAME_VALIDATION, validate);
  }

  public boolean getSslHostnameValidation() {
    return flag(CasSqlProperty.SSL_HOSTNAME_VALIDATION);
  }

  public void setCompression(String compression) {
    set(CasSqlProperty.COMPRESSION, compression);
  }

  public String getCompression() {
    return text(CasSqlProperty.COMPRESSION);
  }

  /** A Java driver configuration file (HOCON) layered under this data source's own settings. */
  public void setConfigFile(String path) {
    set(CasSqlProperty.CONFIG_FILE, path);
  }

  public String getConfigFile() {
    return text(CasSqlProperty.CONFIG_FILE);
  }

  // --- javax.sql.DataSource and CommonDataSource

  public void setDescription(String description) {
    this.description = description;
  }

  public String getDescription() {
    return description;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  /** Kept for the JDBC contract; CasSQL logs through SLF4J, not to this writer. */
  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  /**
   * Seconds to wait for a connection; used as {@code connectTimeout} when that is not set (0 = its
   * default).
   */
  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    if (seconds < 0) {
      throw SqlErrors.create(
          SqlState.INVALID_ATTRIBUTE_VALUE, "login timeout must be >= 0: " + seconds);
    }
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw SqlErrors.notSupported("DataSource.getParentLogger (CasSQL logs through SLF4J)");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw SqlErrors.create(SqlState.GENERAL_ERROR, "not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  @Override
  public String toString() {
    return "CasSqlDataSource[" + (url != null ? url : serverName) + "]";
  }
}
