package io.cassql.jdbc.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.internal.core.config.typesafe.TypesafeDriverConfig;
import com.typesafe.config.Config;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layers of a session's driver configuration, without a server: URL > file > CasSQL > driver.
 */
class DriverConfigLayersTest {
  private static final String TUNED =
      String.join(
          "\n",
          "datastax-java-driver {",
          "  basic.request.page-size = 7",
          "  basic.request.consistency = QUORUM",
          "  basic.request.timeout = 3 seconds",
          "  advanced.connection.connect-timeout = 9 seconds",
          "  advanced.heartbeat.interval = 20 seconds",
          "  advanced.timestamp-generator.force-java-clock = false",
          "  advanced.protocol.compression = lz4",
          "  advanced.speculative-execution-policy {",
          "    class = ConstantSpeculativeExecutionPolicy",
          "    max-executions = 3",
          "    delay = 100 milliseconds",
          "  }",
          "}");

  @TempDir Path dir;

  private static ConnectionSettings settings(String url) throws SQLException {
    return ConnectionSettings.from(url, new Properties());
  }

  private static Config layered(ConnectionSettings s) throws SQLException {
    return DriverConfigLayers.layered(
        s,
        "test-session",
        DriverConfigLayers.driverBase(DriverConfigLayersTest.class.getClassLoader()));
  }

  private static DriverExecutionProfile profile(Config driver) {
    return new TypesafeDriverConfig(driver).getDefaultProfile();
  }

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void without_a_file_the_connection_gets_cassqls_defaults_over_the_drivers() throws SQLException {
    ConnectionSettings s = settings("jdbc:cassandra://h");
    DriverExecutionProfile p = profile(layered(s));
    RequestDefaults r = RequestDefaults.of(s, p);
    assertEquals(5000, r.fetchSize());
    assertEquals(DefaultConsistencyLevel.ONE, r.consistencyLevel());
    assertEquals(Duration.ofSeconds(12), r.timeout());
    assertEquals(
        Duration.ofSeconds(5), p.getDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT));
    assertEquals(Duration.ofSeconds(10), p.getDuration(DefaultDriverOption.HEARTBEAT_INTERVAL));
    assertEquals(
        SafeRetryPolicy.class.getName(), p.getString(DefaultDriverOption.RETRY_POLICY_CLASS));
    assertEquals("test-session", p.getString(DefaultDriverOption.SESSION_NAME));
    assertTrue(p.getBoolean(DefaultDriverOption.TIMESTAMP_GENERATOR_FORCE_JAVA_CLOCK));
    // an option neither CasSQL nor the file sets keeps the driver's reference.conf value
    assertEquals(1, p.getInt(DefaultDriverOption.CONNECTION_POOL_LOCAL_SIZE));
    // reads are speculated once after 1 s by default (speculativeExecutions, speculativeDelay)
    assertEquals(
        "ConstantSpeculativeExecutionPolicy",
        p.getString(DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS));
    assertEquals(2, p.getInt(DefaultDriverOption.SPECULATIVE_EXECUTION_MAX));
    assertEquals(
        Duration.ofSeconds(1), p.getDuration(DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY));
  }

  @Test
  void speculative_executions_set_in_the_url_win_over_the_file_and_zero_turns_them_off()
      throws SQLException, IOException {
    Path f = file("tuned.conf", TUNED);
    DriverExecutionProfile fromFile =
        profile(layered(settings("jdbc:cassandra://h?configFile=" + f)));
    assertEquals(
        Duration.ofMillis(100),
        fromFile.getDuration(DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY));
    DriverExecutionProfile fromUrl =
        profile(
            layered(
                settings(
                    "jdbc:cassandra://h?configFile="
                        + f
                        + "&speculativeExecutions=2&speculativeDelay=250")));
    assertEquals(3, fromUrl.getInt(DefaultDriverOption.SPECULATIVE_EXECUTION_MAX));
    assertEquals(
        Duration.ofMillis(250),
        fromUrl.getDuration(DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY));
    DriverExecutionProfile off =
        profile(layered(settings("jdbc:cassandra://h?speculativeExecutions=0")));
    assertEquals(
        "NoSpeculativeExecutionPolicy",
        off.getString(DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS));
  }

  @Test
  void the_file_wins_over_cassqls_defaults_where_the_url_says_nothing()
      throws SQLException, IOException {
    Path f = file("tuned.conf", TUNED);
    ConnectionSettings s = settings("jdbc:cassandra://h?configFile=" + f);
    DriverExecutionProfile p = profile(layered(s));
    RequestDefaults r = RequestDefaults.of(s, p);
    assertEquals(7, r.fetchSize());
    assertEquals(DefaultConsistencyLevel.QUORUM, r.consistencyLevel());
    assertEquals(Duration.ofSeconds(3), r.timeout());
    assertEquals(
        Duration.ofSeconds(9), p.getDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT));
    assertEquals(Duration.ofSeconds(20), p.getDuration(DefaultDriverOption.HEARTBEAT_INTERVAL));
    assertEquals("lz4", p.getString(DefaultDriverOption.PROTOCOL_COMPRESSION));
    assertEquals(3, p.getInt(DefaultDriverOption.SPECULATIVE_EXECUTION_MAX));
    assertFalse(p.getBoolean(DefaultDriverOption.TIMESTAMP_GENERATOR_FORCE_JAVA_CLOCK));
    // what the file does not set stays CasSQL's
    assertEquals(
        SafeRetryPolicy.class.getName(), p.getString(DefaultDriverOption.RETRY_POLICY_CLASS));
  }

  @Test
  void what_the_url_sets_wins_over_the_file() throws SQLException, IOException {
    Path f = file("tuned.conf", TUNED);
    ConnectionSettings s =
        settings(
            "jdbc:cassandra://h?configFile="
                + f
                + "&fetchSize=11&consistencyLevel=TWO&requestTimeout=4000"
                + "&connectTimeout=2000&compression=none");
    DriverExecutionProfile p = profile(layered(s));
    RequestDefaults r = RequestDefaults.of(s, p);
    assertEquals(11, r.fetchSize());
    assertEquals(DefaultConsistencyLevel.TWO, r.consistencyLevel());
    assertEquals(Duration.ofSeconds(4), r.timeout());
    assertEquals(
        Duration.ofSeconds(2), p.getDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT));
    assertEquals(
        Duration.ofSeconds(2), p.getDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT));
    assertEquals("none", p.getString(DefaultDriverOption.PROTOCOL_COMPRESSION));
  }

  @Test
  void url_request_settings_stay_out_of_the_shared_session_configuration()
      throws SQLException, IOException {
    // a second connection on the same session, without fetchSize, must not inherit the first's
    Path f = file("tuned.conf", TUNED);
    ConnectionSettings first = settings("jdbc:cassandra://h?fetchSize=11&configFile=" + f);
    ConnectionSettings second = settings("jdbc:cassandra://h?configFile=" + f);
    assertEquals(SessionKey.of(first), SessionKey.of(second));
    DriverExecutionProfile sessionProfile = profile(layered(first));
    assertEquals(11, RequestDefaults.of(first, sessionProfile).fetchSize());
    assertEquals(7, RequestDefaults.of(second, sessionProfile).fetchSize());
  }

  @Test
  void two_files_never_share_a_session() throws SQLException, IOException {
    Path a = file("a.conf", TUNED);
    Path b = file("b.conf", TUNED);
    assertNotEquals(
        SessionKey.of(settings("jdbc:cassandra://h?configFile=" + a)),
        SessionKey.of(settings("jdbc:cassandra://h?configFile=" + b)));
    assertNotEquals(
        SessionKey.of(settings("jdbc:cassandra://h?configFile=" + a)),
        SessionKey.of(settings("jdbc:cassandra://h")));
  }

  @Test
  void a_missing_file_is_hy024_naming_it() throws SQLException {
    Path missing = dir.resolve("nowhere.conf");
    ConnectionSettings s =
        settings("jdbc:cassandra://h?user=u&password=s3cret-pw&configFile=" + missing);
    SQLException e = assertThrows(SQLException.class, () -> layered(s));
    assertEquals("HY024", e.getSQLState());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret-pw"), e.getMessage());
  }

  @Test
  void a_malformed_file_is_hy024_naming_it_without_secrets() throws SQLException, IOException {
    Path bad =
        file(
            "bad.conf",
            "datastax-java-driver {\n"
                + "  advanced.auth-provider.password = \"hunter2\"\n"
                + "  basic.request.page-size = {{\n");
    ConnectionSettings s =
        settings("jdbc:cassandra://h?user=u&password=s3cret-pw&configFile=" + bad);
    SQLException e = assertThrows(SQLException.class, () -> layered(s));
    assertEquals("HY024", e.getSQLState());
    assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret-pw"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void a_wrongly_typed_option_is_hy024_naming_the_file() throws SQLException, IOException {
    Path bad = file("typed.conf", "datastax-java-driver.basic.request.page-size = lots\n");
    SQLException e =
        assertThrows(
            SQLException.class, () -> layered(settings("jdbc:cassandra://h?configFile=" + bad)));
    assertEquals("HY024", e.getSQLState());
    assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("page-size"), e.getMessage());

    Path level = file("level.conf", "datastax-java-driver.basic.request.consistency = MOST\n");
    SQLException e2 =
        assertThrows(
            SQLException.class, () -> layered(settings("jdbc:cassandra://h?configFile=" + level)));
    assertEquals("HY024", e2.getSQLState());
    assertTrue(e2.getMessage().contains("MOST"), e2.getMessage());
  }
}
