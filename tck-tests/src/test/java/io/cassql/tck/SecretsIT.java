package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.embedded.internal.TlsMaterial;
import io.cassql.jdbc.CasSqlDriver;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A password never shows: not in exception messages (wrong password, bad URLs carrying it), not in
 * {@code toString}, {@code DatabaseMetaData}, {@code getPropertyInfo}, warnings, {@code EXPLAIN}
 * output, nor in what the driver logs (slf4j-simple writes to {@code System.err}, captured here);
 * the same for the TLS trust and key store passwords.
 */
class SecretsIT extends CassandraTestSupport {
  private static final String ROLE = "secrets_user";
  private static final String SECRET = "S3cr3t-Leak-Canary-42";
  private static final String WRONG = "Wr0ng-Leak-Canary-17";
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static PrintStream originalErr;

  @BeforeAll
  static void role() throws Exception {
    keyspace("secrets_ks");
    cql(
        "CREATE TABLE IF NOT EXISTS secrets_ks.t (id int PRIMARY KEY, v text)",
        "INSERT INTO secrets_ks.t (id, v) VALUES (1, 'one')",
        "CREATE ROLE IF NOT EXISTS " + ROLE + " WITH PASSWORD = '" + SECRET + "' AND LOGIN = true",
        "GRANT SELECT ON KEYSPACE secrets_ks TO " + ROLE);
    originalErr = System.err;
    System.setErr(new PrintStream(new TeeStream(originalErr, LOG), true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void logsNeverShowAPassword() {
    System.setErr(originalErr);
    String log = LOG.toString(StandardCharsets.UTF_8);
    assertFalse(log.contains(SECRET), "the password was logged");
    assertFalse(log.contains(WRONG), "the wrong password was logged");
  }

  private static void assertHidden(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    String text = out + String.valueOf(t instanceof SQLException s ? s.getNextException() : null);
    assertFalse(text.contains(SECRET), "password in " + t);
    assertFalse(text.contains(WRONG), "wrong password in " + t);
  }

  private static SQLException connectFails(String state, String url, Properties info) {
    SQLException e =
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, info).close(), url);
    assertHidden(e);
    assertEquals(state, e.getSQLState(), e.getMessage());
    return e;
  }

  private static Properties credentials(String password) {
    Properties p = new Properties();
    p.setProperty("user", ROLE);
    p.setProperty("password", password);
    return p;
  }

  @Test
  void should_hide_a_wrong_password_given_in_properties_or_in_the_url() {
    connectFails("28000", url("?queryMode=cql"), credentials(WRONG));
    connectFails(
        "28000", url("?queryMode=sql&user=" + ROLE + "&password=" + WRONG), new Properties());
    connectFails("28000", url(";UID=" + ROLE + ";PWD=" + WRONG), new Properties());
  }

  @Test
  void should_hide_the_password_of_a_url_that_fails_to_parse_or_connect() {
    connectFails("HY024", url("?password=" + SECRET + "&fetchSize=abc"), credentials(SECRET));
    connectFails(
        "HY024",
        url(";UID=" + ROLE + ";PWD=" + SECRET + ";TunableConsistency=99"),
        new Properties());
    connectFails(
        "08001",
        "jdbc:cassandra://" + ROLE + ":" + SECRET + "@" + node.host() + ":" + node.nativePort(),
        new Properties());
    connectFails(
        "08001",
        "jdbc:cassandra://" + node.host() + ":notaport?password=" + SECRET,
        new Properties());
    connectFails(
        "08001",
        "jdbc:cassandra://"
            + node.host()
            + ":1?password="
            + SECRET
            + "&user="
            + ROLE
            + "&connectTimeout=2000",
        new Properties());
  }

  @Test
  void should_hide_the_password_in_toString_metadata_and_warnings() throws Exception {
    try (Connection c =
        DriverManager.getConnection(
            url(
                "/secrets_ks?queryMode=cql&user="
                    + ROLE
                    + "&password="
                    + SECRET
                    + "&passwrd="
                    + SECRET),
            new Properties())) {
      DatabaseMetaData md = c.getMetaData();
      SQLWarning w = c.getWarnings();
      assertNotNull(w, "the misspelt property is warned about");
      String shown =
          c
              + " "
              + md.getURL()
              + " "
              + md.getUserName()
              + " "
              + w.getMessage()
              + " "
              + c.getClientInfo()
              + " "
              + c.createStatement();
      assertTrue(shown.contains(ROLE), shown);
      assertFalse(shown.contains(SECRET), shown);
    }
  }

  @Test
  void should_hide_the_password_in_getPropertyInfo() throws Exception {
    CasSqlDriver driver = new CasSqlDriver();
    for (String url :
        List.of(
            url("?password=" + SECRET),
            url(";PWD=" + SECRET),
            url("?sslTrustStorePassword=" + SECRET),
            url("?password=" + SECRET + "&fetchSize=bad"))) {
      for (DriverPropertyInfo info : driver.getPropertyInfo(url, credentials(SECRET))) {
        String shown =
            info.name
                + "="
                + info.value
                + " "
                + info.description
                + " "
                + (info.choices == null ? "" : String.join(",", info.choices));
        assertFalse(shown.contains(SECRET), url + ": " + shown);
      }
    }
  }

  @Test
  void should_hide_the_password_in_explain_output() throws Exception {
    try (Connection c =
        DriverManager.getConnection(url("/secrets_ks?queryMode=sql"), ROLE, SECRET)) {
      List<String> plan = SqlModeIT.query(c, "EXPLAIN PLAN FOR SELECT v FROM t WHERE id = 1");
      assertFalse(plan.isEmpty());
      assertTrue(String.join("\n", plan).contains("secrets_ks"), plan.toString());
      assertFalse(String.join("\n", plan).contains(SECRET), plan.toString());
      assertEquals(List.of("one"), SqlModeIT.query(c, "SELECT v FROM t WHERE id = 1"));
    }
  }

  @Test
  void should_hide_passwords_of_failed_role_statements() {
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> {
              try (Connection c =
                  DriverManager.getConnection(url("?queryMode=cql"), ROLE, SECRET)) {
                c.createStatement().execute("ALTER ROLE cassandra WITH PASSWORD = '" + WRONG + "'");
              }
            });
    assertHidden(e);
    assertEquals("42000", e.getSQLState(), e.getMessage());
  }

  @Test
  void should_hide_tls_store_passwords_right_or_wrong() throws Exception {
    String stores =
        "&ssl=true&sslTrustStore="
            + protectedCopy(node.clientTls().truststore())
            + "&sslKeyStore="
            + protectedCopy(node.clientTls().clientKeystore());
    String right = stores + "&sslTrustStorePassword=" + SECRET + "&sslKeyStorePassword=" + SECRET;
    try (Connection c =
        DriverManager.getConnection(
            url("/secrets_ks?queryMode=sql" + right + "&sslKeyStorePasword=" + SECRET),
            ROLE,
            SECRET)) {
      SQLWarning w = c.getWarnings();
      assertNotNull(w, "the misspelt property is warned about");
      List<String> plan = SqlModeIT.query(c, "EXPLAIN PLAN FOR SELECT v FROM t WHERE id = 1");
      String shown =
          c
              + " "
              + c.getMetaData().getURL()
              + " "
              + w.getMessage()
              + " "
              + c.getClientInfo()
              + " "
              + c.createStatement()
              + " "
              + plan;
      assertFalse(shown.contains(SECRET), shown);
      assertEquals(List.of("one"), SqlModeIT.query(c, "SELECT v FROM t WHERE id = 1"));
    }
    for (DriverPropertyInfo info :
        new CasSqlDriver().getPropertyInfo(url("?queryMode=cql" + right), credentials(SECRET))) {
      assertFalse((info.name + "=" + info.value).contains(SECRET), info.name + "=" + info.value);
    }
    connectFails(
        "08001",
        url(
            "?queryMode=cql"
                + stores
                + "&sslTrustStorePassword="
                + WRONG
                + "&sslKeyStorePassword="
                + SECRET),
        credentials(SECRET));
    connectFails(
        "08001",
        url(
            "?queryMode=cql"
                + stores
                + "&sslTrustStorePassword="
                + SECRET
                + "&sslKeyStorePassword="
                + WRONG),
        credentials(SECRET));
    Properties wrongInProperties = credentials(SECRET);
    wrongInProperties.setProperty("sslTrustStorePassword", SECRET);
    wrongInProperties.setProperty("sslKeyStorePassword", WRONG);
    connectFails("08001", url("?queryMode=cql" + stores), wrongInProperties);
  }

  /** A copy of a PKCS12 store (and its keys) protected by {@link #SECRET}, under target/. */
  private static String protectedCopy(Path store) throws Exception {
    char[] from = TlsMaterial.PASSWORD.toCharArray();
    char[] to = SECRET.toCharArray();
    KeyStore in = KeyStore.getInstance("PKCS12");
    try (InputStream s = Files.newInputStream(store)) {
      in.load(s, from);
    }
    KeyStore out = KeyStore.getInstance("PKCS12");
    out.load(null, to);
    for (String alias : Collections.list(in.aliases())) {
      if (in.isKeyEntry(alias)) {
        out.setKeyEntry(alias, in.getKey(alias, from), to, in.getCertificateChain(alias));
      } else {
        out.setCertificateEntry(alias, in.getCertificate(alias));
      }
    }
    Path copy =
        Files.createDirectories(Path.of("target", "secrets-tls")).resolve(store.getFileName());
    try (OutputStream s = Files.newOutputStream(copy)) {
      out.store(s, to);
    }
    return copy.toAbsolutePath().toString();
  }

  /** Copies what is written to {@code System.err} into a buffer as well. */
  private static final class TeeStream extends java.io.OutputStream {
    private final PrintStream first;
    private final ByteArrayOutputStream second;

    TeeStream(PrintStream first, ByteArrayOutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public synchronized void write(int b) {
      first.write(b);
      second.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      first.write(b, off, len);
      second.write(b, off, len);
    }
  }
}
