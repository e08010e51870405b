package io.cassql.jdbc;

import io.cassql.jdbc.internal.config.ConnectionSettings;
import io.cassql.jdbc.internal.config.JdbcUrl;
import io.cassql.jdbc.internal.conn.ConnectionImpl;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/** The CasSQL JDBC driver for {@code jdbc:cassandra://} URLs; registers itself when loaded. */
public final class CasSqlDriver implements Driver {
  /** Driver version, as reported by {@link #getMajorVersion()} and {@link #getMinorVersion()}. */
  public static final int MAJOR_VERSION = 0;

  public static final int MINOR_VERSION = 1;

  static {
    try {
      DriverManager.registerDriver(new CasSqlDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** JDBC: a null URL is an error (08001), not "some other driver's URL". */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    return ConnectionImpl.open(url, ConnectionSettings.from(url, info));
  }

  @Override
  public boolean acceptsURL(String url) throws SQLException {
    if (url == null) {
      throw SqlErrors.create(SqlState.UNABLE_TO_CONNECT, "invalid JDBC URL: the URL is null");
    }
    return JdbcUrl.accepts(url);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Map<CasSqlProperty, String> given = Map.of();
    if (url != null && acceptsURL(url)) {
      try {
        given = ConnectionSettings.from(url, info).values();
      } catch (SQLException incomplete) {
        // a URL being typed in a tool: list the properties with their defaults
      }
    }
    Map<CasSqlProperty, String> values = given;
    return Arrays.stream(CasSqlProperty.values())
        .map(p -> p.toPropertyInfo(values))
        .toArray(DriverPropertyInfo[]::new);
  }

  @Override
  public int getMajorVersion() {
    return MAJOR_VERSION;
  }

  @Override
  public int getMinorVersion() {
    return MINOR_VERSION;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw SqlErrors.notSupported("java.util.logging (CasSQL logs through SLF4J)");
  }
}
