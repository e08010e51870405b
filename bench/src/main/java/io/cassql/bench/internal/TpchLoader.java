package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.trino.tpch.TpchEntity;
import io.trino.tpch.TpchTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates TPC-H data (io.trino.tpch, the dbgen port) and loads it into Cassandra and into H2. */
public final class TpchLoader {
  private static final int IN_FLIGHT = 32;

  private TpchLoader() {}

  /**
   * Creates {@code keyspace} with the eight tables and loads scale factor {@code scale}; rows per
   * table.
   */
  public static Map<String, Long> loadCassandra(CqlSession session, String keyspace, double scale)
      throws InterruptedException {
    session.execute("DROP KEYSPACE IF EXISTS " + keyspace);
    session.execute(
        "CREATE KEYSPACE "
            + keyspace
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TpchTable<?> table : TpchSchema.tables()) {
      session.execute(
          com.datastax.oss.driver.api.core.cql.SimpleStatement.newInstance(
                  TpchSchema.cassandraDdl(keyspace, table))
              .setTimeout(Duration.ofSeconds(60)));
      counts.put(table.getTableName(), loadTable(session, keyspace, table, scale));
    }
    return counts;
  }

  private static <E extends TpchEntity> long loadTable(
      CqlSession session, String keyspace, TpchTable<E> table, double scale)
      throws InterruptedException {
    PreparedStatement insert =
        session.prepare(TpchSchema.insert(keyspace + "." + table.getTableName(), table));
    int partitionColumn =
        table.getColumns().stream()
            .map(c -> c.getColumnName())
            .toList()
            .indexOf(TpchSchema.partitionKey(table).get(0));
    try (AsyncWriter writer = new AsyncWriter(session, IN_FLIGHT)) {
      for (E row : table.createGenerator(scale, 1, 1)) {
        Object[] values = TpchSchema.values(table, row);
        writer.write(values[partitionColumn], insert.bind(values));
      }
      writer.close();
      return writer.rows();
    }
  }

  /** Creates the eight tables in an H2 database and loads the same data into them. */
  public static void loadH2(Connection h2, double scale) throws SQLException {
    for (TpchTable<?> table : TpchSchema.tables()) {
      try (Statement s = h2.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + table.getTableName());
        s.execute(TpchSchema.h2Ddl(table));
      }
      loadH2Table(h2, table, scale);
    }
  }

  private static <E extends TpchEntity> void loadH2Table(
      Connection h2, TpchTable<E> table, double scale) throws SQLException {
    try (java.sql.PreparedStatement ps =
        h2.prepareStatement(TpchSchema.insert(table.getTableName(), table))) {
      int pending = 0;
      for (E row : table.createGenerator(scale, 1, 1)) {
        Object[] values = TpchSchema.values(table, row);
        for (int i = 0; i < values.length; i++) {
          ps.setObject(i + 1, values[i]);
        }
        ps.addBatch();
        if (++pending == 2000) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  /** The keys (l_orderkey, l_linenumber) of line 1 of every order, in generation order. */
  public static List<long[]> orderKeys(double scale) {
    List<long[]> keys = new java.util.ArrayList<>();
    for (io.trino.tpch.Order o : TpchTable.ORDERS.createGenerator(scale, 1, 1)) {
      keys.add(new long[] {o.getOrderKey(), 1});
    }
    return keys;
  }
}
