package io.cassql.tck;

import static io.cassql.tck.TlsNodes.WRONG_PASSWORD;
import static io.cassql.tck.TlsNodes.on;
import static io.cassql.tck.TlsNodes.refused;
import static io.cassql.tck.TlsNodes.trusting;
import static io.cassql.tck.TlsNodes.url;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cassql.embedded.CassandraNode;
import io.cassql.embedded.ClientTls;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node of its own that accepts TLS only (client encryption on, not optional), at 127.0.0.1, which
 * its certificate names: the driver verifies it (hostname validation on by default) and runs SQL
 * and CQL over TLS; a plain client, a wrong trust store password and no trust store fail with
 * 08001.
 */
class TlsRequiredIT {
  private static CassandraNode node;

  @BeforeAll
  static void start() throws Exception {
    node = TlsNodes.start(ClientTls.REQUIRED, "127.0.0.1");
    on(
        url(node, "queryMode=cql"),
        trusting(node),
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(
                "CREATE KEYSPACE IF NOT EXISTS tls_ks WITH replication = "
                    + "{'class': 'SimpleStrategy', 'replication_factor': 1}");
            s.execute("CREATE TABLE IF NOT EXISTS tls_ks.kv (k int PRIMARY KEY, v text)");
            s.execute("INSERT INTO tls_ks.kv (k, v) VALUES (1, 'one')");
            s.execute("INSERT INTO tls_ks.kv (k, v) VALUES (2, 'two')");
          }
        });
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.stop();
    }
  }

  @Test
  void should_query_in_cql_and_sql_mode_over_tls_with_hostname_validation_on_by_default()
      throws Exception {
    on(
        url(node, "queryMode=cql"),
        trusting(node),
        c -> {
          try (Statement s = c.createStatement()) {
            assertEquals(
                List.of("one"),
                SqlModeIT.rows(s.executeQuery("SELECT v FROM tls_ks.kv WHERE k = 1")));
          }
        });
    on(
        url(node, "queryMode=sql"),
        trusting(node),
        c -> {
          try (Statement s = c.createStatement()) {
            assertEquals(
                List.of("2|two"),
                SqlModeIT.rows(
                    s.executeQuery("SELECT k, v FROM tls_ks.kv WHERE v LIKE 't%' ORDER BY k")));
          }
        });
  }

  @Test
  void should_refuse_a_plain_client_promptly_and_say_that_tls_is_likely_required() {
    refused(url(node, "queryMode=cql"), new Properties(), "ssl=true", "TLS");
  }

  @Test
  void should_refuse_a_wrong_trust_store_password_without_echoing_it() {
    Properties p = trusting(node);
    p.setProperty("sslTrustStorePassword", WRONG_PASSWORD);
    refused(url(node, "queryMode=cql"), p, "trust store", "password");
  }

  @Test
  void should_refuse_a_node_certificate_the_default_trust_store_does_not_trust() {
    Properties p = new Properties();
    p.setProperty("ssl", "true");
    refused(url(node, "queryMode=cql&connectTimeout=5000"), p, "not trusted", "sslTrustStore");
  }
}
