package io.cassql.embedded.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed TLS material made with keytool: the node's key store and the client trust store that
 * verifies it, and a client key store with the node trust store that verifies the client (mutual
 * TLS).
 */
public final class TlsMaterial {
  /** Password of both stores (test material only). */
  public static final String PASSWORD = "cassql-tls";

  private final Path dir;

  public TlsMaterial(Path dir) {
    this.dir = dir;
  }

  /** The PKCS12 key store the node serves. */
  public Path keystore() {
    return dir.resolve("node-keystore.p12");
  }

  /** The PKCS12 trust store a client needs to verify the node. */
  public Path truststore() {
    return dir.resolve("client-truststore.p12");
  }

  /** The PKCS12 key store holding the client's certificate and key (for mutual TLS). */
  public Path clientKeystore() {
    return dir.resolve("client-keystore.p12");
  }

  /** The PKCS12 trust store the node uses to verify client certificates. */
  public Path nodeTruststore() {
    return dir.resolve("node-truststore.p12");
  }

  /** Creates the stores unless they exist. */
  public void ensureCreated() {
    if (Files.exists(nodeTruststore())) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Path cert = dir.resolve("node.cer");
      keytool(
          "-genkeypair",
          "-alias",
          "node",
          "-keyalg",
          "RSA",
          "-keysize",
          "2048",
          "-validity",
          "3650",
          "-dname",
          "CN=localhost",
          "-ext",
          "SAN=ip:127.0.0.1,ip:127.0.0.2,ip:127.0.0.3,dns:localhost",
          "-keystore",
          keystore().toString(),
          "-storetype",
          "PKCS12",
          "-storepass",
          PASSWORD,
          "-keypass",
          PASSWORD);
      keytool(
          "-exportcert",
          "-alias",
          "node",
          "-keystore",
          keystore().toString(),
          "-storepass",
          PASSWORD,
          "-file",
          cert.toString());
      keytool(
          "-importcert",
          "-noprompt",
          "-alias",
          "node",
          "-file",
          cert.toString(),
          "-keystore",
          truststore().toString(),
          "-storetype",
          "PKCS12",
          "-storepass",
          PASSWORD);
      Path clientCert = dir.resolve("client.cer");
      keytool(
          "-genkeypair",
          "-alias",
          "client",
          "-keyalg",
          "RSA",
          "-keysize",
          "2048",
          "-validity",
          "3650",
          "-dname",
          "CN=cassql-client",
          "-keystore",
          clientKeystore().toString(),
          "-storetype",
          "PKCS12",
          "-storepass",
          PASSWORD,
          "-keypass",
          PASSWORD);
      keytool(
          "-exportcert",
          "-alias",
          "client",
          "-keystore",
          clientKeystore().toString(),
          "-storepass",
          PASSWORD,
          "-file",
          clientCert.toString());
      keytool(
          "-importcert",
          "-noprompt",
          "-alias",
          "client",
          "-file",
          clientCert.toString(),
          "-keystore",
          nodeTruststore().toString(),
          "-storetype",
          "PKCS12",
          "-storepass",
          PASSWORD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void keytool(String... args) throws IOException {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("keytool failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
