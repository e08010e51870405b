package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.SqlState;
import io.cassql.jdbc.internal.error.CalciteErrorTranslator;
import io.cassql.jdbc.internal.error.SqlErrors;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.Map;

/**
 * Wraps Calcite's JDBC objects (statements, result sets) so that they report our connection and
 * fail only with SQLExceptions that carry an SQLSTATE. Getters and parameters stay Calcite's own.
 */
final class JdbcProxy implements InvocationHandler {
  /** Setters that take a size or timeout, which JDBC wants non-negative, and what they set. */
  private static final Map<String, String> NEGATIVE_REFUSED = Map.of("setFetchSize", "fetch size",
      "setMaxRows", "max rows", "setLargeMaxRows", "max rows", "setQueryTimeout", "query timeout",
      "setMaxFieldSize", "max field size");

  private final Object target;
  private final Class<?> iface;
  private final Connection connection;
  private final Object owner;
  private Object self;
  /** For statements: the maxRows set by the caller (enforced here, whatever the plan). */
  private long maxRows;
  /** For result sets: rows still allowed by the statement's maxRows, or -1 for no limit. */
  private long remaining = -1;
  /** For prepared statements: the 1-based indexes of the parameters given a value. */
  private final BitSet bound = new BitSet();
  private int parameterCount = -1;

  private JdbcProxy(Object target, Class<?> iface, Connection connection, Object owner) {
    this.target = target;
    this.iface = iface;
    this.connection = connection;
    this.owner = owner;
  }

  /** A proxy of {@code target} as {@code iface}; {@code owner} answers {@code getStatement}. */
  static <T> T wrap(T target, Class<T> iface, Connection connection, Object owner) {
    JdbcProxy handler = new JdbcProxy(target, iface, connection, owner);
    T proxy = iface.cast(Proxy.newProxyInstance(JdbcProxy.class.getClassLoader(), new Class<?>[] {iface}, handler));
    handler.self = proxy;
    return proxy;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    try {
      checkArguments(method, args);
    } catch (SQLException e) {
      throw e.getSQLState() == null ? CalciteErrorTranslator.translate(e) : e;
    }
    switch (method.getName()) {
      case "getConnection":
        return connection;
      case "getStatement":
        if (owner != null) {
          return owner;
        }
        break;
      case "unwrap":
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return proxy;
        }
        break;
      case "isWrapperFor":
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return true;
        }
        break;
      case "setMaxRows":
      case "setLargeMaxRows":
        maxRows = ((Number) args[0]).longValue();
        break;
      case "getMaxRows":
        return (int) Math.min(maxRows, Integer.MAX_VALUE);
      case "getLargeMaxRows":
        return maxRows;
      case "next":
        if (remaining == 0) {
          return false;
        }
        break;
      case "toString":
        if (args == null) {
          return "CasSQL " + target;
        }
        break;
      default:
        break;
    }
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw translated(method, e.getCause());
    } catch (RuntimeException e) {
      throw translated(method, e);
    }
    recordParameter(method, args);
    if (result instanceof ResultSetMetaData md && !Proxy.isProxyClass(result.getClass())) {
      return wrap(md, ResultSetMetaData.class, connection, null);
    }
    if (result instanceof ParameterMetaData md && !Proxy.isProxyClass(result.getClass())) {
      return wrap(md, ParameterMetaData.class, connection, null);
    }
    if (result instanceof ResultSet rs && !(Proxy.isProxyClass(result.getClass()))) {
      ResultSet wrapped = wrap(rs, ResultSet.class, connection, self instanceof Statement ? self : owner);
      if (maxRows > 0) {
        ((JdbcProxy) Proxy.getInvocationHandler(wrapped)).remaining = maxRows;
      }
      return wrapped;
    }
    if (remaining > 0 && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
      remaining--;
    }
    return result;
  }

  private Throwable translated(Method method, Throwable cause) {
    for (Class<?> declared : method.getExceptionTypes()) {
      if (declared.isAssignableFrom(SQLException.class)) {
        if (cause instanceof SQLFeatureNotSupportedException f && f.getSQLState() == null) {
          return SqlErrors.notSupported(iface.getSimpleName() + "." + method.getName());
        }
        return CalciteErrorTranslator.translate(cause);
      }
    }
    return cause;
  }

  /** Refuses, before Calcite sees them, negative sizes, bad indexes and executions with unset parameters. */
  private void checkArguments(Method method, Object[] args) throws SQLException {
    String name = method.getName();
    if (args != null && args.length == 1 && args[0] instanceof Number n && n.longValue() < 0
        && NEGATIVE_REFUSED.containsKey(name)) {
      throw SqlErrors.negative(NEGATIVE_REFUSED.get(name), n.longValue());
    }
    if (iface == ResultSetMetaData.class && target instanceof ResultSetMetaData md && args != null && args.length == 1 && args[0] instanceof Integer i) {
      checkIndex("column", i, md.getColumnCount());
    } else if (iface == ParameterMetaData.class && target instanceof ParameterMetaData md && args != null && args.length == 1
        && args[0] instanceof Integer i) {
      checkIndex("parameter", i, md.getParameterCount());
    } else if (isParameterSetter(method, args)) {
      checkIndex("parameter", (Integer) args[0], parameterCount());
    } else if (iface == PreparedStatement.class && method.getDeclaringClass() == PreparedStatement.class
        && (args == null || args.length == 0) && (name.startsWith("execute") || name.equals("addBatch"))) {
      int count = parameterCount();
      int unset = bound.nextClearBit(1);
      if (unset <= count) {
        throw SqlErrors.create(SqlState.PARAMETER_NOT_SET, "no value given for parameter " + unset);
      }
    }
  }

  private void recordParameter(Method method, Object[] args) {
    if (isParameterSetter(method, args)) {
      bound.set((Integer) args[0]);
    } else if (method.getName().equals("clearParameters")) {
      bound.clear();
    }
  }

  private boolean isParameterSetter(Method method, Object[] args) {
    return iface == PreparedStatement.class && method.getDeclaringClass() == PreparedStatement.class
        && method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer;
  }

  private int parameterCount() throws SQLException {
    if (parameterCount < 0) {
      parameterCount = ((PreparedStatement) target).getParameterMetaData().getParameterCount();
    }
    return parameterCount;
  }

  private static void checkIndex(String what, int index, int count) throws SQLException {
    if (index < 1 || index > count) {
      throw SqlErrors.create(SqlState.INVALID_DESCRIPTOR_INDEX, what + " index " + index
          + " is out of range: there " + (count == 1 ? "is 1 " + what : "are " + count + " " + what + "s"));
    }
  }
}
