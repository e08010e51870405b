package io.cassql.jdbc.internal.meta;

import io.cassql.jdbc.internal.error.SqlErrors;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Makes every {@link DatabaseMetaData} method that may throw an SQLException fail with 08003 once
 * its connection is closed, in one place rather than in each of its some 180 methods. Methods
 * declared without SQLException (the driver version numbers) and {@code getConnection}, {@code
 * unwrap}, {@code isWrapperFor} still answer.
 */
final class ClosedConnectionGuard implements InvocationHandler {
  private final DatabaseMetaData target;
  private final Connection connection;

  private ClosedConnectionGuard(DatabaseMetaData target, Connection connection) {
    this.target = target;
    this.connection = connection;
  }

  /** {@code target} behind the guard of {@code connection}. */
  static DatabaseMetaData guard(DatabaseMetaData target, Connection connection) {
    return (DatabaseMetaData) Proxy.newProxyInstance(ClosedConnectionGuard.class.getClassLoader(),
        new Class<?>[] {DatabaseMetaData.class}, new ClosedConnectionGuard(target, connection));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "CasSqlDatabaseMetaData[" + target.getURL() + "]";
      };
    }
    if (guarded(method) && connection.isClosed()) {
      throw SqlErrors.connectionClosed();
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static boolean guarded(Method method) {
    return switch (method.getName()) {
      case "getConnection", "unwrap", "isWrapperFor" -> false;
      default -> Arrays.asList(method.getExceptionTypes()).contains(SQLException.class);
    };
  }
}
