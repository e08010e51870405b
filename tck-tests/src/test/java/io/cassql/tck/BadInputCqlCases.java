package io.cassql.tck;

import static io.cassql.tck.BadInput.Mode.CQL;
import static io.cassql.tck.BadInput.call;
import static io.cassql.tck.BadInput.ok;
import static io.cassql.tck.BadInput.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile CQL-mode inputs: syntax, names, types, ranges, dates, sizes, quoting, injection,
 * unsupported calls.
 */
final class BadInputCqlCases {
  private BadInputCqlCases() {}

  static List<BadInput> all() {
    List<BadInput> cases = new ArrayList<>();
    malformedAndUnknown(cases);
    typesRangesDates(cases);
    sizesAndText(cases);
    injectionAndUnsupported(cases);
    return cases;
  }

  private static void malformedAndUnknown(List<BadInput> cases) {
    String cat = "malformed CQL";
    cases.add(text(cat, CQL, "SELECT id FROM canary WHERE", "42000", "syntax"));
    cases.add(text(cat, CQL, "INSERT INTO canary (id) VALUES", "42000", "syntax"));
    cases.add(text(cat, CQL, "SELECT id FROM canary WHERE id > 1", "42000", "ALLOW FILTERING"));
    cases.add(text(cat, CQL, "UPDATE canary SET v = 'pwned'", "42000", "syntax"));
    cases.add(text(cat, CQL, "CREATE TABLE nokey (id int)", "42000", "PRIMARY KEY"));
    cases.add(text(cat, CQL, "SELECT id FROM canary LIMIT -1", "42000", "LIMIT"));
    cases.add(
        text(
            cat,
            CQL,
            "BEGIN BATCH INSERT INTO canary (id, v) VALUES (1, 'pwned')",
            "42000",
            "syntax"));
    cases.add(text(cat, CQL, "SELECT id FROM canary; SELECT id FROM canary", "42000", "syntax"));
    cases.add(text(cat, CQL, "DROP TABLE", "42000", "syntax"));
    cases.add(text(cat, CQL, "CONSISTENCY MOST", "42000", "CONSISTENCY"));
    cases.add(text(cat, CQL, "INSERT INTO canary (id, v) VALUES (1)", "42000", "unmatched"));
    cases.add(text(cat, CQL, "SELECT id FROM canary ORDER BY id", "42000", "ORDER BY"));
    cat = "unknown names";
    cases.add(text(cat, CQL, "SELECT * FROM nosuch_ks.canary", "42S02", "nosuch_ks"));
    cases.add(text(cat, CQL, "SELECT * FROM missing_table", "42S02", "missing_table"));
    cases.add(text(cat, CQL, "SELECT id FROM canary WHERE nope = 1", "42S22", "nope"));
    cases.add(text(cat, CQL, "INSERT INTO canary (id, nope) VALUES (9, 'x')", "42S22", "nope"));
    cases.add(text(cat, CQL, "UPDATE canary SET nope = 'x' WHERE id = 1", "42S22", "nope"));
    cases.add(text(cat, CQL, "USE nosuch_ks", "42S02", "nosuch_ks"));
    cases.add(text(cat, CQL, "DROP TABLE missing_table", "42S02", "missing_table"));
    cases.add(text(cat, CQL, "TRUNCATE missing_table", "42S02", "missing_table"));
    cases.add(text(cat, CQL, "SELECT \"ID\" FROM canary", "42S22", "ID"));
    cases.add(text(cat, CQL, "SELECT id FROM \"Canary\"", "42S02", "Canary"));
  }

  private static void typesRangesDates(List<BadInput> cases) {
    String cat = "wrong types and casts";
    cases.add(text(cat, CQL, "INSERT INTO typed (id, i) VALUES (1, 'abc')", "22018", "abc"));
    cases.add(text(cat, CQL, "INSERT INTO typed (id, u) VALUES (1, 'nope')", "22018", "nope"));
    cases.add(text(cat, CQL, "SELECT id FROM canary WHERE id = 'one'", "22018", "one"));
    cases.add(text(cat, CQL, "SELECT CAST(v AS int) FROM canary", "42000", "cast"));
    cases.add(
        setter(
            cat,
            "setString on a uuid",
            "u",
            "22018",
            "not-a-uuid",
            ps -> ps.setString(2, "not-a-uuid")));
    cases.add(
        setter(
            cat, "setString on a boolean", "bo", "22018", "maybe", ps -> ps.setString(2, "maybe")));
    cases.add(
        setter(
            cat,
            "setString on an inet",
            "ip",
            "22018",
            "999.1.1.1",
            ps -> ps.setString(2, "999.1.1.1")));
    cases.add(
        setter(
            cat,
            "setObject(new Object()) on an int",
            "i",
            "22018",
            "Object",
            ps -> ps.setObject(2, new Object())));
    cases.add(
        setter(
            cat, "setBytes on an int", "i", "22018", "", ps -> ps.setBytes(2, new byte[] {1, 2})));
    cat = "out-of-range numbers";
    cases.add(
        text(cat, CQL, "INSERT INTO typed (id, i) VALUES (1, 3000000000)", "22003", "3000000000"));
    cases.add(text(cat, CQL, "INSERT INTO typed (id, ti) VALUES (1, 300)", "22003", "300"));
    cases.add(
        text(
            cat,
            CQL,
            "INSERT INTO typed (id, bi) VALUES (1, 99999999999999999999)",
            "22003",
            "99999999999999999999"));
    cases.add(
        setter(cat, "setInt(300) on a tinyint", "ti", "22003", "300", ps -> ps.setInt(2, 300)));
    cases.add(
        setter(
            cat,
            "setLong(70000) on a smallint",
            "si",
            "22003",
            "70000",
            ps -> ps.setLong(2, 70_000)));
    cases.add(
        setter(cat, "setDouble(1e300) on a float", "f", "22003", "", ps -> ps.setDouble(2, 1e300)));
    cat = "invalid dates";
    cases.add(
        text(
            cat,
            CQL,
            "INSERT INTO typed (id, dt) VALUES (1, '2024-02-30')",
            "22007",
            "2024-02-30"));
    cases.add(
        text(
            cat,
            CQL,
            "INSERT INTO typed (id, ts) VALUES (1, '2024-99-01 00:00:00')",
            "22007",
            "2024-99-01"));
    cases.add(
        text(cat, CQL, "INSERT INTO typed (id, tm) VALUES (1, '25:00:00')", "22007", "25:00:00"));
    cases.add(
        setter(
            cat,
            "setString(\"31/12/2024\") on a date",
            "dt",
            "22007",
            "31/12/2024",
            ps -> ps.setString(2, "31/12/2024")));
    cases.add(
        setter(
            cat,
            "setString(\"yesterday\") on a timestamp",
            "ts",
            "22007",
            "yesterday",
            ps -> ps.setString(2, "yesterday")));
  }

  private static void sizesAndText(List<BadInput> cases) {
    String cat = "oversized literals and blobs";
    cases.add(
        call(
            cat,
            "a 70,000-character partition key",
            CQL,
            "22001",
            "65535",
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("INSERT INTO bigkey (k, v) VALUES (?, 1)")) {
                ps.setString(1, "k".repeat(70_000));
                ps.executeUpdate();
              }
            }));
    cases.add(
        call(
            cat,
            "a 20 MB blob",
            CQL,
            "22001",
            "",
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("INSERT INTO scratch (id, b) VALUES (?, ?)")) {
                ps.setInt(1, 299);
                ps.setBytes(2, new byte[20 << 20]);
                ps.executeUpdate();
              }
            }));
    cases.add(
        text(
            cat,
            CQL,
            "CREATE TABLE " + "t".repeat(300) + " (id int PRIMARY KEY)",
            "42000",
            "name"));
    cases.add(
        ok(
            cat,
            "a 1 MB text through a parameter",
            CQL,
            c -> BadInputChecks.paramRoundTrip(c, 200, "y".repeat(1 << 20))));
    cat = "quotes, NULs and non-BMP Unicode";
    cases.add(
        ok(
            cat,
            "doubled quotes in a CQL literal",
            CQL,
            c -> BadInputChecks.quotedRoundTrip(c, 201, "O'Brien's")));
    cases.add(
        ok(
            cat,
            "a dollar-quoted CQL literal",
            CQL,
            c -> BadInputChecks.literalRoundTrip(c, 202, "$$it's \"x\" ''$$", "it's \"x\" ''")));
    cases.add(
        ok(
            cat,
            "NULs through a parameter",
            CQL,
            c -> BadInputChecks.paramRoundTrip(c, 203, "\u0000a\u0000")));
    cases.add(
        ok(
            cat,
            "non-BMP characters through a parameter",
            CQL,
            c -> BadInputChecks.paramRoundTrip(c, 204, "😀 𝄞 𠀋")));
    cases.add(
        ok(
            cat,
            "non-BMP characters in a CQL literal",
            CQL,
            c -> BadInputChecks.quotedRoundTrip(c, 205, "😀𝄞")));
    cases.add(
        ok(cat, "every byte value in a blob", CQL, c -> BadInputChecks.blobRoundTrip(c, 206)));
    cases.add(
        ok(
            cat,
            "backslashes are not escapes in CQL",
            CQL,
            c -> BadInputChecks.quotedRoundTrip(c, 207, "C:\\dir\\ \\n \\")));
    cases.add(
        ok(
            cat,
            "CR, LF and TAB through a parameter",
            CQL,
            c -> BadInputChecks.paramRoundTrip(c, 208, "a\r\nb\tc\n")));
  }

  private static void injectionAndUnsupported(List<BadInput> cases) {
    String cat = "injection";
    cases.add(
        text(cat, CQL, "SELECT id FROM canary WHERE id = 1; DROP TABLE victim", "42000", "syntax"));
    cases.add(
        ok(
            cat,
            "a CQL statement as a bound parameter is stored as text",
            CQL,
            c -> BadInputChecks.paramRoundTrip(c, 209, "x'; DROP TABLE victim; --")));
    cases.add(
        ok(
            cat,
            "CQL inside a quoted literal is stored as text",
            CQL,
            c -> BadInputChecks.quotedRoundTrip(c, 210, "x'); DROP TABLE victim; --")));
    cases.add(
        text(cat, CQL, "USE \"badinput_ks\"\"; DROP TABLE victim\"", "42S02", "DROP TABLE victim"));
    cat = "unsupported features";
    cases.add(
        call(
            cat,
            "ResultSet.absolute",
            CQL,
            "0A000",
            "",
            c -> BadInputSqlCases.onResultSet(c, rs -> rs.absolute(2))));
    cases.add(
        call(
            cat,
            "ResultSet.first",
            CQL,
            "0A000",
            "",
            c -> BadInputSqlCases.onResultSet(c, ResultSet::first)));
    cases.add(
        ok(
            cat,
            "Statement.cancel with nothing running",
            CQL,
            c ->
                statement(
                    c,
                    s -> {
                      s.cancel();
                      try (java.sql.ResultSet rs =
                          s.executeQuery("SELECT release_version FROM system.local")) {
                        org.junit.jupiter.api.Assertions.assertTrue(
                            rs.next(), "a cancel before the query does not stop it");
                      }
                    })));
    cases.add(
        call(
            cat,
            "Statement.setCursorName",
            CQL,
            "0A000",
            "cursor",
            c -> statement(c, s -> s.setCursorName("x"))));
    cases.add(
        call(
            cat,
            "setFetchDirection(FETCH_REVERSE)",
            CQL,
            "0A000",
            "FETCH_FORWARD",
            c -> statement(c, s -> s.setFetchDirection(ResultSet.FETCH_REVERSE))));
    cases.add(call(cat, "Connection.createClob", CQL, "0A000", "", Connection::createClob));
    cases.add(
        call(
            cat,
            "Connection.createArrayOf",
            CQL,
            "0A000",
            "",
            c -> c.createArrayOf("int", new Object[] {1})));
    cases.add(
        call(cat, "Connection.setSavepoint(name)", CQL, "0A000", "", c -> c.setSavepoint("sp")));
    cases.add(
        call(
            cat,
            "executeUpdate with generated key columns",
            CQL,
            "0A000",
            "generated keys",
            c ->
                statement(
                    c,
                    s ->
                        s.executeUpdate(
                            "INSERT INTO scratch (id) VALUES (211)", new String[] {"id"}))));
    cases.add(
        call(
            cat,
            "execute(String) on a PreparedStatement",
            CQL,
            "0A000",
            "PreparedStatement",
            c -> {
              try (PreparedStatement ps = c.prepareStatement("SELECT id FROM canary")) {
                ps.execute("SELECT id FROM canary");
              }
            }));
  }

  /** A prepared INSERT into {@code typed} whose second parameter is column {@code column}. */
  private static BadInput setter(
      String cat, String name, String column, String state, String fragment, Setter setter) {
    return call(
        cat,
        name,
        CQL,
        state,
        fragment,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO typed (id, " + column + ") VALUES (?, ?)")) {
            ps.setInt(1, 2);
            setter.apply(ps);
            ps.executeUpdate();
          }
        });
  }

  /** A call on a fresh statement. */
  static void statement(Connection c, StatementCall call) throws Exception {
    try (Statement s = c.createStatement()) {
      call.apply(s);
    }
  }

  /** A {@code setX} on a prepared statement. */
  @FunctionalInterface
  interface Setter {
    void apply(PreparedStatement ps) throws Exception;
  }

  /** A call on a statement. */
  @FunctionalInterface
  interface StatementCall {
    void apply(Statement s) throws Exception;
  }
}
