package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.ssl.ProgrammaticSslEngineFactory;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.config.AuthenticationType;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import io.cassql.jdbc.internal.error.CassandraErrorTranslator;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Opens a CqlSession from connection settings; the data centre is inferred unless given. */
final class CqlSessionFactory {
  private static final AtomicInteger SESSION_NUMBER = new AtomicInteger();

  private CqlSessionFactory() {}

  static CqlSession open(ConnectionSettings s) throws SQLException {
    ClassLoader loader = CqlSessionFactory.class.getClassLoader();
    Duration connectTimeout = s.connectTimeout();
    ProgrammaticDriverConfigLoaderBuilder config =
        DriverConfigLoader.programmaticBuilder(loader)
            .withString(
                DefaultDriverOption.SESSION_NAME, "cassql-" + SESSION_NUMBER.incrementAndGet())
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, s.requestTimeout())
            .withString(DefaultDriverOption.REQUEST_CONSISTENCY, s.consistencyLevel().name())
            .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, s.fetchSize())
            .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, connectTimeout)
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, connectTimeout)
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, connectTimeout)
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, connectTimeout)
            .withBoolean(DefaultDriverOption.RECONNECT_ON_INIT, false)
            .withDuration(DefaultDriverOption.HEARTBEAT_INTERVAL, Duration.ofSeconds(10))
            .withBoolean(DefaultDriverOption.REQUEST_LOG_WARNINGS, false)
            .withClass(DefaultDriverOption.RETRY_POLICY_CLASS, SafeRetryPolicy.class)
            // a node (or the whole cluster) that comes back is used again within seconds, not a
            // minute
            .withDuration(DefaultDriverOption.RECONNECTION_BASE_DELAY, Duration.ofMillis(500))
            .withDuration(DefaultDriverOption.RECONNECTION_MAX_DELAY, Duration.ofSeconds(5))
            // system keyspaces are visible too (as system tables); the driver's default hides them
            .withStringList(
                DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES, java.util.List.of())
            // closing the last connection should not wait for Netty's default 2 s quiet period
            .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
            .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0);
    if (s.speculativeExecutions() > 0) {
      // an idempotent request (a read) whose node has not answered after the delay is also sent
      // to the next node of its plan; the first answer wins, so no row is read twice
      config
          .withString(
              DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS,
              "ConstantSpeculativeExecutionPolicy")
          .withInt(DefaultDriverOption.SPECULATIVE_EXECUTION_MAX, s.speculativeExecutions() + 1)
          .withDuration(DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY, s.speculativeDelay());
    }
    if (!s.compression().equals("none")) {
      config.withString(DefaultDriverOption.PROTOCOL_COMPRESSION, s.compression());
    }
    if (s.localDatacenter().isEmpty()) {
      config.withString(
          DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, "DcInferringLoadBalancingPolicy");
    }
    CqlSessionBuilder builder =
        CqlSession.builder()
            .withClassLoader(loader)
            .withConfigLoader(config.build())
            .addContactPoints(s.contactPoints());
    s.localDatacenter().ifPresent(builder::withLocalDatacenter);
    if (s.authenticationType() == AuthenticationType.BASIC) {
      builder.withAuthCredentials(s.user(), s.password() == null ? "" : s.password());
    }
    if (s.ssl()) {
      builder.withSslEngineFactory(
          new ProgrammaticSslEngineFactory(sslContext(s), null, s.sslHostnameValidation()));
    }
    try {
      return builder.build();
    } catch (RuntimeException e) {
      throw TlsFailureHint.explain(CassandraErrorTranslator.translateConnect(e, s.target()), e, s);
    }
  }

  private static SSLContext sslContext(ConnectionSettings s) throws SQLException {
    TrustManagerFactory tmf = trustManagers(s);
    KeyManagerFactory kmf = keyManagers(s);
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw SqlErrors.create(
          SqlState.UNABLE_TO_CONNECT, "could not set up TLS: " + e.getMessage(), e);
    }
  }

  private static TrustManagerFactory trustManagers(ConnectionSettings s) throws SQLException {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(
          s.sslTrustStore() == null ? null : load(s.sslTrustStore(), s.sslTrustStorePassword()));
      return tmf;
    } catch (Exception e) {
      throw SqlErrors.create(
          SqlState.UNABLE_TO_CONNECT,
          "could not load the TLS trust store " + s.sslTrustStore() + ": " + e.getMessage(),
          e);
    }
  }

  /** The client's key (mutual TLS), or null when no key store is given. */
  private static KeyManagerFactory keyManagers(ConnectionSettings s) throws SQLException {
    if (s.sslKeyStore() == null) {
      return null;
    }
    try {
      char[] password =
          s.sslKeyStorePassword() == null ? new char[0] : s.sslKeyStorePassword().toCharArray();
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(load(s.sslKeyStore(), s.sslKeyStorePassword()), password);
      return kmf;
    } catch (Exception e) {
      throw SqlErrors.create(
          SqlState.UNABLE_TO_CONNECT,
          "could not load the TLS key store " + s.sslKeyStore() + ": " + e.getMessage(),
          e);
    }
  }

  private static KeyStore load(String file, String password) throws Exception {
    KeyStore store =
        KeyStore.getInstance(
            file.toLowerCase(java.util.Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12");
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      store.load(in, password == null ? null : password.toCharArray());
    }
    return store;
  }
}
