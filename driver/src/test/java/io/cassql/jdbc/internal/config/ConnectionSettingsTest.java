package io.cassql.jdbc.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.cassql.jdbc.CasSqlDriver;
import io.cassql.jdbc.CasSqlProperty;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

  private static ConnectionSettings settings(String url) throws SQLException {
    return ConnectionSettings.from(url, new Properties());
  }

  @Test
  void should_apply_defaults() throws SQLException {
    ConnectionSettings s = settings("jdbc:cassandra://h");
    assertEquals(9042, s.port());
    assertEquals(DefaultConsistencyLevel.ONE, s.consistencyLevel());
    assertEquals(QueryMode.AUTO, s.queryMode());
    assertEquals(5000, s.fetchSize());
    assertEquals("_vt_", s.vtSeparator());
    assertEquals(AuthenticationType.ANONYMOUS, s.authenticationType());
    assertEquals("h:9042", s.target());
  }

  @Test
  void should_read_legacy_names_and_consistency_codes() throws SQLException {
    ConnectionSettings s =
        settings(
            "jdbc:cassandra://h:9042;AuthMech=1;UID=u;PWD=p;DefaultKeyspace=k;TunableConsistency=6");
    assertEquals(AuthenticationType.BASIC, s.authenticationType());
    assertEquals("u", s.user());
    assertEquals("p", s.password());
    assertEquals("k", s.keyspace());
    assertEquals(DefaultConsistencyLevel.LOCAL_QUORUM, s.consistencyLevel());
  }

  @Test
  void should_map_every_consistency_level_name_and_code() throws SQLException {
    for (String name : CasSqlProperty.CONSISTENCY_LEVEL.choices()) {
      DefaultConsistencyLevel level = DefaultConsistencyLevel.valueOf(name);
      assertEquals(
          level,
          settings("jdbc:cassandra://h?consistencyLevel=" + name.toLowerCase()).consistencyLevel());
      assertEquals(
          level,
          settings("jdbc:cassandra://h?TunableConsistency=" + level.getProtocolCode())
              .consistencyLevel());
    }
  }

  @Test
  void should_reject_bad_values_with_hy024_and_say_what_is_allowed() {
    SQLException e =
        assertThrows(
            SQLException.class, () -> settings("jdbc:cassandra://h?consistencyLevel=MOST"));
    assertEquals("HY024", e.getSQLState());
    assertTrue(e.getMessage().contains("LOCAL_QUORUM"), e.getMessage());
    for (String bad :
        List.of(
            "consistencyLevel=0",
            "queryMode=xml",
            "fetchSize=-1",
            "requestTimeout=soon",
            "readRetryWindow=-1",
            "speculativeExecutions=many",
            "speculativeDelay=0",
            "authenticationType=Kerberos",
            "ssl=maybe",
            "authenticationType=Basic")) {
      SQLException x =
          assertThrows(SQLException.class, () -> settings("jdbc:cassandra://h?" + bad), bad);
      assertEquals("HY024", x.getSQLState(), bad);
    }
  }

  @Test
  void should_let_url_parameters_override_properties_with_names_in_any_case() throws SQLException {
    Properties p = new Properties();
    p.setProperty("USER", "from-props");
    p.setProperty("FetchSize", "7");
    ConnectionSettings s =
        ConnectionSettings.from("jdbc:cassandra://h?user=from-url&REQUESTTIMEOUT=250", p);
    assertEquals("from-url", s.user());
    assertEquals(7, s.fetchSize());
    assertEquals(Duration.ofMillis(250), s.requestTimeout());
  }

  @Test
  void should_give_the_safe_read_defaults_and_let_zero_turn_retries_off() throws SQLException {
    ConnectionSettings defaults = settings("jdbc:cassandra://h");
    assertEquals(Duration.ofSeconds(60), defaults.readRetryWindow());
    assertEquals(1, defaults.speculativeExecutions());
    assertEquals(
        Duration.ofMillis(Long.parseLong(CasSqlProperty.SPECULATIVE_DELAY.defaultValue())),
        defaults.speculativeDelay());
    ConnectionSettings off =
        settings("jdbc:cassandra://h?readRetryWindow=0&speculativeExecutions=0");
    assertEquals(Duration.ZERO, off.readRetryWindow());
    assertEquals(0, off.speculativeExecutions());
  }

  @Test
  void should_collect_unknown_property_names() throws SQLException {
    assertEquals(List.of("colour"), settings("jdbc:cassandra://h?colour=blue").unknownProperties());
  }

  @Test
  void should_describe_every_property_without_revealing_the_password() throws SQLException {
    DriverPropertyInfo[] info =
        new CasSqlDriver().getPropertyInfo("jdbc:cassandra://h?user=u&password=secret", null);
    assertEquals(CasSqlProperty.values().length, info.length);
    DriverPropertyInfo consistency =
        Arrays.stream(info)
            .filter(i -> i.name.equals("consistencyLevel"))
            .findFirst()
            .orElseThrow();
    assertEquals("ONE", consistency.value);
    assertEquals(8, consistency.choices.length);
    DriverPropertyInfo password =
        Arrays.stream(info).filter(i -> i.name.equals("password")).findFirst().orElseThrow();
    assertFalse(String.valueOf(password.value).contains("secret"));
  }
}
