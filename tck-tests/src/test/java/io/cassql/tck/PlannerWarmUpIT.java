package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.jdbc.CasSqlProperty;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import io.cassql.jdbc.internal.sql.SqlWarmUp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The planner warm-up: started by the first connection that may use SQL mode, on one daemon thread
 * that ends by itself; switched off per connection ({@code warmUp=false}) and for CQL mode.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PlannerWarmUpIT extends CassandraTestSupport {

  @Test
  void should_warm_up_on_a_daemon_thread_that_ends_and_leaves_sql_mode_working() throws Exception {
    try (Connection c = DriverManager.getConnection(url("?queryMode=sql"), USER, PASSWORD)) {
      Thread warmUp = SqlWarmUp.thread();
      assertNotNull(warmUp, "a SQL-mode connection has started the warm-up (in this JVM)");
      assertEquals(SqlWarmUp.THREAD_NAME, warmUp.getName());
      assertTrue(warmUp.isDaemon(), "never keeps the JVM alive");
      assertEquals(
          List.of("2"),
          SqlModeIT.query(c, "SELECT COUNT(*) FROM (VALUES (1), (2)) AS t(x) WHERE x > 0"));
      warmUp.join();
      assertFalse(warmUp.isAlive(), "the warm-up thread ends by itself");
      assertFalse(
          Thread.getAllStackTraces().keySet().stream()
              .anyMatch(t -> t.getName().equals(SqlWarmUp.THREAD_NAME)),
          "and is gone");
    }
  }

  @Test
  void should_be_switched_off_by_the_connection_property_and_in_cql_mode() throws Exception {
    String base = url("");
    assertTrue(
        SqlWarmUp.wanted(ConnectionSettings.from(base + "?queryMode=sql", new Properties())));
    assertTrue(
        SqlWarmUp.wanted(ConnectionSettings.from(base, new Properties())), "auto mode may use SQL");
    assertFalse(
        SqlWarmUp.wanted(
            ConnectionSettings.from(base + "?queryMode=sql&warmUp=false", new Properties())));
    Properties off = new Properties();
    off.setProperty("warmUp", "FALSE");
    assertFalse(SqlWarmUp.wanted(ConnectionSettings.from(base, off)));
    assertFalse(
        SqlWarmUp.wanted(ConnectionSettings.from(base + "?queryMode=cql", new Properties())));
  }

  @Test
  void should_list_the_property_with_its_default() throws Exception {
    DriverPropertyInfo[] info =
        DriverManager.getDriver(url("")).getPropertyInfo(url(""), new Properties());
    DriverPropertyInfo warmUp =
        Arrays.stream(info).filter(i -> i.name.equals("warmUp")).findFirst().orElseThrow();
    assertEquals(CasSqlProperty.WARM_UP.defaultValue(), warmUp.value);
    assertEquals("true", warmUp.value);
  }
}
