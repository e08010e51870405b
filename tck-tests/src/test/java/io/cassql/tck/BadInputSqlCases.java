package io.cassql.tck;

import static io.cassql.tck.BadInput.Mode.SQL;
import static io.cassql.tck.BadInput.call;
import static io.cassql.tck.BadInput.ok;
import static io.cassql.tck.BadInput.rows;
import static io.cassql.tck.BadInput.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Hostile SQL-mode statement texts: syntax, names, types, ranges, dates, sizes, quoting, injection.
 */
final class BadInputSqlCases {
  private BadInputSqlCases() {}

  static List<BadInput> all() {
    List<BadInput> cases = new ArrayList<>();
    malformed(cases);
    unknownNames(cases);
    typesAndRanges(cases);
    dates(cases);
    sizesAndText(cases);
    injection(cases);
    unsupported(cases);
    return cases;
  }

  private static void malformed(List<BadInput> cases) {
    String cat = "malformed SQL";
    cases.add(text(cat, SQL, "SELEKT id FROM canary", "42000", "line 1"));
    cases.add(text(cat, SQL, "SELECT * FROM", "42000", "syntax"));
    cases.add(text(cat, SQL, "SELECT id,, v FROM canary", "42000", "syntax"));
    cases.add(text(cat, SQL, "SELECT * FROM canary WHERE", "42000", "syntax"));
    cases.add(text(cat, SQL, "SELECT * FROM canary WHERE id =", "42000", "syntax"));
    cases.add(text(cat, SQL, "SELECT (id FROM canary", "42000", "syntax"));
    cases.add(text(cat, SQL, "SELECT 'unterminated FROM canary", "42000", "syntax"));
    cases.add(text(cat, SQL, "SELECT \"unterminated FROM canary", "42000", "syntax"));
    cases.add(text(cat, SQL, "SELECT id FROM canary ORDER BY", "42000", "syntax"));
    cases.add(text(cat, SQL, "SELECT id FROM canary WHERE id IN ()", "42000", "syntax"));
    cases.add(text(cat, SQL, "SELECT id FROM canary /* unterminated comment", "42000", "syntax"));
    cases.add(text(cat, SQL, "", "42000", "empty"));
    cases.add(text(cat, SQL, "SELECT id, count(*) FROM canary", "42000", "not being grouped"));
    cases.add(
        text(
            cat,
            SQL,
            "SELECT id FROM canary UNION SELECT id, v FROM canary",
            "42000",
            "column count"));
    cases.add(text(cat, SQL, "SELECT c.id FROM canary c JOIN canary d", "42000", "condition"));
    cases.add(text(cat, SQL, "SELECT nosuchfunction(id) FROM canary", "42000", "nosuchfunction"));
    cases.add(
        text(cat, SQL, "UPDATE canary SET v = 'x' WHERE v = 'one'", "42000", "full primary key"));
    cases.add(text(cat, SQL, "DELETE FROM canary", "42000", "full primary key"));
    cases.add(text(cat, SQL, "DELETE FROM canary WHERE id > 1", "42000", "full primary key"));
    String deep = "(".repeat(3000) + "1" + ")".repeat(3000);
    cases.add(text(cat, SQL, "SELECT " + deep + " FROM canary WHERE id = 1", "42000", "nest"));
  }

  private static void unknownNames(List<BadInput> cases) {
    String cat = "unknown names";
    cases.add(text(cat, SQL, "SELECT * FROM nosuch_ks.canary", "42S02", "nosuch_ks"));
    cases.add(text(cat, SQL, "SELECT * FROM missing_table", "42S02", "missing_table"));
    cases.add(text(cat, SQL, "SELECT nope FROM canary", "42S22", "nope"));
    cases.add(text(cat, SQL, "SELECT c.nope FROM canary c", "42S22", "nope"));
    cases.add(text(cat, SQL, "SELECT id FROM canary WHERE nope = 1", "42S22", "nope"));
    cases.add(text(cat, SQL, "SELECT id FROM canary ORDER BY nope", "42S22", "nope"));
    cases.add(text(cat, SQL, "SELECT * FROM \"CANARY\"", "42S02", "CANARY"));
    cases.add(text(cat, SQL, "SELECT * FROM canary_vt_nope", "42S02", "canary_vt_nope"));
    cases.add(
        text(cat, SQL, "INSERT INTO missing_table (id) VALUES (1)", "42S02", "missing_table"));
    cases.add(text(cat, SQL, "INSERT INTO canary (id, nope) VALUES (9, 'x')", "42S22", "nope"));
    cases.add(text(cat, SQL, "UPDATE canary SET nope = 'x' WHERE id = 1", "42S22", "nope"));
    cases.add(text(cat, SQL, "DELETE FROM missing_table WHERE id = 1", "42S02", "missing_table"));
  }

  private static void typesAndRanges(List<BadInput> cases) {
    String cat = "wrong types and casts";
    cases.add(
        text(cat, SQL, "SELECT CAST('abc' AS INTEGER) FROM canary WHERE id = 1", "22018", "abc"));
    cases.add(text(cat, SQL, "SELECT CAST(v AS INTEGER) FROM canary WHERE id = 1", "22018", "one"));
    cases.add(text(cat, SQL, "SELECT CAST(v AS BOOLEAN) FROM canary WHERE id = 1", "22018", "one"));
    cases.add(
        text(cat, SQL, "SELECT CAST(DATE '2024-01-01' AS INTEGER) FROM canary", "42000", "cast"));
    cases.add(text(cat, SQL, "SELECT SUM(v) FROM canary", "22018", "not a number"));
    cases.add(text(cat, SQL, "SELECT id FROM canary WHERE id = 'abc'", "22018", "abc"));
    cases.add(text(cat, SQL, "INSERT INTO typed (id, i) VALUES (90, 'abc')", "22018", "abc"));
    cases.add(
        text(
            cat,
            SQL,
            "INSERT INTO typed (id, u) VALUES (91, 'not-a-uuid')",
            "22018",
            "not-a-uuid"));
    cases.add(text(cat, SQL, "INSERT INTO typed (id, bo) VALUES (92, 'maybe')", "22018", "maybe"));
    cat = "out-of-range numbers";
    cases.add(
        text(
            cat,
            SQL,
            "SELECT CAST(3000000000 AS INTEGER) FROM canary WHERE id = 1",
            "22003",
            "3000000000"));
    cases.add(
        text(cat, SQL, "SELECT CAST(300 AS TINYINT) FROM canary WHERE id = 1", "22003", "300"));
    cases.add(
        text(
            cat,
            SQL,
            "SELECT CAST(99999999999999999999 AS BIGINT) FROM canary WHERE id = 1",
            "22003",
            "99999999999999999999"));
    cases.add(
        text(cat, SQL, "SELECT CAST(i AS TINYINT) FROM typed WHERE id = 1", "22003", "100000"));
    cases.add(text(cat, SQL, "SELECT id / 0 FROM canary", "22012", "zero"));
    cases.add(text(cat, SQL, "INSERT INTO typed (id, ti) VALUES (93, 300)", "22003", "300"));
    cases.add(
        text(cat, SQL, "INSERT INTO typed (id, i) VALUES (94, 3000000000)", "22003", "3000000000"));
  }

  private static void dates(List<BadInput> cases) {
    String cat = "invalid dates";
    cases.add(
        text(cat, SQL, "SELECT DATE '2024-02-30' FROM canary WHERE id = 1", "22007", "2024-02-30"));
    cases.add(
        text(
            cat,
            SQL,
            "SELECT TIMESTAMP '2024-01-01 25:00:00' FROM canary WHERE id = 1",
            "22007",
            "25:00:00"));
    cases.add(
        text(cat, SQL, "SELECT TIME '24:61:00' FROM canary WHERE id = 1", "22007", "24:61:00"));
    cases.add(
        text(
            cat,
            SQL,
            "SELECT CAST('not a date' AS DATE) FROM canary WHERE id = 1",
            "22007",
            "not a date"));
    cases.add(text(cat, SQL, "SELECT CAST(v AS DATE) FROM canary WHERE id = 1", "22007", "one"));
    cases.add(
        text(cat, SQL, "SELECT {d '2024-13-01'} FROM canary WHERE id = 1", "22007", "2024-13-01"));
    cases.add(
        text(
            cat,
            SQL,
            "INSERT INTO typed (id, dt) VALUES (95, DATE '2024-02-30')",
            "22007",
            "2024-02-30"));
    cases.add(
        text(
            cat, SQL, "INSERT INTO typed (id, ts) VALUES (96, 'yesterday')", "22007", "yesterday"));
  }

  private static void sizesAndText(List<BadInput> cases) {
    String cat = "oversized literals and blobs";
    String mb = "x".repeat(1 << 20);
    cases.add(
        rows(
            cat,
            "a 1 MB string literal",
            SQL,
            "SELECT CHAR_LENGTH('" + mb + "') FROM canary WHERE id = 1",
            List.of(String.valueOf(1 << 20))));
    String in =
        IntStream.rangeClosed(-2000, 2000)
            .mapToObj(String::valueOf)
            .collect(Collectors.joining(","));
    cases.add(
        rows(
            cat,
            "an IN list of 4001 values",
            SQL,
            "SELECT id FROM canary WHERE id IN (" + in + ") ORDER BY id",
            List.of("1", "2", "3")));
    cases.add(
        text(cat, SQL, "SELECT " + "a".repeat(10_000) + " FROM canary", "42000", "128 characters"));
    cases.add(
        ok(
            cat,
            "a 1 MB text written by SQL DML and read back",
            SQL,
            c -> BadInputChecks.paramRoundTrip(c, 100, mb)));
    cat = "quotes, NULs and non-BMP Unicode";
    cases.add(rows(cat, SQL, "SELECT 'it''s' FROM canary WHERE id = 1", List.of("it's")));
    cases.add(
        rows(
            cat,
            SQL,
            "SELECT '\uD83D\uDE00\uD834\uDD1E' FROM canary WHERE id = 1",
            List.of("😀𝄞")));
    cases.add(
        rows(
            cat,
            SQL,
            "SELECT U&'\\65e5\\672c \\D83D\\DE00' FROM canary WHERE id = 1",
            List.of("日本 😀")));
    cases.add(rows(cat, SQL, "SELECT v FROM canary WHERE v = '日本😀'", List.of()));
    cases.add(
        rows(
            cat,
            "a NUL inside a literal",
            SQL,
            "SELECT 'a\u0000b' FROM canary WHERE id = 1",
            List.of("a\u0000b")));
    cases.add(
        ok(
            cat,
            "quotes, backquotes and backslashes in a DML literal",
            SQL,
            c -> BadInputChecks.quotedRoundTrip(c, 101, "O'Brien \"the\" `x` \\n \\' ;")));
    cases.add(
        ok(
            cat,
            "NULs through a SQL DML parameter",
            SQL,
            c -> BadInputChecks.paramRoundTrip(c, 102, "a\u0000b\u0000")));
    cases.add(
        ok(
            cat,
            "non-BMP characters through a SQL DML parameter",
            SQL,
            c -> BadInputChecks.paramRoundTrip(c, 103, "😀 𝄞 𠀋 \uFEFF")));
    cases.add(
        ok(
            cat,
            "every byte value in a blob through SQL DML",
            SQL,
            c -> BadInputChecks.blobRoundTrip(c, 104)));
    cases.add(text(cat, SQL, "SELECT \"😀\" FROM canary", "42S22", "😀"));
  }

  private static void injection(List<BadInput> cases) {
    String cat = "injection";
    cases.add(
        rows(cat, SQL, "SELECT v FROM canary WHERE v = 'x''; DROP TABLE victim; --'", List.of()));
    cases.add(
        text(
            cat, SQL, "SELECT * FROM \"canary; DROP TABLE victim\"", "42S02", "DROP TABLE victim"));
    cases.add(
        text(
            cat,
            SQL,
            "SELECT \"v FROM canary; DROP TABLE victim; --\" FROM canary",
            "42S22",
            "DROP TABLE"));
    cases.add(text(cat, SQL, "SELECT id FROM canary; DROP TABLE victim", "42000", "syntax"));
    cases.add(
        text(
            cat,
            SQL,
            "INSERT INTO canary (id, v) VALUES (1, 'pwned'); DROP TABLE victim",
            "42000",
            ""));
    cases.add(
        text(
            cat,
            SQL,
            "UPDATE canary SET v = 'pwned' WHERE id = 1; DROP TABLE victim",
            "42000",
            ""));
    cases.add(
        ok(
            cat,
            "CQL inside a DML literal is stored as text",
            SQL,
            c -> BadInputChecks.quotedRoundTrip(c, 105, "') APPLY BATCH; DROP TABLE victim; --")));
    cases.add(
        ok(
            cat,
            "a tautology as a bound parameter matches nothing",
            SQL,
            BadInputSqlCases::tautologyParameter));
    cases.add(
        rows(cat, SQL, "SELECT id FROM canary WHERE id = 1 -- ; DROP TABLE victim", List.of("1")));
    cases.add(
        text(cat, SQL, "SELECT v FROM canary WHERE v = 'one' ALLOW FILTERING", "42000", "syntax"));
    cases.add(
        text(cat, SQL, "DELETE FROM canary WHERE id = 1 OR 1 = 1", "42000", "full primary key"));
    cases.add(text(cat, SQL, "DROP TABLE victim", "0A000", "queryMode=cql"));
    cases.add(
        call(
            cat,
            "setSchema with a CQL statement in the name",
            SQL,
            "42S02",
            "does not exist",
            c -> c.setSchema("badinput_ks; DROP TABLE victim")));
    cases.add(
        text(
            cat,
            SQL,
            "SELECT id FROM \"badinput_ks\".\"canary\"\"; DROP TABLE victim; --\"",
            "42S02",
            "victim"));
  }

  private static void unsupported(List<BadInput> cases) {
    String cat = "unsupported features";
    cases.add(text(cat, SQL, "CREATE TABLE t2 (id INT PRIMARY KEY)", "0A000", "queryMode=cql"));
    cases.add(text(cat, SQL, "TRUNCATE canary", "0A000", "TRUNCATE"));
    cases.add(
        call(
            cat,
            "Connection.prepareCall in SQL mode",
            SQL,
            "0A000",
            "",
            c -> c.prepareCall("{call x()}")));
    cases.add(
        call(
            cat,
            "Connection.setSavepoint in SQL mode",
            SQL,
            "0A000",
            "",
            Connection::setSavepoint));
    cases.add(
        call(
            cat,
            "Statement.getGeneratedKeys in SQL mode",
            SQL,
            "0A000",
            "generated keys",
            c -> BadInputCqlCases.statement(c, Statement::getGeneratedKeys)));
    cases.add(
        call(
            cat,
            "ResultSet.previous in SQL mode",
            SQL,
            "0A000",
            "",
            c -> onResultSet(c, ResultSet::previous)));
    cases.add(
        call(
            cat,
            "ResultSet.absolute in SQL mode",
            SQL,
            "0A000",
            "",
            c -> onResultSet(c, rs -> rs.absolute(2))));
    cases.add(
        call(
            cat,
            "ResultSet.updateString in SQL mode",
            SQL,
            "0A000",
            "",
            c ->
                onResultSet(
                    c,
                    rs -> {
                      rs.updateString(1, "x");
                      return null;
                    })));
    cases.add(
        ok(
            cat,
            "Statement.cancel with nothing running in SQL mode",
            SQL,
            c -> {
              try (Statement s = c.createStatement()) {
                s.cancel();
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM (VALUES (0)) AS t(x)")) {
                  org.junit.jupiter.api.Assertions.assertTrue(
                      rs.next(), "a cancel before the query does not stop it");
                }
              }
            }));
    cases.add(
        call(
            cat,
            "Statement.cancel on a closed statement in SQL mode",
            SQL,
            "HY010",
            "closed",
            c -> {
              Statement s = c.createStatement();
              s.close();
              s.cancel();
            }));
  }

  /** A prepared SQL query bound to a classic injection string finds no row. */
  private static void tautologyParameter(Connection c) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM canary WHERE v = ?")) {
      ps.setString(1, "' OR '1'='1");
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          throw new AssertionError("the parameter matched row " + rs.getInt(1));
        }
      }
    }
  }

  /** A call on the open result set of a three-row query. */
  static void onResultSet(Connection c, ResultSetCall call) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM canary")) {
      rs.next();
      call.accept(rs);
    }
  }

  /** A JDBC call on a result set. */
  @FunctionalInterface
  interface ResultSetCall {
    Object accept(ResultSet rs) throws Exception;
  }
}
