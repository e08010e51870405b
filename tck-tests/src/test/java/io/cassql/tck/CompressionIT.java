package io.cassql.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.internal.core.context.InternalDriverContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code compression=lz4} is negotiated with the real node and carries queries in both modes. */
class CompressionIT extends CassandraTestSupport {
  @BeforeAll
  static void load() throws Exception {
    keyspace("zks");
    cql("CREATE TABLE IF NOT EXISTS zks.t (k int PRIMARY KEY, v text)");
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      big.append("compressible ");
    }
    cql("INSERT INTO zks.t (k, v) VALUES (1, '" + big + "')");
  }

  private static String algorithm(Connection c) throws SQLException {
    CqlSession session = c.unwrap(CqlSession.class);
    return ((InternalDriverContext) session.getContext()).getCompressor().algorithm();
  }

  @Test
  void should_negotiate_lz4_and_answer_in_both_modes() throws SQLException {
    try (Connection c =
        DriverManager.getConnection(url("/zks?compression=lz4&queryMode=sql"), USER, PASSWORD)) {
      assertEquals("lz4", algorithm(c));
      List<String> rows = SqlModeIT.query(c, "SELECT k, CHAR_LENGTH(v) FROM t WHERE k = 1");
      assertEquals(List.of("1|26000"), rows);
    }
    try (Connection c =
        DriverManager.getConnection(url("/zks?compression=LZ4&queryMode=cql"), USER, PASSWORD)) {
      assertEquals("lz4", algorithm(c));
      assertEquals(1, SqlModeIT.query(c, "SELECT v FROM t WHERE k = 1").size());
    }
  }

  @Test
  void should_leave_a_connection_without_compression_by_default() throws SQLException {
    try (Connection c = DriverManager.getConnection(url("/zks"), USER, PASSWORD)) {
      // the driver's no-op compressor names no algorithm
      assertNull(algorithm(c));
    }
  }

  @Test
  void should_refuse_an_unknown_algorithm() {
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> DriverManager.getConnection(url("/zks?compression=zip"), USER, PASSWORD));
    assertEquals("HY024", e.getSQLState());
  }
}
