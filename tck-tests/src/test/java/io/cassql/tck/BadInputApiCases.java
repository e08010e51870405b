package io.cassql.tck;

import static io.cassql.tck.BadInput.Mode.AUTO;
import static io.cassql.tck.BadInput.Mode.CQL;
import static io.cassql.tck.BadInput.Mode.OWN;
import static io.cassql.tck.BadInput.Mode.SQL;
import static io.cassql.tck.BadInput.call;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile JDBC calls: negative sizes and timeouts, calls on closed objects, bad parameter and
 * column indexes, null and empty statement texts.
 */
final class BadInputApiCases {
  private static final String SELECT_ONE = "SELECT v FROM canary WHERE id = ?";
  private static final String SELECT_TWO = "SELECT v FROM canary WHERE id IN (?, ?)";

  private BadInputApiCases() {}

  static List<BadInput> all() {
    List<BadInput> cases = new ArrayList<>();
    negativeSizes(cases);
    closedObjects(cases);
    parameters(cases);
    nullAndEmptyTexts(cases);
    return cases;
  }

  private static void negativeSizes(List<BadInput> cases) {
    String cat = "negative fetch sizes and timeouts";
    for (BadInput.Mode mode : List.of(SQL, CQL)) {
      cases.add(
          call(
              cat,
              "Statement.setFetchSize(-1)",
              mode,
              "HY024",
              "fetch size",
              c -> BadInputCqlCases.statement(c, s -> s.setFetchSize(-1))));
      cases.add(
          call(
              cat,
              "Statement.setQueryTimeout(-1)",
              mode,
              "HY024",
              "timeout",
              c -> BadInputCqlCases.statement(c, s -> s.setQueryTimeout(-1))));
      cases.add(
          call(
              cat,
              "Statement.setMaxRows(-1)",
              mode,
              "HY024",
              "max rows",
              c -> BadInputCqlCases.statement(c, s -> s.setMaxRows(-1))));
      cases.add(
          call(
              cat,
              "PreparedStatement.setFetchSize(-5)",
              mode,
              "HY024",
              "fetch size",
              c -> prepared(c, SELECT_ONE, ps -> ps.setFetchSize(-5))));
      cases.add(
          call(
              cat,
              "PreparedStatement.setQueryTimeout(-5)",
              mode,
              "HY024",
              "timeout",
              c -> prepared(c, SELECT_ONE, ps -> ps.setQueryTimeout(-5))));
      cases.add(
          call(
              cat,
              "PreparedStatement.setMaxRows(-5)",
              mode,
              "HY024",
              "max rows",
              c -> prepared(c, SELECT_ONE, ps -> ps.setMaxRows(-5))));
      cases.add(
          call(
              cat,
              "ResultSet.setFetchSize(-1)",
              mode,
              "HY024",
              "fetch size",
              c ->
                  BadInputSqlCases.onResultSet(
                      c,
                      rs -> {
                        rs.setFetchSize(-1);
                        return null;
                      })));
    }
    cases.add(
        call(
            cat,
            "Statement.setLargeMaxRows(-1)",
            CQL,
            "HY024",
            "max rows",
            c -> BadInputCqlCases.statement(c, s -> s.setLargeMaxRows(-1))));
    cases.add(
        call(
            cat,
            "Statement.setMaxFieldSize(-1)",
            CQL,
            "HY024",
            "field size",
            c -> BadInputCqlCases.statement(c, s -> s.setMaxFieldSize(-1))));
    cases.add(call(cat, "Connection.isValid(-1)", CQL, "HY024", "timeout", c -> c.isValid(-1)));
    cases.add(
        call(
            cat,
            "Connection.setNetworkTimeout(-1)",
            CQL,
            "HY024",
            "timeout",
            c -> c.setNetworkTimeout(Runnable::run, -1)));
  }

  private static void closedObjects(List<BadInput> cases) {
    String cat = "calls on closed objects";
    for (BadInput.Mode mode : List.of(SQL, CQL)) {
      cases.add(
          closedConnection(cat, mode, "createStatement", "08003", Connection::createStatement));
      cases.add(closedConnection(cat, mode, "getMetaData", "08003", Connection::getMetaData));
      cases.add(closedConnection(cat, mode, "setSchema", "08003", c -> c.setSchema("badinput_ks")));
      cases.add(closedConnection(cat, mode, "setAutoCommit", "08003", c -> c.setAutoCommit(false)));
      cases.add(
          closedMetaData(
              cat, mode, "getTables", md -> md.getTables(null, "badinput_ks", "%", null)));
      cases.add(closedMetaData(cat, mode, "getSchemas", md -> md.getSchemas()));
      cases.add(
          closedMetaData(
              cat, mode, "getColumns", md -> md.getColumns(null, "badinput_ks", "canary", "%")));
      cases.add(
          closedMetaData(
              cat, mode, "getPrimaryKeys", md -> md.getPrimaryKeys(null, "badinput_ks", "canary")));
      cases.add(closedMetaData(cat, mode, "getTypeInfo", md -> md.getTypeInfo()));
      cases.add(
          closedMetaData(
              cat, mode, "getDatabaseProductVersion", md -> md.getDatabaseProductVersion()));
      cases.add(
          closedMetaData(
              cat, mode, "supportsANSI92EntryLevelSQL", md -> md.supportsANSI92EntryLevelSQL()));
      cases.add(
          call(
              cat,
              "executeQuery on a statement of a closed connection",
              OWN,
              "HY010",
              "closed",
              c -> {
                Connection own = BadInputIT.open(mode);
                Statement s = own.createStatement();
                own.close();
                s.executeQuery("SELECT id FROM canary").close();
              }));
      cases.add(
          call(
              cat,
              "executeQuery on a closed statement",
              mode,
              "HY010",
              "closed",
              c -> {
                Statement s = c.createStatement();
                s.close();
                s.executeQuery("SELECT id FROM canary").close();
              }));
      cases.add(
          call(
              cat,
              "executeQuery on a closed prepared statement",
              mode,
              "HY010",
              "closed",
              c -> {
                PreparedStatement ps = c.prepareStatement(SELECT_ONE);
                ps.close();
                ps.setInt(1, 1);
                ps.executeQuery().close();
              }));
      cases.add(
          call(
              cat,
              "ResultSet.next after close",
              mode,
              "HY010",
              "closed",
              c -> {
                try (Statement s = c.createStatement()) {
                  ResultSet rs = s.executeQuery("SELECT id FROM canary");
                  rs.close();
                  rs.next();
                }
              }));
      cases.add(
          call(
              cat,
              "ResultSet.getString after close",
              mode,
              "HY010",
              "closed",
              c -> {
                try (Statement s = c.createStatement()) {
                  ResultSet rs = s.executeQuery("SELECT id FROM canary");
                  rs.next();
                  rs.close();
                  rs.getString(1);
                }
              }));
      cases.add(
          call(
              cat,
              "a result set read after its statement ran again",
              mode,
              "HY010",
              "closed",
              c -> {
                try (Statement s = c.createStatement()) {
                  ResultSet first = s.executeQuery("SELECT id FROM canary");
                  s.executeQuery("SELECT v FROM canary").close();
                  first.next();
                }
              }));
    }
    cases.add(
        call(
            cat,
            "executeUpdate on a closed SQL DML statement",
            SQL,
            "HY010",
            "closed",
            c -> {
              PreparedStatement ps =
                  c.prepareStatement("INSERT INTO scratch (id, t) VALUES (?, ?)");
              ps.close();
              ps.executeUpdate();
            }));
    cases.add(
        call(
            cat,
            "addBatch on a closed statement",
            CQL,
            "HY010",
            "closed",
            c -> {
              Statement s = c.createStatement();
              s.close();
              s.addBatch("INSERT INTO scratch (id) VALUES (1)");
            }));
  }

  private static void parameters(List<BadInput> cases) {
    String cat = "parameter indexes and unset parameters";
    for (BadInput.Mode mode : List.of(SQL, CQL)) {
      cases.add(
          call(
              cat,
              "setInt(0, ...)",
              mode,
              "07009",
              "0",
              c -> prepared(c, SELECT_ONE, ps -> ps.setInt(0, 1))));
      cases.add(
          call(
              cat,
              "setInt(-1, ...)",
              mode,
              "07009",
              "-1",
              c -> prepared(c, SELECT_ONE, ps -> ps.setInt(-1, 1))));
      cases.add(
          call(
              cat,
              "setInt(2, ...) with one parameter",
              mode,
              "07009",
              "2",
              c -> prepared(c, SELECT_ONE, ps -> ps.setInt(2, 1))));
      cases.add(
          call(
              cat,
              "setString(MAX_VALUE, ...)",
              mode,
              "07009",
              String.valueOf(Integer.MAX_VALUE),
              c -> prepared(c, SELECT_ONE, ps -> ps.setString(Integer.MAX_VALUE, "x"))));
      cases.add(
          call(
              cat,
              "setInt(1, ...) with no parameters",
              mode,
              "07009",
              "1",
              c -> prepared(c, "SELECT v FROM canary", ps -> ps.setInt(1, 1))));
      cases.add(
          call(
              cat,
              "executeQuery with no parameter set",
              mode,
              "07001",
              "parameter 1",
              c -> prepared(c, SELECT_ONE, ps -> ps.executeQuery().close())));
      cases.add(
          call(
              cat,
              "executeQuery with the second of two parameters unset",
              mode,
              "07001",
              "parameter 2",
              c ->
                  prepared(
                      c,
                      SELECT_TWO,
                      ps -> {
                        ps.setInt(1, 1);
                        ps.executeQuery().close();
                      })));
      cases.add(
          call(
              cat,
              "executeQuery after clearParameters",
              mode,
              "07001",
              "parameter 1",
              c ->
                  prepared(
                      c,
                      SELECT_ONE,
                      ps -> {
                        ps.setInt(1, 1);
                        ps.clearParameters();
                        ps.executeQuery().close();
                      })));
      cases.add(
          call(
              cat,
              "ResultSet.getString(0)",
              mode,
              "07009",
              "0",
              c -> BadInputSqlCases.onResultSet(c, rs -> rs.getString(0))));
      cases.add(
          call(
              cat,
              "ResultSet.getString(99)",
              mode,
              "07009",
              "99",
              c -> BadInputSqlCases.onResultSet(c, rs -> rs.getString(99))));
      cases.add(
          call(
              cat,
              "ResultSet.getString(\"nope\")",
              mode,
              "42S22",
              "nope",
              c -> BadInputSqlCases.onResultSet(c, rs -> rs.getString("nope"))));
      cases.add(
          call(
              cat,
              "ResultSetMetaData.getColumnName(9)",
              mode,
              "07009",
              "9",
              c -> BadInputSqlCases.onResultSet(c, rs -> rs.getMetaData().getColumnName(9))));
      cases.add(
          call(
              cat,
              "ParameterMetaData.getParameterType(5)",
              mode,
              "07009",
              "5",
              c -> prepared(c, SELECT_ONE, ps -> ps.getParameterMetaData().getParameterType(5))));
    }
    cases.add(
        call(
            cat,
            "SQL DML setInt(3, ...) with two parameters",
            SQL,
            "07009",
            "3",
            c -> prepared(c, "INSERT INTO scratch (id, t) VALUES (?, ?)", ps -> ps.setInt(3, 1))));
    cases.add(
        call(
            cat,
            "SQL DML executeUpdate with a parameter unset",
            SQL,
            "07001",
            "parameter 2",
            c ->
                prepared(
                    c,
                    "INSERT INTO scratch (id, t) VALUES (?, ?)",
                    ps -> {
                      ps.setInt(1, 300);
                      ps.executeUpdate();
                    })));
    cases.add(
        call(
            cat,
            "addBatch with a parameter unset",
            CQL,
            "07001",
            "parameter 2",
            c ->
                prepared(
                    c,
                    "INSERT INTO scratch (id, t) VALUES (?, ?)",
                    ps -> {
                      ps.setInt(1, 301);
                      ps.addBatch();
                    })));
  }

  /**
   * Every call that takes a statement text, given null (HY009) or an empty or blank text (42000),
   * in every mode.
   */
  private static void nullAndEmptyTexts(List<BadInput> cases) {
    String cat = "null and empty statement texts";
    int keys = Statement.NO_GENERATED_KEYS;
    int forward = ResultSet.TYPE_FORWARD_ONLY;
    int readOnly = ResultSet.CONCUR_READ_ONLY;
    int hold = ResultSet.CLOSE_CURSORS_AT_COMMIT;
    for (BadInput.Mode mode : List.of(SQL, CQL, AUTO)) {
      for (String text : java.util.Arrays.asList(null, "", "   ", " \n\t ")) {
        String state = text == null ? "HY009" : "42000";
        String fragment = text == null ? "null" : "empty";
        String shown =
            text == null ? "null" : "\"" + text.replace("\n", "\\n").replace("\t", "\\t") + "\"";
        List<TextCall> calls =
            List.of(
                new TextCall("Statement.execute", (c, t) -> statement(c, s -> s.execute(t))),
                new TextCall(
                    "Statement.executeQuery", (c, t) -> statement(c, s -> s.executeQuery(t))),
                new TextCall(
                    "Statement.executeUpdate", (c, t) -> statement(c, s -> s.executeUpdate(t))),
                new TextCall(
                    "Statement.executeLargeUpdate",
                    (c, t) -> statement(c, s -> s.executeLargeUpdate(t))),
                new TextCall("Statement.addBatch", (c, t) -> statement(c, s -> s.addBatch(t))),
                new TextCall(
                    "Statement.execute(, NO_GENERATED_KEYS)",
                    (c, t) -> statement(c, s -> s.execute(t, keys))),
                new TextCall(
                    "Statement.executeUpdate(, NO_GENERATED_KEYS)",
                    (c, t) -> statement(c, s -> s.executeUpdate(t, keys))),
                new TextCall(
                    "Connection.prepareStatement", (c, t) -> c.prepareStatement(t).close()),
                new TextCall(
                    "Connection.prepareStatement(, type, concurrency)",
                    (c, t) -> c.prepareStatement(t, forward, readOnly).close()),
                new TextCall(
                    "Connection.prepareStatement(, type, concurrency, holdability)",
                    (c, t) -> c.prepareStatement(t, forward, readOnly, hold).close()),
                new TextCall(
                    "Connection.prepareStatement(, NO_GENERATED_KEYS)",
                    (c, t) -> c.prepareStatement(t, keys).close()),
                new TextCall(
                    "Connection.prepareStatement(, int[])",
                    (c, t) -> c.prepareStatement(t, new int[] {1}).close()),
                new TextCall(
                    "Connection.prepareStatement(, String[])",
                    (c, t) -> c.prepareStatement(t, new String[] {"id"}).close()),
                new TextCall("Connection.prepareCall", (c, t) -> c.prepareCall(t).close()),
                new TextCall(
                    "Connection.prepareCall(, type, concurrency)",
                    (c, t) -> c.prepareCall(t, forward, readOnly).close()),
                new TextCall(
                    "Connection.prepareCall(, type, concurrency, holdability)",
                    (c, t) -> c.prepareCall(t, forward, readOnly, hold).close()),
                new TextCall("Connection.nativeSQL", (c, t) -> c.nativeSQL(t)));
        for (TextCall call : calls) {
          cases.add(
              BadInput.call(
                  cat,
                  call.name() + "(" + shown + ")",
                  mode,
                  state,
                  fragment,
                  c -> call.attempt().run(c, text)));
        }
      }
    }
  }

  /** A JDBC call that takes a statement text. */
  private record TextCall(String name, TextAttempt attempt) {}

  /** Runs a call with the text under test. */
  @FunctionalInterface
  private interface TextAttempt {
    void run(Connection c, String text) throws Exception;
  }

  private static void statement(Connection c, BadInputCqlCases.StatementCall call)
      throws Exception {
    BadInputCqlCases.statement(c, call);
  }

  private static BadInput closedConnection(
      String cat, BadInput.Mode mode, String what, String state, BadInput.Attempt call) {
    return BadInput.call(
        cat,
        what + " on a closed " + mode.name() + " connection",
        OWN,
        state,
        "closed",
        c -> {
          Connection own = BadInputIT.open(mode);
          own.close();
          call.run(own);
        });
  }

  /** A DatabaseMetaData call after the connection it came from was closed must fail with 08003. */
  private static BadInput closedMetaData(
      String cat, BadInput.Mode mode, String what, MetaDataCall call) {
    return BadInput.call(
        cat,
        "DatabaseMetaData." + what + " after its " + mode.name() + " connection closed",
        OWN,
        "08003",
        "closed",
        c -> {
          Connection own = BadInputIT.open(mode);
          DatabaseMetaData md = own.getMetaData();
          own.close();
          call.apply(md);
        });
  }

  /** A call on a DatabaseMetaData. */
  @FunctionalInterface
  interface MetaDataCall {
    Object apply(DatabaseMetaData md) throws Exception;
  }

  /** A call on a fresh prepared statement of {@code text}. */
  static void prepared(Connection c, String text, PreparedCall call) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(text)) {
      call.apply(ps);
    }
  }

  /** A call on a prepared statement. */
  @FunctionalInterface
  interface PreparedCall {
    void apply(PreparedStatement ps) throws Exception;
  }
}
