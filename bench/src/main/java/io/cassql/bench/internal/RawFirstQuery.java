package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import java.util.Map;

/** The raw Java driver's side of {@link FirstQueryProbe}: connect, then the same query texts. */
final class RawFirstQuery {
  private RawFirstQuery() {}

  static void run(String host, int port, Map<String, Object> out, long t0) throws Exception {
    try (CqlSession session = BenchCluster.openRawSession(host, port, 1)) {
      out.put("connectMs", FirstQueryProbe.ms(t0));
      FirstQueryProbe.measure(
          out,
          t0,
          sql -> {
            ResultSet rs = session.execute(sql);
            RawRows reader = new RawRows(rs.getColumnDefinitions());
            rs.forEach(reader::read);
            reader.finish();
          });
    }
  }
}
