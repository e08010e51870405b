package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.internal.conn.ConnectionImpl;
import io.cassql.jdbc.internal.cql.CqlPreparedStatement;
import io.cassql.jdbc.internal.cql.CqlStatement;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Auto mode: a query that parses as SQL-92 runs in SQL mode; anything else (DDL, DML, CQL-only
 * syntax such as {@code ALLOW FILTERING}) runs as CQL.
 */
public final class AutoModeStatements {
  private AutoModeStatements() {}

  /** Prepares {@code sql} in the mode its text calls for. */
  public static PreparedStatement prepare(ConnectionImpl connection, SqlSession sql, String text)
      throws SQLException {
    if (SqlText.looksLikeQuery(text)) {
      try {
        return sql.prepareStatement(text);
      } catch (SQLException e) {
        if (!SqlSession.isParseError(e)) {
          throw e;
        }
      }
    }
    return new CqlPreparedStatement(connection, text);
  }

  /** A statement that routes each text it runs. */
  public static Statement create(ConnectionImpl connection, SqlSession sql) {
    Router router = new Router(connection, sql);
    Statement proxy = (Statement) Proxy.newProxyInstance(AutoModeStatements.class.getClassLoader(),
        new Class<?>[] {Statement.class}, router);
    router.self = proxy;
    return proxy;
  }

  /** Sends each call to the CQL statement or the SQL statement, whichever ran last. */
  private static final class Router implements InvocationHandler {
    private final CqlStatement cql;
    private final SqlSession sqlSession;
    private final List<Object[]> settings = new ArrayList<>();
    private Statement sql;
    private Statement current;
    private Object self;

    Router(ConnectionImpl connection, SqlSession sqlSession) {
      this.cql = new CqlStatement(connection);
      this.sqlSession = sqlSession;
      this.current = cql;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
        return proxy;
      }
      if (name.startsWith("execute") && !name.equals("executeBatch") && args != null
          && args.length > 0 && args[0] instanceof String text) {
        return runRouted(method, args, text);
      }
      if (name.equals("close")) {
        if (sql != null) {
          sql.close();
        }
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
      if (SqlText.looksLikeQuery(text)) {
        try {
          Object out = call(sqlStatement(), method, args);
          current = sql;
          return out;
        } catch (SQLException e) {
          if (!SqlSession.isParseError(e)) {
            current = sql;
            throw e;
          }
        }
      }
      current = cql;
      return call(cql, method, args);
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

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
