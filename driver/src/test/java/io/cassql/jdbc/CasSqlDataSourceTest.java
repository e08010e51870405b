package io.cassql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The data source's bean properties cover every connection property and never show secrets (no
 * server).
 */
class CasSqlDataSourceTest {
  @Test
  void every_connection_property_is_a_bean_property() throws Exception {
    Map<String, PropertyDescriptor> bean =
        Arrays.stream(Introspector.getBeanInfo(CasSqlDataSource.class).getPropertyDescriptors())
            .collect(Collectors.toMap(PropertyDescriptor::getName, Function.identity()));
    for (CasSqlProperty p : CasSqlProperty.values()) {
      PropertyDescriptor d = bean.get(p.propertyName());
      assertNotNull(d, "no bean property for " + p.propertyName());
      assertNotNull(d.getWriteMethod(), "no setter for " + p.propertyName());
      assertNotNull(d.getReadMethod(), "no getter for " + p.propertyName());
    }
    for (String standard :
        new String[] {"serverName", "portNumber", "databaseName", "url", "loginTimeout"}) {
      assertNotNull(bean.get(standard).getWriteMethod(), standard);
    }
  }

  @Test
  void getters_give_defaults_and_set_values_but_never_secrets() {
    CasSqlDataSource ds = new CasSqlDataSource();
    assertEquals(9042, ds.getPort());
    assertEquals("ONE", ds.getConsistencyLevel());
    assertEquals(5000, ds.getFetchSize());
    ds.setFetchSize(100);
    ds.setPortNumber(19042);
    ds.setDatabaseName("ks");
    ds.setProperty("UID", "alice");
    ds.setPassword("secret");
    ds.setSslKeyStorePassword("secret");
    assertEquals(100, ds.getFetchSize());
    assertEquals(19042, ds.getPort());
    assertEquals("ks", ds.getKeyspace());
    assertEquals("alice", ds.getUser());
    assertNull(ds.getPassword());
    assertNull(ds.getSslKeyStorePassword());
    assertNull(ds.getProperty("password"));
    assertEquals("100", ds.getProperty("fetchSize"));
    assertThrows(IllegalArgumentException.class, () -> ds.setProperty("noSuchProperty", "1"));
  }

  @Test
  void a_negative_login_timeout_is_refused() {
    SQLException e =
        assertThrows(SQLException.class, () -> new CasSqlDataSource().setLoginTimeout(-1));
    assertEquals("HY024", e.getSQLState());
  }
}
