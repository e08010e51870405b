package io.cassql.bench.internal;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling of a parallel scan: the Murmur3 ring cut into equal token ranges, read through the
 * raw driver by a fixed number of threads, each decoding its own rows.
 */
public final class RawTokenRangeScan implements AutoCloseable {
  private final CqlSession session;
  private final PreparedStatement first;
  private final PreparedStatement next;
  private final List<long[]> ranges;
  private final ExecutorService pool;

  /**
   * A scan of {@code table} with partition key {@code key}, {@code splits} ranges, {@code threads}
   * at a time.
   */
  public RawTokenRangeScan(CqlSession session, String table, String key, int splits, int threads) {
    this.session = session;
    this.first =
        session.prepare(
            "SELECT * FROM "
                + table
                + " WHERE token("
                + key
                + ") >= ? AND token("
                + key
                + ") <= ?");
    this.next =
        session.prepare(
            "SELECT * FROM " + table + " WHERE token(" + key + ") > ? AND token(" + key + ") <= ?");
    this.ranges = split(splits);
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "raw-range-scan");
              t.setDaemon(true);
              return t;
            });
  }

  /** {start, end} pairs covering the whole ring; the first starts inclusive at Long.MIN_VALUE. */
  static List<long[]> split(int n) {
    BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
    BigInteger width = BigInteger.valueOf(Long.MAX_VALUE).subtract(min);
    List<long[]> out = new ArrayList<>();
    BigInteger start = min;
    for (int i = 1; i <= n; i++) {
      BigInteger end =
          i == n
              ? BigInteger.valueOf(Long.MAX_VALUE)
              : min.add(width.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(n)));
      out.add(new long[] {start.longValueExact(), end.longValueExact()});
      start = end;
    }
    return out;
  }

  /** Reads every row once; returns the row count. */
  public long readAll() throws Exception {
    AtomicLong rows = new AtomicLong();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      long[] r = ranges.get(i);
      PreparedStatement ps = i == 0 ? first : next;
      futures.add(
          pool.submit(
              () -> {
                ResultSet rs = session.execute(ps.bind(r[0], r[1]));
                RawRows reader = new RawRows(rs.getColumnDefinitions());
                long n = 0;
                for (Row row : rs) {
                  reader.read(row);
                  n++;
                }
                reader.finish();
                rows.addAndGet(n);
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    return rows.get();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
