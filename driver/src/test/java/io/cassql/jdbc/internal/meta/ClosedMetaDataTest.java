package io.cassql.jdbc.internal.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Once its connection is closed, every DatabaseMetaData call that may throw SQLException fails with
 * 08003.
 */
class ClosedMetaDataTest {
  private static final String URL = "jdbc:cassandra://127.0.0.1:9042";
  private static final Set<String> STILL_ANSWERED =
      Set.of("getConnection", "unwrap", "isWrapperFor");

  private final StubConnection connection = new StubConnection();
  private final CasSqlDatabaseMetaData md =
      new CasSqlDatabaseMetaData(connection, null, null, URL, "bob", true);

  @Test
  void should_fail_every_guarded_call_with_08003_once_closed() throws Exception {
    connection.close();
    List<String> wrong = new ArrayList<>();
    int guarded = 0;
    for (Method m : DatabaseMetaData.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          || STILL_ANSWERED.contains(m.getName())
          || !Arrays.asList(m.getExceptionTypes()).contains(SQLException.class)) {
        continue;
      }
      guarded++;
      try {
        Object answer = m.invoke(md, defaults(m.getParameterTypes()));
        wrong.add(m + " answered " + answer);
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof SQLException sql) || !"08003".equals(sql.getSQLState())) {
          wrong.add(m + " threw " + e.getCause());
        }
      }
    }
    assertTrue(guarded > 150, "only " + guarded + " guarded methods found");
    if (!wrong.isEmpty()) {
      fail(wrong.size() + " methods not guarded:\n" + String.join("\n", wrong));
    }
  }

  @Test
  void should_still_answer_the_unguarded_calls_once_closed() throws SQLException {
    connection.close();
    assertSame(connection, md.getConnection());
    assertTrue(md.isWrapperFor(DatabaseMetaData.class));
    assertSame(md, md.unwrap(DatabaseMetaData.class));
    assertEquals(io.cassql.jdbc.CasSqlDriver.MAJOR_VERSION, md.getDriverMajorVersion());
    assertEquals(io.cassql.jdbc.CasSqlDriver.MINOR_VERSION, md.getDriverMinorVersion());
    assertEquals("CasSqlDatabaseMetaData[" + URL + "]", md.toString());
    assertEquals(md, md);
    assertNotEquals(md, new CasSqlDatabaseMetaData(connection, null, null, URL, "bob", true));
    assertEquals(System.identityHashCode(md), md.hashCode());
  }

  @Test
  void should_answer_while_open_and_fail_after_closing() throws SQLException {
    assertEquals(URL, md.getURL());
    assertEquals("bob", md.getUserName());
    assertEquals("\"", md.getIdentifierQuoteString());
    assertEquals(48, md.getMaxTableNameLength());
    connection.close();
    SQLException e = assertThrows(SQLException.class, md::getURL);
    assertEquals("08003", e.getSQLState());
  }

  private static Object[] defaults(Class<?>[] types) {
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      args[i] = t == int.class ? 0 : t == boolean.class ? false : t == long.class ? 0L : null;
    }
    return args;
  }
}
