package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.ssl.ProgrammaticSslEngineFactory;
import com.datastax.oss.driver.internal.core.config.typesafe.DefaultDriverConfigLoader;
import com.typesafe.config.Config;
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
    Config config =
        DriverConfigLayers.layered(
            s, "cassql-" + SESSION_NUMBER.incrementAndGet(), DriverConfigLayers.driverBase(loader));
    CqlSessionBuilder builder =
        CqlSession.builder()
            .withClassLoader(loader)
            .withConfigLoader(new DefaultDriverConfigLoader(() -> config, false))
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
