package io.cassql.embedded;

import java.nio.file.Path;
import java.time.Duration;

/** Resolved settings of one node: addresses, ports, security and resources. */
public record NodeSettings(
    String clusterName,
    String listenAddress,
    int nativePort,
    int storagePort,
    int jmxPort,
    String seeds,
    boolean authentication,
    ClientTls clientTlsMode,
    Path directory,
    String heap,
    int numTokens,
    Duration startTimeout) {}
