package io.cassql.sql.exec;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JVM's threads that turn arrived pages of a parallel scan into SQL-mode rows while the caller
 * reads earlier ones: one per processor (at least two), daemon, started on first use and ended
 * after a minute idle. Never the driver's I/O threads, which must stay free to read responses.
 */
final class PageDecoder {
  private static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
  private static final AtomicInteger NUMBER = new AtomicInteger();
  private static final ExecutorService POOL = pool();

  private PageDecoder() {}

  /** Runs {@code decode} on one of the decoder threads. */
  static void submit(Runnable decode) {
    POOL.execute(decode);
  }

  private static ExecutorService pool() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "cassql-page-decoder-" + NUMBER.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
