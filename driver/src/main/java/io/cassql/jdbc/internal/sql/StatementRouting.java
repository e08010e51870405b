package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.conn.ConnectionImpl;
import io.cassql.jdbc.internal.cql.CqlPreparedStatement;
import io.cassql.jdbc.internal.cql.CqlStatement;
import io.cassql.jdbc.internal.error.SqlErrors;
import io.cassql.sql.LiteralParameters.Parameterized;
import io.cassql.sql.dml.DmlTranslator;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the text of a statement runs. SQL mode: queries go to Calcite, INSERT/UPDATE/DELETE to the
 * DML translator. Auto mode: a query that parses as SQL-92 runs in SQL mode; anything else (DDL,
 * DML, CQL-only syntax such as {@code ALLOW FILTERING}) runs as CQL.
 */
public final class StatementRouting {
  private StatementRouting() {}

  /** Prepares {@code text} in SQL mode ({@code auto == false}) or auto mode. */
  public static PreparedStatement prepare(ConnectionImpl connection, SqlSession sql, String text, boolean auto)
      throws SQLException {
    if (!auto) {
      refuseCqlOnly(text);
      return DmlTranslator.isDml(text) ? new DmlPreparedStatement(connection, text)
          : sql.prepareStatement(JdbcEscapes.rewrite(text));
    }
    if (SqlText.looksLikeQuery(text)) {
      try {
        return sql.prepareStatement(JdbcEscapes.rewrite(text));
      } catch (SQLException e) {
        if (!SqlSession.isParseError(e)) {
          throw e;
        }
      }
    }
    return new CqlPreparedStatement(connection, text);
  }

  /** SQL mode runs queries and DML; DDL and other CQL-only statements are refused with 0A000. */
  private static void refuseCqlOnly(String text) throws SQLException {
    if (SqlText.isCqlOnly(text)) {
      throw SqlErrors.create(SqlState.FEATURE_NOT_SUPPORTED, SqlText.firstWord(text).toUpperCase(Locale.ROOT)
          + " is a CQL statement, not supported in SQL mode; run it with queryMode=cql or queryMode=auto");
    }
  }

  /** A statement that routes each text it runs. */
  public static Statement create(ConnectionImpl connection, SqlSession sql, boolean auto) {
    Router router = new Router(connection, sql, auto);
    return (Statement) Proxy.newProxyInstance(StatementRouting.class.getClassLoader(),
        new Class<?>[] {Statement.class}, router);
  }

  /** Sends each call to the statement that ran the last text. */
  private static final class Router implements InvocationHandler {
    /** Calls a closed statement still answers. */
    private static final Set<String> ALWAYS_ALLOWED =
        Set.of("close", "isClosed", "isWrapperFor", "toString", "hashCode", "equals");

    private final ConnectionImpl connection;
    private final SqlSession sqlSession;
    private final boolean auto;
    private final CqlStatement cql;
    private final List<Object[]> settings = new ArrayList<>();
    private Statement sql;
    private Statement dml;
    private Statement current;
    private PreparedStatement borrowed;
    private String borrowedText;

    Router(ConnectionImpl connection, SqlSession sqlSession, boolean auto) {
      this.connection = connection;
      this.sqlSession = sqlSession;
      this.auto = auto;
      this.cql = new CqlStatement(connection);
      this.current = cql;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
        return proxy;
      }
      if (cql.isClosed() && !ALWAYS_ALLOWED.contains(name)) {
        throw SqlErrors.closed("statement");
      }
      if (name.startsWith("execute") && !name.equals("executeBatch") && args != null
          && args.length > 0 && args[0] instanceof String text) {
        return runRouted(method, args, text);
      }
      if (name.equals("close")) {
        giveBack();
        closeQuietly(sql);
        closeQuietly(dml);
        return call(cql, method, args);
      }
      if (name.startsWith("set") || name.equals("closeOnCompletion")) {
        settings.add(new Object[] {method, args});
        Object out = call(cql, method, args);
        if (sql != null) {
          call(sql, method, args);
        }
        return out;
      }
      if (name.equals("addBatch") || name.equals("executeBatch") || name.equals("clearBatch")) {
        return call(cql, method, args);
      }
      return call(current, method, args);
    }

    private Object runRouted(Method method, Object[] args, String text) throws Throwable {
      giveBack();
      cql.getMoreResults(Statement.CLOSE_CURRENT_RESULT);
      if (text.isBlank()) {
        throw SqlErrors.create(SqlState.SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION, "the statement text is empty");
      }
      if (!auto) {
        refuseCqlOnly(text);
      }
      if (!auto && DmlTranslator.isDml(text)) {
        closeQuietly(dml);
        DmlPreparedStatement statement = new DmlPreparedStatement(connection, text);
        dml = statement;
        current = dml;
        long rows = statement.executeLargeUpdate();
        return switch (method.getName()) {
          case "execute" -> false;
          case "executeQuery" -> statement.executeQuery();
          case "executeLargeUpdate" -> rows;
          default -> (int) rows;
        };
      }
      String mname = method.getName();
      if ((mname.equals("executeQuery") || mname.equals("execute")) && args.length == 1
          && (!auto || SqlText.looksLikeQuery(text))) {
        String rewritten = JdbcEscapes.rewrite(text);
        try {
          Parameterized parameterized = sqlSession.parameterize(rewritten);
          if (parameterized.changed()) {
            try {
              return runCachedPlan(mname, parameterized);
            } catch (SQLException e) {
              if (!mayDifferFromText(e)) {
                throw e;
              }
              // the parameterized form failed: the text as written decides (and reports its own error);
              // when it could not even be planned, no text of its shape tries it again
              boolean planned = borrowed != null;
              giveBack();
              sqlSession.keepLiterals(planned ? rewritten : parameterized.text());
            }
          }
          return runCachedPlan(mname, new Parameterized(rewritten, List.of()));
        } catch (SQLException e) {
          if (!auto || !SqlSession.isParseError(e)) {
            throw e;
          }
        }
      } else if (!auto || SqlText.looksLikeQuery(text)) {
        try {
          Object[] rewritten = args.clone();
          rewritten[0] = JdbcEscapes.rewrite(text);
          Object out = call(sqlStatement(), method, rewritten);
          current = sql;
          return out;
        } catch (SQLException e) {
          if (!auto || !SqlSession.isParseError(e)) {
            current = sql;
            throw e;
          }
        }
      }
      current = cql;
      return call(cql, method, args);
    }

    /** Runs a query on a plan borrowed from the connection's cache, its literals bound as parameters. */
    private Object runCachedPlan(String mname, Parameterized query) throws Throwable {
      borrowed = null;
      PreparedStatement ps = sqlSession.borrow(query.text(), cql.getQueryTimeout());
      borrowed = ps;
      borrowedText = query.text();
      applySettings(ps);
      query.bind(ps);
      current = ps;
      return mname.equals("execute") ? (Object) ps.execute() : ps.executeQuery();
    }

    /**
     * Whether a failure of the parameterized form may not be the text's own: a data, syntax or
     * validation error (a literal that validation would have coerced or refused, say), never a
     * timeout, a lost connection or an unavailable cluster, which the text as written would meet too.
     */
    private static boolean mayDifferFromText(SQLException e) {
      String state = e.getSQLState();
      return state == null || state.startsWith("22") || state.startsWith("42") || state.startsWith("0A");
    }

    /** A cached plan starts from JDBC defaults, then takes this statement's settings. */
    private void applySettings(PreparedStatement ps) throws Throwable {
      ps.setMaxRows(0);
      ps.setQueryTimeout(0);
      ps.setFetchSize(0);
      for (Object[] s : settings) {
        call(ps, (Method) s[0], (Object[]) s[1]);
      }
    }

    /** Returns the plan borrowed for the last query to the connection's cache. */
    private void giveBack() throws SQLException {
      if (borrowed != null) {
        PreparedStatement ps = borrowed;
        borrowed = null;
        ResultSet open = ps.getResultSet();
        if (open != null) {
          open.close();
        }
        if (current == ps) {
          current = cql;
        }
        sqlSession.release(borrowedText, ps);
      }
    }

    private Statement sqlStatement() throws Throwable {
      if (sql == null) {
        sql = sqlSession.createStatement();
        for (Object[] s : settings) {
          call(sql, (Method) s[0], (Object[]) s[1]);
        }
      }
      return sql;
    }

    private static void closeQuietly(Statement s) throws SQLException {
      if (s != null) {
        s.close();
      }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
