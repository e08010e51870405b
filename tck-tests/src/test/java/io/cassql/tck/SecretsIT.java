package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cassql.jdbc.CasSqlDriver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A password never shows: not in exception messages (wrong password, bad URLs carrying it), not in
 * {@code toString}, {@code DatabaseMetaData}, {@code getPropertyInfo}, warnings, {@code EXPLAIN}
 * output, nor in what the driver logs (slf4j-simple writes to {@code System.err}, captured here).
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
    cql("CREATE TABLE IF NOT EXISTS secrets_ks.t (id int PRIMARY KEY, v text)",
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
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, info).close(), url);
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
    connectFails("28000", url("?queryMode=sql&user=" + ROLE + "&password=" + WRONG), new Properties());
    connectFails("28000", url(";UID=" + ROLE + ";PWD=" + WRONG), new Properties());
  }

  @Test
  void should_hide_the_password_of_a_url_that_fails_to_parse_or_connect() {
    connectFails("HY024", url("?password=" + SECRET + "&fetchSize=abc"), credentials(SECRET));
    connectFails("HY024", url(";UID=" + ROLE + ";PWD=" + SECRET + ";TunableConsistency=99"), new Properties());
    connectFails("08001", "jdbc:cassandra://" + ROLE + ":" + SECRET + "@" + node.host() + ":" + node.nativePort(),
        new Properties());
    connectFails("08001", "jdbc:cassandra://" + node.host() + ":notaport?password=" + SECRET, new Properties());
    connectFails("08001", "jdbc:cassandra://" + node.host() + ":1?password=" + SECRET + "&user=" + ROLE
        + "&connectTimeout=2000", new Properties());
  }

  @Test
  void should_hide_the_password_in_toString_metadata_and_warnings() throws Exception {
    try (Connection c = DriverManager.getConnection(
        url("/secrets_ks?queryMode=cql&user=" + ROLE + "&password=" + SECRET + "&passwrd=" + SECRET), new Properties())) {
      DatabaseMetaData md = c.getMetaData();
      SQLWarning w = c.getWarnings();
      assertNotNull(w, "the misspelt property is warned about");
      String shown = c + " " + md.getURL() + " " + md.getUserName() + " " + w.getMessage() + " "
          + c.getClientInfo() + " " + c.createStatement();
      assertTrue(shown.contains(ROLE), shown);
      assertFalse(shown.contains(SECRET), shown);
    }
  }

  @Test
  void should_hide_the_password_in_getPropertyInfo() throws Exception {
    CasSqlDriver driver = new CasSqlDriver();
    for (String url : List.of(url("?password=" + SECRET), url(";PWD=" + SECRET),
        url("?sslTrustStorePassword=" + SECRET), url("?password=" + SECRET + "&fetchSize=bad"))) {
      for (DriverPropertyInfo info : driver.getPropertyInfo(url, credentials(SECRET))) {
        String shown = info.name + "=" + info.value + " " + info.description + " "
            + (info.choices == null ? "" : String.join(",", info.choices));
        assertFalse(shown.contains(SECRET), url + ": " + shown);
      }
    }
  }

  @Test
  void should_hide_the_password_in_explain_output() throws Exception {
    try (Connection c = DriverManager.getConnection(url("/secrets_ks?queryMode=sql"), ROLE, SECRET)) {
      List<String> plan = SqlModeIT.query(c, "EXPLAIN PLAN FOR SELECT v FROM t WHERE id = 1");
      assertFalse(plan.isEmpty());
      assertTrue(String.join("\n", plan).contains("secrets_ks"), plan.toString());
      assertFalse(String.join("\n", plan).contains(SECRET), plan.toString());
      assertEquals(List.of("one"), SqlModeIT.query(c, "SELECT v FROM t WHERE id = 1"));
    }
  }

  @Test
  void should_hide_passwords_of_failed_role_statements() {
    SQLException e = assertThrows(SQLException.class, () -> {
      try (Connection c = DriverManager.getConnection(url("?queryMode=cql"), ROLE, SECRET)) {
        c.createStatement().execute("ALTER ROLE cassandra WITH PASSWORD = '" + WRONG + "'");
      }
    });
    assertHidden(e);
    assertEquals("42000", e.getSQLState(), e.getMessage());
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
