package io.cassql.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.embedded.NodeSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CassandraYamlTest {
  private NodeSettings settings(boolean auth) {
    return new NodeSettings(
        "c",
        "127.0.0.2",
        9142,
        7100,
        7299,
        "127.0.0.1,127.0.0.2",
        auth,
        io.cassql.embedded.ClientTls.OFF,
        Path.of("/tmp/n"),
        "1g",
        16,
        Duration.ofSeconds(1));
  }

  @Test
  void should_render_ports_seeds_and_authenticator() {
    String yaml = new CassandraYaml(settings(true), Path.of("/tmp/n"), null).render();
    assertTrue(yaml.contains("native_transport_port: 9142\n"));
    assertTrue(yaml.contains("storage_port: 7100\n"));
    assertTrue(yaml.contains("seeds: \"127.0.0.1:7100,127.0.0.2:7100\""));
    assertTrue(yaml.contains("listen_address: 127.0.0.2\n"));
    assertTrue(yaml.contains("authenticator: PasswordAuthenticator\n"));
    assertFalse(yaml.contains("client_encryption_options"));
  }

  @Test
  void should_allow_all_without_authentication() {
    String yaml = new CassandraYaml(settings(false), Path.of("/tmp/n"), null).render();
    assertTrue(yaml.contains("authenticator: AllowAllAuthenticator\n"));
  }

  @Test
  void should_resolve_the_server_class_path_at_build_time() {
    String cp = NodeCommandLine.serverClasspath();
    assertTrue(cp.contains("cassandra-all-5.0"), cp);
  }

  @Test
  void should_require_tls_and_client_certificates_when_asked() {
    NodeSettings s =
        new NodeSettings(
            "c",
            "127.0.0.2",
            9142,
            7100,
            7299,
            "127.0.0.2",
            false,
            io.cassql.embedded.ClientTls.MUTUAL,
            Path.of("/tmp/n"),
            "1g",
            16,
            Duration.ofSeconds(1));
    String yaml =
        new CassandraYaml(s, Path.of("/tmp/n"), new TlsMaterial(Path.of("/tmp/n/tls"))).render();
    assertTrue(yaml.contains("  optional: false\n"), yaml);
    assertTrue(yaml.contains("  require_client_auth: true\n"), yaml);
    assertTrue(yaml.contains("  truststore: /tmp/n/tls/node-truststore.p12\n"), yaml);
  }
}
