package io.cassql.tck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Round trips of {@link BadInput} cases: a value written into {@code scratch} must read back
 * exactly.
 */
final class BadInputChecks {
  private BadInputChecks() {}

  /** Writes {@code value} through a prepared INSERT (SQL DML or CQL, by the connection's mode). */
  static void paramRoundTrip(Connection c, int id, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO scratch (id, t) VALUES (?, ?)")) {
      ps.setInt(1, id);
      ps.setString(2, value);
      ps.executeUpdate();
    }
    assertText(c, id, value);
  }

  /** Writes {@code value} as a quoted literal (quotes doubled) in a plain INSERT. */
  static void quotedRoundTrip(Connection c, int id, String value) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO scratch (id, t) VALUES (" + id + ", '" + value.replace("'", "''") + "')");
    }
    assertText(c, id, value);
  }

  /**
   * Writes {@code literal} verbatim as the value expression of a plain INSERT and expects {@code
   * value}.
   */
  static void literalRoundTrip(Connection c, int id, String literal, String value)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO scratch (id, t) VALUES (" + id + ", " + literal + ")");
    }
    assertText(c, id, value);
  }

  /** Writes every byte value 0..255 as a blob and reads it back. */
  static void blobRoundTrip(Connection c, int id) throws SQLException {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO scratch (id, b) VALUES (?, ?)")) {
      ps.setInt(1, id);
      ps.setBytes(2, all);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT b FROM scratch WHERE id = ?")) {
      ps.setInt(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || !Arrays.equals(all, rs.getBytes(1))) {
          throw new AssertionError("blob of every byte value did not round-trip");
        }
      }
    }
  }

  static void assertText(Connection c, int id, String value) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT t FROM scratch WHERE id = ?")) {
      ps.setInt(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new AssertionError("row " + id + " was not written");
        }
        String read = rs.getString(1);
        if (!value.equals(read)) {
          throw new AssertionError(
              "text did not round-trip: wrote "
                  + BadInput.abbreviate(value)
                  + " ("
                  + value.length()
                  + " chars), read "
                  + (read == null
                      ? "null"
                      : BadInput.abbreviate(read) + " (" + read.length() + " chars)"));
        }
      }
    }
  }
}
