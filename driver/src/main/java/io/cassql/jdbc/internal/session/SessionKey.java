package io.cassql.jdbc.internal.session;

import io.cassql.jdbc.internal.config.ConnectionSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two connections able to share one CqlSession: same contact points, credentials (kept
 * only as a digest), data centre, TLS settings, connect timeout, compression, speculative
 * executions (which the Java driver configures per session) and driver configuration file.
 * Per-request settings are not part of it.
 */
record SessionKey(
    List<String> contactPoints,
    String user,
    String credentialDigest,
    String authenticationType,
    String localDatacenter,
    String tls,
    long connectTimeoutMillis,
    String compression,
    int speculativeExecutions,
    long speculativeDelayMillis,
    String configFile) {

  static SessionKey of(ConnectionSettings s) throws SQLException {
    List<String> points =
        s.contactPoints().stream()
            .map(a -> a.getHostString() + ":" + a.getPort())
            .sorted()
            .toList();
    String tls =
        s.ssl()
            ? s.sslTrustStore()
                + "|"
                + digest(s.sslTrustStorePassword())
                + "|"
                + s.sslKeyStore()
                + "|"
                + digest(s.sslKeyStorePassword())
                + "|"
                + s.sslHostnameValidation()
            : "";
    return new SessionKey(
        points,
        s.user(),
        digest(s.password()),
        s.authenticationType().name(),
        s.localDatacenter().orElse(""),
        tls,
        s.connectTimeout().toMillis(),
        s.compression(),
        s.speculativeExecutions(),
        s.speculativeDelay().toMillis(),
        s.configFile().map(Object::toString).orElse(""));
  }

  private static String digest(String secret) {
    if (secret == null) {
      return "";
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "SessionKey" + contactPoints + (user == null ? "" : "[user=" + user + "]");
  }
}
