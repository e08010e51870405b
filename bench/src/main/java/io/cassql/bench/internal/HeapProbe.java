package io.cassql.bench.internal;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Child-JVM main, run with a small -Xmx: scans a whole table through CasSQL and reports the heap's
 * peak. Arguments: mode ({@code sql}/{@code cql}), host, port, qualified table, scanParallelism.
 */
public final class HeapProbe {
  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String url =
        "jdbc:cassandra://"
            + args[1]
            + ":"
            + args[2]
            + "?queryMode="
            + mode
            + "&scanParallelism="
            + args[4];
    java.util.Set<String> heapPools = new java.util.HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    AtomicLong peakAfterGc = new AtomicLong();
    AtomicLong gcCount = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    n.getType())) {
                  return;
                }
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool :
                    info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                  }
                }
                peakAfterGc.accumulateAndGet(used, Math::max);
                gcCount.incrementAndGet();
              },
              null,
              null);
    }
    AtomicLong peakUsed = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    long rows;
    long t0;
    long elapsed;
    try (Connection c = new io.cassql.jdbc.CasSqlDriver().connect(url, BenchCluster.credentials());
        Statement s = c.createStatement()) {
      System.gc();
      t0 = System.nanoTime();
      try (java.sql.ResultSet rs = s.executeQuery("SELECT * FROM " + args[3])) {
        rows = JdbcRows.readAll(rs);
      }
      elapsed = System.nanoTime() - t0;
    }
    sampler.interrupt();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rows", rows);
    out.put("seconds", Math.round(elapsed / 1e7) / 100.0);
    out.put("peakUsedMb", mb(peakUsed.get()));
    out.put("peakAfterGcMb", mb(peakAfterGc.get()));
    out.put("gcs", gcCount.get());
    out.put("maxHeapMb", mb(Runtime.getRuntime().maxMemory()));
    System.out.println(ChildJvm.resultLine(out));
  }

  private static long mb(long bytes) {
    return Math.round(bytes / 1048576.0);
  }
}
