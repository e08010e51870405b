package io.cassql.jdbc.internal.session;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says what a failed connection most likely lacks in TLS terms, from the errors of the nodes tried:
 * TLS itself (a plain client at a TLS-only node), trust in the node's certificate, a certificate
 * that names the address, or a client certificate. Appended to the 08001 message; never a password.
 */
final class TlsFailureHint {
  private TlsFailureHint() {}

  /**
   * {@code failure} (08001) with a hint added when the node errors point at TLS, else unchanged.
   */
  static SQLException explain(SQLException failure, Throwable cause, ConnectionSettings s)
      throws SQLException {
    if (!SqlState.UNABLE_TO_CONNECT.code().equals(failure.getSQLState())) {
      return failure;
    }
    String hint = hint(errorText(cause), s);
    return hint == null
        ? failure
        : SqlErrors.create(SqlState.UNABLE_TO_CONNECT, failure.getMessage() + "; " + hint, cause);
  }

  private static String hint(String errors, ConnectionSettings s) throws SQLException {
    boolean closedEarly =
        errors.contains("closedconnectionexception")
            || errors.contains("connection reset")
            || errors.contains("lost connection")
            || errors.contains("timed out")
            || errors.contains("timeout");
    if (!s.ssl()) {
      return closedEarly
          ? "the node closed or ignored the plain connection: it likely requires TLS/SSL"
              + " (connect with ssl=true, and sslTrustStore unless the JVM trusts its certificate)"
          : null;
    }
    if (errors.contains("no subject alternative") || errors.contains("no name matching")) {
      return "hostname validation failed: the node's TLS certificate does not name the address connected to;"
          + " connect by a name or address the certificate contains, or set sslHostnameValidation=false";
    }
    if (errors.contains("pkix path")
        || errors.contains("unable to find valid certification path")
        || (errors.contains("certificate_unknown") && s.sslTrustStore() == null)) {
      return "the node's TLS certificate is not trusted: give the trust store holding it (or its CA)"
          + " in sslTrustStore and sslTrustStorePassword";
    }
    if (s.sslKeyStore() == null
        && (closedEarly
            || errors.contains("bad_certificate")
            || errors.contains("certificate_required")
            || errors.contains("handshake"))) {
      return "the node likely requires a client certificate (mutual TLS): give sslKeyStore and sslKeyStorePassword";
    }
    return null;
  }

  /**
   * The class names and messages of every error in the chain and of every node tried, lower case.
   */
  private static String errorText(Throwable cause) {
    List<Throwable> all = new ArrayList<>();
    collect(cause, all, 0);
    StringBuilder b = new StringBuilder();
    for (Throwable t : all) {
      b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static void collect(Throwable t, List<Throwable> out, int depth) {
    if (t == null || depth > 20 || out.contains(t)) {
      return;
    }
    out.add(t);
    if (t instanceof AllNodesFailedException all) {
      all.getAllErrors()
          .values()
          .forEach(errors -> errors.forEach(e -> collect(e, out, depth + 1)));
    }
    for (Throwable s : t.getSuppressed()) {
      collect(s, out, depth + 1);
    }
    collect(t.getCause(), out, depth + 1);
  }
}
