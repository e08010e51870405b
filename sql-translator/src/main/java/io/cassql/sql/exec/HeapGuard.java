package io.cassql.sql.exec;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The JVM-wide watch over the heap for SQL mode: the old generation's collection-usage threshold
 * (its use after a garbage collection) is set to a share of its limit ({@code
 * -Dcassql.heapGuard=80%} by default, {@code off} to disable); when a collection leaves the heap
 * fuller than that, the running SQL-mode query that keeps the most rows in memory is stopped
 * through its cancel path with a {@link QueryMemoryException}, so that it fails instead of the JVM
 * running out of memory. One query at a time: another is stopped only once the last one stopped has
 * unwound.
 */
public final class HeapGuard {
  private static final Logger LOG = Logger.getLogger(HeapGuard.class.getName());
  private static final String PROPERTY = "cassql.heapGuard";

  /** Running queries; weak, so that a result set never closed does not pin its control. */
  private static final Map<QueryControl, Boolean> RUNNING =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static final Object WAKE = new Object();
  private static final long COLLECTION_INTERVAL_NANOS = 2_000_000_000L;
  private static volatile boolean installed;
  private static volatile double share;
  private static volatile MemoryPoolMXBean tenured;

  private HeapGuard() {}

  /** Watches {@code control}'s query until {@link #finished}; installs the watch on first use. */
  public static void started(QueryControl control) {
    install();
    RUNNING.put(control, Boolean.TRUE);
  }

  /** The query of {@code control} no longer runs (its rows were read, it failed or was closed). */
  public static void finished(QueryControl control) {
    RUNNING.remove(control);
  }

  /**
   * The query to stop among {@code running}: the one whose operators keep the most bytes; when none
   * has kept any yet, the longest-running one whose plan has an in-memory operator; null when none
   * may hold the heap (plans that only stream).
   */
  static QueryControl choose(Collection<QueryControl> running) {
    QueryControl largest = null;
    QueryControl oldest = null;
    for (QueryControl c : running) {
      QueryMemory m = c.memory();
      if (m.total() > 0 && (largest == null || m.total() > largest.memory().total())) {
        largest = c;
      }
      if (m.materializes()
          && (oldest == null || m.startedNanos() - oldest.memory().startedNanos() < 0)) {
        oldest = c;
      }
    }
    return largest != null ? largest : oldest;
  }

  /**
   * Stops the query {@link #choose} picks, unless one stopped earlier is still unwinding; returns
   * it (null when none was stopped). {@code used} and {@code limit} describe the heap after the
   * collection.
   */
  static synchronized QueryControl stopLargest(long used, long limit) {
    List<QueryControl> running;
    synchronized (RUNNING) {
      running = new ArrayList<>(RUNNING.keySet());
    }
    for (QueryControl c : running) {
      if (c.isStoppedForMemory()) {
        return null;
      }
    }
    List<QueryControl> live = new ArrayList<>();
    for (QueryControl c : running) {
      if (!c.isCanceled()) {
        live.add(c);
      }
    }
    QueryControl victim = choose(live);
    if (victim != null) {
      QueryMemory m = victim.memory();
      victim.stopForMemory(
          String.format(
              Locale.ROOT,
              "the query was stopped before the JVM ran out of memory: after garbage collection"
                  + " the heap was %d%% full (%s) and this query held the most memory: %s;"
                  + " narrow the query (WHERE, LIMIT, fewer columns) or raise the heap (-Xmx)",
              limit > 0 ? used * 100 / limit : 0,
              m.limits(),
              m.describe()));
    }
    return victim;
  }

  /** The share of the heap limit set as threshold, from {@code -Dcassql.heapGuard}; 0 = off. */
  static double configuredShare(String value) {
    String v = value == null ? "80%" : value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("off") || v.equals("none") || v.equals("0")) {
      return 0;
    }
    String number = v.endsWith("%") ? v.substring(0, v.length() - 1) : v;
    try {
      double d = Double.parseDouble(number.trim());
      double s = v.endsWith("%") || d > 1 ? d / 100 : d;
      if (s > 0 && s < 1) {
        return s;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.warning(
        "-D" + PROPERTY + "=" + value + " is not a share of the heap (80%, or off); using 80%");
    return 0.80;
  }

  /**
   * Installs the watch now (the planner warm-up does, so that the first query does not pay for the
   * JVM's management beans); later calls do nothing.
   */
  public static void prepare() {
    install();
  }

  private static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    share = configuredShare(System.getProperty(PROPERTY));
    if (share == 0) {
      return;
    }
    try {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        // the tenured pool is the heap pool with a usage threshold (eden has none)
        if (pool.getType() == MemoryType.HEAP
            && pool.isUsageThresholdSupported()
            && pool.isCollectionUsageThresholdSupported()
            && pool.getUsage().getMax() > 0) {
          tenured = pool;
          long threshold = (long) (pool.getUsage().getMax() * share);
          if (pool.getCollectionUsageThreshold() == 0) {
            pool.setCollectionUsageThreshold(threshold);
          }
          if (pool.getUsageThreshold() == 0) {
            pool.setUsageThreshold(threshold);
          }
        }
      }
      if (tenured == null) {
        LOG.info("no heap pool with usage thresholds: the heap guard is off");
        return;
      }
      NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
      emitter.addNotificationListener(HeapGuard::onNotification, null, null);
      Thread watch = new Thread(HeapGuard::watch, "cassql-heap-guard");
      watch.setDaemon(true);
      watch.start();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the heap guard could not watch the heap", e);
    }
  }

  /**
   * A collection left the old generation fuller than the threshold (stop the largest query), or its
   * use crossed the threshold between collections (wake the watch to verify it).
   */
  private static void onNotification(Notification n, Object handback) {
    if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
      MemoryUsage usage = MemoryNotificationInfo.from((CompositeData) n.getUserData()).getUsage();
      afterCollection(usage);
    } else if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(n.getType())) {
      synchronized (WAKE) {
        WAKE.notifyAll();
      }
    }
  }

  /** Stops the largest query when {@code usage}, measured after a collection, is over the share. */
  private static void afterCollection(MemoryUsage usage) {
    long max = usage.getMax();
    if (max <= 0 || usage.getUsed() < max * share) {
      return; // a threshold someone else set, lower than ours
    }
    QueryControl stopped = stopLargest(usage.getUsed(), max);
    if (stopped != null) {
      LOG.warning(
          "heap "
              + usage.getUsed() * 100 / max
              + "% full after garbage collection: stopped the SQL-mode query keeping the most"
              + " rows in memory");
    }
  }

  /**
   * The watch, on its own daemon thread: while a query with in-memory operators runs, every 100 ms
   * (and at once when the old generation crosses the threshold), it reads the old generation's use.
   * Between full collections that use includes garbage (the rows of queries that ended), so when it
   * is over the threshold the watch asks for a collection (at most once every 2 s) and judges by
   * the use measured after it; a JVM run with {@code -XX:+DisableExplicitGC} is judged at its own
   * next full collection.
   */
  private static void watch() {
    long lastCollection = System.nanoTime() - COLLECTION_INTERVAL_NANOS;
    while (true) {
      try {
        synchronized (WAKE) {
          WAKE.wait(100);
        }
        if (!anyMaterializing()) {
          continue;
        }
        MemoryUsage now = tenured.getUsage();
        if (now.getMax() <= 0 || now.getUsed() < now.getMax() * share) {
          continue;
        }
        if (System.nanoTime() - lastCollection >= COLLECTION_INTERVAL_NANOS) {
          lastCollection = System.nanoTime();
          System.gc(); // the garbage in the old generation is only known after a full collection
          MemoryUsage after = tenured.getCollectionUsage();
          if (after != null) {
            afterCollection(after);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "the heap guard's watch failed once", e);
      }
    }
  }

  private static boolean anyMaterializing() {
    synchronized (RUNNING) {
      for (QueryControl c : RUNNING.keySet()) {
        if (c.memory().materializes()) {
          return true;
        }
      }
    }
    return false;
  }
}
