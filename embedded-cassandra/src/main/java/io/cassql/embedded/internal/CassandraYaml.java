package io.cassql.embedded.internal;

import io.cassql.embedded.ClientTls;
import io.cassql.embedded.NodeSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Renders the cassandra.yaml (and logback.xml) of one node from its settings. */
public final class CassandraYaml {
  private final NodeSettings s;
  private final Path dir;
  private final TlsMaterial tls;

  public CassandraYaml(NodeSettings settings, Path directory, TlsMaterial tls) {
    this.s = settings;
    this.dir = directory;
    this.tls = tls;
  }

  /** The yaml text. */
  public String render() {
    String seeds =
        Arrays.stream(s.seeds().split(","))
            .map(String::trim)
            .map(seed -> seed.contains(":") ? seed : seed + ":" + s.storagePort())
            .collect(Collectors.joining(","));
    StringBuilder y = new StringBuilder();
    y.append("cluster_name: '")
        .append(s.clusterName())
        .append("'\n")
        .append("num_tokens: ")
        .append(s.numTokens())
        .append('\n')
        .append("partitioner: org.apache.cassandra.dht.Murmur3Partitioner\n")
        .append("data_file_directories:\n  - ")
        .append(dir.resolve("data"))
        .append('\n')
        .append("commitlog_directory: ")
        .append(dir.resolve("commitlog"))
        .append('\n')
        .append("saved_caches_directory: ")
        .append(dir.resolve("saved_caches"))
        .append('\n')
        .append("hints_directory: ")
        .append(dir.resolve("hints"))
        .append('\n')
        .append("cdc_raw_directory: ")
        .append(dir.resolve("cdc_raw"))
        .append('\n')
        .append("commitlog_sync: periodic\n")
        .append("commitlog_sync_period: 10000ms\n")
        .append("seed_provider:\n")
        .append("  - class_name: org.apache.cassandra.locator.SimpleSeedProvider\n")
        .append("    parameters:\n")
        .append("      - seeds: \"")
        .append(seeds)
        .append("\"\n")
        .append("listen_address: ")
        .append(s.listenAddress())
        .append('\n')
        .append("rpc_address: ")
        .append(s.listenAddress())
        .append('\n')
        .append("storage_port: ")
        .append(s.storagePort())
        .append('\n')
        .append("native_transport_port: ")
        .append(s.nativePort())
        .append('\n')
        .append("start_native_transport: true\n")
        .append("endpoint_snitch: SimpleSnitch\n")
        .append("dynamic_snitch: false\n")
        .append("phi_convict_threshold: 5\n")
        .append("authenticator: ")
        .append(s.authentication() ? "PasswordAuthenticator" : "AllowAllAuthenticator")
        .append('\n')
        .append("authorizer: ")
        .append(s.authentication() ? "CassandraAuthorizer" : "AllowAllAuthorizer")
        .append('\n')
        .append("role_manager: CassandraRoleManager\n")
        .append("auto_snapshot: false\n")
        .append("snapshot_before_compaction: false\n")
        .append("concurrent_reads: 8\n")
        .append("concurrent_writes: 8\n")
        .append("concurrent_counter_writes: 4\n")
        .append("concurrent_compactors: 1\n")
        .append("materialized_views_enabled: true\n")
        .append("read_request_timeout: 5000ms\n")
        .append("range_request_timeout: 10000ms\n")
        .append("write_request_timeout: 2000ms\n")
        .append("request_timeout: 10000ms\n")
        .append("batch_size_fail_threshold: 640KiB\n");
    if (tls != null) {
      y.append("client_encryption_options:\n")
          .append("  enabled: true\n")
          .append("  optional: ")
          .append(s.clientTlsMode() == ClientTls.OPTIONAL)
          .append('\n')
          .append("  keystore: ")
          .append(tls.keystore())
          .append('\n')
          .append("  keystore_password: ")
          .append(TlsMaterial.PASSWORD)
          .append('\n');
      if (s.clientTlsMode() == ClientTls.MUTUAL) {
        y.append("  require_client_auth: true\n")
            .append("  truststore: ")
            .append(tls.nodeTruststore())
            .append('\n')
            .append("  truststore_password: ")
            .append(TlsMaterial.PASSWORD)
            .append('\n');
      }
    }
    return y.toString();
  }

  /** A logback configuration: INFO to logs/system.log, warnings to the console. */
  public static String logbackXml(Path logDir) {
    return """
        <configuration scan="false">
          <appender name="FILE" class="ch.qos.logback.core.FileAppender">
            <file>%s/system.log</file>
            <encoder><pattern>%%-5level [%%thread] %%date{ISO8601} %%F:%%L - %%msg%%n</pattern></encoder>
          </appender>
          <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
            <filter class="ch.qos.logback.classic.filter.ThresholdFilter"><level>WARN</level></filter>
            <encoder><pattern>%%-5level [%%thread] %%date{ISO8601} - %%msg%%n</pattern></encoder>
          </appender>
          <root level="INFO">
            <appender-ref ref="FILE"/>
            <appender-ref ref="STDOUT"/>
          </root>
        </configuration>
        """
        .formatted(logDir);
  }
}
