package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.typesafe.config.Config;
import io.cassql.jdbc.CasSqlProperty;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/**
 * The page size, consistency level and request timeout a connection puts on its statements: the
 * value its URL or properties set, else the session's configuration (the {@code configFile}'s
 * value, else CasSQL's default).
 */
public record RequestDefaults(int fetchSize, ConsistencyLevel consistencyLevel, Duration timeout) {

  /** The values for a connection with {@code s} on a session whose default profile is given. */
  public static RequestDefaults of(ConnectionSettings s, DriverExecutionProfile profile)
      throws SQLException {
    int fetchSize =
        s.isSet(CasSqlProperty.FETCH_SIZE)
            ? s.fetchSize()
            : profile.getInt(DefaultDriverOption.REQUEST_PAGE_SIZE);
    ConsistencyLevel consistency =
        s.isSet(CasSqlProperty.CONSISTENCY_LEVEL)
            ? s.consistencyLevel()
            : consistency(profile.getString(DefaultDriverOption.REQUEST_CONSISTENCY));
    Duration timeout =
        s.isSet(CasSqlProperty.REQUEST_TIMEOUT)
            ? s.requestTimeout()
            : profile.getDuration(DefaultDriverOption.REQUEST_TIMEOUT);
    return new RequestDefaults(fetchSize, consistency, timeout);
  }

  /** Reads the three options from a driver section: a wrong type or value throws. */
  static void check(Config driver) {
    driver.getInt(DefaultDriverOption.REQUEST_PAGE_SIZE.getPath());
    driver.getDuration(DefaultDriverOption.REQUEST_TIMEOUT.getPath());
    String level = driver.getString(DefaultDriverOption.REQUEST_CONSISTENCY.getPath());
    try {
      consistency(level);
    } catch (IllegalArgumentException e) {
      throw new com.typesafe.config.ConfigException.BadValue(
          driver.getValue(DefaultDriverOption.REQUEST_CONSISTENCY.getPath()).origin(),
          DefaultDriverOption.REQUEST_CONSISTENCY.getPath(),
          "not a consistency level: " + level);
    }
  }

  private static ConsistencyLevel consistency(String name) {
    return DefaultConsistencyLevel.valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
