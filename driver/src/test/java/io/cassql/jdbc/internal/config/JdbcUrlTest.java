package io.cassql.jdbc.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {

  @Test
  void should_parse_hosts_ports_keyspace_and_parameters() throws SQLException {
    JdbcUrl url =
        JdbcUrl.parse(
            "jdbc:cassandra://h1:9043,h2,[::1]:9044/ks?consistencyLevel=QUORUM&fetchSize=10");
    assertEquals(
        List.of(
            new HostAndPort("h1", 9043), new HostAndPort("h2", -1), new HostAndPort("::1", 9044)),
        url.hosts());
    assertEquals("ks", url.keyspace());
    assertEquals(Map.of("consistencyLevel", "QUORUM", "fetchSize", "10"), url.parameters());
  }

  @Test
  void should_accept_the_legacy_semicolon_form() throws SQLException {
    JdbcUrl url =
        JdbcUrl.parse(
            "jdbc:cassandra://h:9042;AuthMech=1;UID=u;PWD=p;DefaultKeyspace=k;TunableConsistency=6");
    assertEquals(List.of(new HostAndPort("h", 9042)), url.hosts());
    assertNull(url.keyspace());
    assertEquals("p", url.parameters().get("PWD"));
    assertEquals("6", url.parameters().get("TunableConsistency"));
  }

  @Test
  void should_decode_percent_escapes_and_keep_plus_signs() throws SQLException {
    JdbcUrl url = JdbcUrl.parse("jdbc:cassandra://h/k?password=a%26b+c");
    assertEquals("a&b+c", url.parameters().get("password"));
  }

  @Test
  void should_reject_bad_urls_with_08001() {
    for (String bad :
        List.of(
            "jdbc:cassandra://",
            "jdbc:cassandra://h:99999",
            "jdbc:cassandra://h:x",
            "jdbc:cassandra://h?novalue",
            "jdbc:cassandra://h,,g",
            "jdbc:mysql://h")) {
      SQLException e = assertThrows(SQLException.class, () -> JdbcUrl.parse(bad), bad);
      assertEquals("08001", e.getSQLState(), bad);
    }
  }

  @Test
  void should_accept_only_its_own_prefix() {
    assertTrue(JdbcUrl.accepts("JDBC:CASSANDRA://h"));
    assertFalse(JdbcUrl.accepts("jdbc:postgresql://h"));
    assertFalse(JdbcUrl.accepts(null));
  }
}
