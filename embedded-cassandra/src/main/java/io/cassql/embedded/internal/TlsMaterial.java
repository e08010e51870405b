package io.cassql.embedded.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A self-signed server key store and the matching client trust store, made with keytool. */
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

  /** Creates both stores unless they exist. */
  public void ensureCreated() {
    if (Files.exists(truststore())) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Path cert = dir.resolve("node.cer");
      keytool("-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048",
          "-validity", "3650", "-dname", "CN=localhost",
          "-ext", "SAN=ip:127.0.0.1,ip:127.0.0.2,ip:127.0.0.3,dns:localhost",
          "-keystore", keystore().toString(), "-storetype", "PKCS12",
          "-storepass", PASSWORD, "-keypass", PASSWORD);
      keytool("-exportcert", "-alias", "node", "-keystore", keystore().toString(),
          "-storepass", PASSWORD, "-file", cert.toString());
      keytool("-importcert", "-noprompt", "-alias", "node", "-file", cert.toString(),
          "-keystore", truststore().toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
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
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("keytool failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
