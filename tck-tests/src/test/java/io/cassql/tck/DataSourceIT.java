package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cassql.jdbc.CasSqlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CasSqlDataSource} configured as application servers and Spring do (bean setters) and as
 * HikariCP does ({@code dataSourceClassName} plus data-source properties), against the real node.
 */
class DataSourceIT extends CassandraTestSupport {
  @BeforeAll
  static void load() throws Exception {
    keyspace("dsks");
    cql(
        "CREATE TABLE IF NOT EXISTS dsks.t (k int PRIMARY KEY, v text)",
        "INSERT INTO dsks.t (k, v) VALUES (1, 'one')",
        "INSERT INTO dsks.t (k, v) VALUES (2, 'two')");
  }

  private static CasSqlDataSource bean() {
    CasSqlDataSource ds = new CasSqlDataSource();
    ds.setServerName(node.host());
    ds.setPortNumber(node.nativePort());
    ds.setDatabaseName("dsks");
    ds.setUser(USER);
    ds.setPassword(PASSWORD);
    return ds;
  }

  @Test
  void should_connect_with_bean_setters_and_apply_them() throws SQLException {
    CasSqlDataSource ds = bean();
    ds.setQueryMode("sql");
    ds.setFetchSize(1);
    ds.setConsistencyLevel("QUORUM");
    try (Connection c = ds.getConnection()) {
      assertEquals("dsks", c.getSchema());
      assertEquals(List.of("1|one", "2|two"), SqlModeIT.query(c, "SELECT k, v FROM t ORDER BY k"));
      try (Statement s = c.createStatement()) {
        assertEquals(1, s.getFetchSize());
      }
      // a join: SQL mode, as the bean said
      assertEquals(
          List.of("2"), SqlModeIT.query(c, "SELECT COUNT(*) FROM t a JOIN t b ON a.k = b.k"));
    }
  }

  @Test
  void should_take_credentials_from_get_connection_and_refuse_wrong_ones() throws SQLException {
    CasSqlDataSource ds = bean();
    ds.setUser(null);
    ds.setPassword(null);
    try (Connection c = ds.getConnection(USER, PASSWORD)) {
      assertFalse(c.isClosed());
    }
    SQLException e = assertThrows(SQLException.class, () -> ds.getConnection(USER, "wrong"));
    assertEquals("28000", e.getSQLState());
    assertFalse(e.getMessage().contains("wrong"), e.getMessage());
  }

  @Test
  void should_refuse_a_bad_property_value_with_its_state() {
    CasSqlDataSource ds = bean();
    ds.setConsistencyLevel("FIVE");
    SQLException e = assertThrows(SQLException.class, ds::getConnection);
    assertEquals("HY024", e.getSQLState());
  }

  @Test
  void should_take_a_whole_url() throws SQLException {
    CasSqlDataSource ds = new CasSqlDataSource();
    ds.setUrl(url("/dsks?queryMode=cql"));
    ds.setUser(USER);
    ds.setPassword(PASSWORD);
    try (Connection c = ds.getConnection()) {
      assertEquals(List.of("1|one"), SqlModeIT.query(c, "SELECT k, v FROM t WHERE k = 1"));
    }
  }

  @Test
  void should_back_a_hikari_pool_through_data_source_class_name() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setDataSourceClassName(CasSqlDataSource.class.getName());
    config.addDataSourceProperty("serverName", node.host());
    config.addDataSourceProperty("portNumber", node.nativePort());
    config.addDataSourceProperty("databaseName", "dsks");
    config.addDataSourceProperty("queryMode", "sql");
    config.addDataSourceProperty("fetchSize", "1");
    config.setUsername(USER);
    config.setPassword(PASSWORD);
    config.setMaximumPoolSize(2);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      for (int i = 0; i < 3; i++) {
        try (Connection c = pool.getConnection()) {
          assertEquals(List.of("2"), SqlModeIT.query(c, "SELECT COUNT(*) FROM t"));
          assertTrue(c.isValid(5));
        }
      }
    }
  }
}
