package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.internal.error.CalciteErrorTranslator;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Wraps Calcite's JDBC objects (statements, result sets) so that they report our connection and
 * fail only with SQLExceptions that carry an SQLSTATE. Getters and parameters stay Calcite's own.
 */
final class JdbcProxy implements InvocationHandler {
  private final Object target;
  private final Connection connection;
  private final Object owner;
  private Object self;
  /** For statements: the maxRows set by the caller (enforced here, whatever the plan). */
  private long maxRows;
  /** For result sets: rows still allowed by the statement's maxRows, or -1 for no limit. */
  private long remaining = -1;

  private JdbcProxy(Object target, Connection connection, Object owner) {
    this.target = target;
    this.connection = connection;
    this.owner = owner;
  }

  /** A proxy of {@code target} as {@code iface}; {@code owner} answers {@code getStatement}. */
  static <T> T wrap(T target, Class<T> iface, Connection connection, Object owner) {
    JdbcProxy handler = new JdbcProxy(target, connection, owner);
    T proxy = iface.cast(Proxy.newProxyInstance(JdbcProxy.class.getClassLoader(), new Class<?>[] {iface}, handler));
    handler.self = proxy;
    return proxy;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
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

  private static Throwable translated(Method method, Throwable cause) {
    for (Class<?> declared : method.getExceptionTypes()) {
      if (declared.isAssignableFrom(SQLException.class)) {
        return CalciteErrorTranslator.translate(cause);
      }
    }
    return cause;
  }
}
