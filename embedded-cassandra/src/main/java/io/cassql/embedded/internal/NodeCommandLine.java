package io.cassql.embedded.internal;

import io.cassql.embedded.NodeSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The java command line of a Cassandra child JVM: JDK 17 flags, system properties, class path. */
public final class NodeCommandLine {
  private static final String CLASSPATH_RESOURCE = "/io/cassql/embedded/cassandra-server.classpath";

  /** From Cassandra's conf/jvm17-server.options. */
  private static final List<String> ADD_EXPORTS =
      List.of(
          "java.base/jdk.internal.misc",
          "java.base/jdk.internal.ref",
          "java.base/sun.nio.ch",
          "java.management.rmi/com.sun.jmx.remote.internal.rmi",
          "java.rmi/sun.rmi.registry",
          "java.rmi/sun.rmi.server",
          "java.sql/java.sql",
          "java.base/java.lang.ref",
          "jdk.unsupported/sun.misc");

  private static final List<String> ADD_OPENS =
      List.of(
          "java.base/java.lang.module",
          "java.base/jdk.internal.loader",
          "java.base/jdk.internal.ref",
          "java.base/jdk.internal.reflect",
          "java.base/jdk.internal.math",
          "java.base/jdk.internal.module",
          "java.base/jdk.internal.util.jar",
          "jdk.management/com.sun.management.internal",
          "java.base/sun.nio.ch",
          "java.base/java.io",
          "java.base/java.nio",
          "java.base/java.util.concurrent",
          "java.base/java.util",
          "java.base/java.util.concurrent.atomic",
          "java.base/java.lang",
          "java.base/java.math",
          "java.base/java.lang.reflect",
          "java.base/java.net");

  private final NodeSettings settings;
  private final Path directory;
  private final Path yaml;
  private final Path logback;

  public NodeCommandLine(NodeSettings settings, Path directory, Path yaml, Path logback) {
    this.settings = settings;
    this.directory = directory;
    this.yaml = yaml;
    this.logback = logback;
  }

  /** The full command, starting with the current JVM's java executable. */
  public List<String> command() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xms256m");
    cmd.add("-Xmx" + settings.heap());
    cmd.add("-Xss512k");
    cmd.add("-XX:+UseG1GC");
    cmd.add("-XX:+HeapDumpOnOutOfMemoryError");
    cmd.add("-XX:HeapDumpPath=" + directory.resolve("heapdump.hprof"));
    cmd.add("-XX:ActiveProcessorCount=2");
    ADD_EXPORTS.forEach(e -> cmd.add("--add-exports=" + e + "=ALL-UNNAMED"));
    ADD_OPENS.forEach(o -> cmd.add("--add-opens=" + o + "=ALL-UNNAMED"));
    cmd.add("-Djava.net.preferIPv4Stack=true");
    cmd.add("-Dcassandra.config=" + yaml.toUri());
    cmd.add("-Dcassandra-foreground=yes");
    cmd.add("-Dcassandra.storagedir=" + directory.resolve("data"));
    cmd.add("-Dcassandra.logdir=" + directory.resolve("logs"));
    cmd.add("-Dcassandra.jmx.local.port=" + settings.jmxPort());
    cmd.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
    // a node alone (its own seed) need not wait for the ring; one that joins others needs time for
    // its shadow gossip round with the seeds
    boolean ownSeed =
        java.util.Arrays.stream(settings.seeds().split(","))
            .allMatch(seed -> seed.trim().split(":")[0].equals(settings.listenAddress()));
    cmd.add("-Dcassandra.ring_delay_ms=" + (ownSeed ? 0 : 5000));
    cmd.add("-Dcassandra.superuser_setup_delay_ms=0");
    cmd.add("-Dcassandra.initial_token_allocation_delay_ms=0");
    cmd.add("-Dlogback.configurationFile=" + logback.toUri());
    cmd.add("-cp");
    cmd.add(serverClasspath());
    cmd.add("org.apache.cassandra.service.CassandraDaemon");
    return cmd;
  }

  /** The class path of cassandra-all and its dependencies, resolved at build time. */
  static String serverClasspath() {
    try (InputStream in = NodeCommandLine.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing "
                + CLASSPATH_RESOURCE
                + ": build the embedded-cassandra module with Maven first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
