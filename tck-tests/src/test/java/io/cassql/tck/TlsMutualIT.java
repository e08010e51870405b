package io.cassql.tck;

import static io.cassql.tck.TlsNodes.WRONG_PASSWORD;
import static io.cassql.tck.TlsNodes.on;
import static io.cassql.tck.TlsNodes.refused;
import static io.cassql.tck.TlsNodes.trusting;
import static io.cassql.tck.TlsNodes.url;
import static io.cassql.tck.TlsNodes.withClientCertificate;
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
 * A node of its own that requires client certificates (require_client_auth), at 127.0.0.4, an
 * address its certificate does not name (it names 127.0.0.1-3 and localhost): hostname validation
 * refuses it unless turned off; without the client key store the node refuses the client.
 */
class TlsMutualIT {
  private static final String NO_HOSTNAME_CHECK = "queryMode=cql&sslHostnameValidation=false";
  private static CassandraNode node;

  @BeforeAll
  static void start() {
    node = TlsNodes.start(ClientTls.MUTUAL, "127.0.0.4");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.stop();
    }
  }

  @Test
  void should_connect_with_a_client_certificate_and_query_in_both_modes() throws Exception {
    on(
        url(node, NO_HOSTNAME_CHECK),
        withClientCertificate(node),
        c -> {
          try (Statement s = c.createStatement()) {
            assertEquals(
                List.of("127.0.0.4"),
                SqlModeIT.rows(s.executeQuery("SELECT rpc_address FROM system.local")).stream()
                    .map(a -> a.replace("/", ""))
                    .toList());
          }
        });
    on(
        url(node, "queryMode=sql&sslHostnameValidation=false"),
        withClientCertificate(node),
        c -> {
          try (Statement s = c.createStatement()) {
            assertEquals(
                List.of("COMPLETED"),
                SqlModeIT.rows(s.executeQuery("SELECT bootstrapped FROM \"system\".\"local\"")));
          }
        });
  }

  @Test
  void should_refuse_a_client_without_a_certificate() {
    refused(url(node, NO_HOSTNAME_CHECK), trusting(node), "client certificate", "sslKeyStore");
  }

  @Test
  void should_validate_the_node_hostname_by_default_and_name_the_switch() {
    refused(
        url(node, "queryMode=cql"),
        withClientCertificate(node),
        "127.0.0.4",
        "sslHostnameValidation");
  }

  @Test
  void should_refuse_a_wrong_key_store_password_without_echoing_it() {
    Properties p = withClientCertificate(node);
    p.setProperty("sslKeyStorePassword", WRONG_PASSWORD);
    refused(url(node, NO_HOSTNAME_CHECK), p, "key store", "password");
  }
}
