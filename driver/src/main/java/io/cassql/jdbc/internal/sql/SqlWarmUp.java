package io.cassql.jdbc.internal.sql;

import io.cassql.jdbc.CasSqlProperty;
import io.cassql.jdbc.internal.config.ConnectionSettings;
import io.cassql.jdbc.internal.config.QueryMode;
import io.cassql.sql.PlannerWarmUp;
import io.cassql.sql.exec.HeapGuard;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warms SQL mode's planner once per JVM, when the first connection that may use SQL mode opens: a
 * daemon thread plans a point query over a fixed schema of its own (never the user's cluster) while
 * the connection is being made, so that Calcite's classes, the Cassandra rules and generated code
 * are ready for the first query, then installs the heap guard (the JVM's memory beans); once a
 * first SQL result was closed (waiting at most 3 s for a first plan, then 3 s for its result) it
 * plans the other usual first shapes and runs joins and aggregates over VALUES, so that they do not
 * compete for the CPU with the first query's execution. It never blocks, never prints, ends by
 * itself, and is off with the connection property {@code warmUp=false} or the system property
 * {@code cassql.warmUp=false}.
 */
public final class SqlWarmUp {
  /** The name of the warm-up thread. */
  public static final String THREAD_NAME = "cassql-sql-warm-up";

  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final CountDownLatch FIRST_PLAN = new CountDownLatch(1);
  private static final CountDownLatch FIRST_RESULT = new CountDownLatch(1);

  /** How long the later steps wait for the first plan served before starting anyway. */
  private static final long LATER_STEPS_AFTER_MS = 3000;

  /** How long, once a first plan was served, the later steps wait for its result to be closed. */
  private static final long LATER_STEPS_AFTER_PLAN_MS = 3000;

  private static volatile Thread thread;

  private SqlWarmUp() {}

  /** Starts the warm-up unless it ran already, is switched off, or the connection is CQL-only. */
  public static void startOnce(ConnectionSettings settings) {
    if (!wanted(settings) || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(SqlWarmUp::run, THREAD_NAME);
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    thread = t;
    t.start();
  }

  /**
   * Whether a connection with these settings asks for a warm-up (SQL or auto mode, not switched
   * off).
   */
  public static boolean wanted(ConnectionSettings settings) {
    try {
      return !"false".equalsIgnoreCase(System.getProperty("cassql.warmUp", "true").trim())
          && !"false".equalsIgnoreCase(String.valueOf(settings.raw(CasSqlProperty.WARM_UP)).trim())
          && settings.queryMode() != QueryMode.CQL;
    } catch (SQLException invalidSettings) {
      return false; // the connection reports them
    }
  }

  /** The warm-up thread, or null when none was started (for tests: join it to know it is done). */
  public static Thread thread() {
    return thread;
  }

  /**
   * Tells the warm-up that a SQL-mode plan was served, so that its later steps may start without
   * competing with the first query's planning.
   */
  public static void planServed() {
    FIRST_PLAN.countDown();
  }

  /**
   * Tells the warm-up that a SQL-mode result set was closed: the first query is over, so the later
   * steps may start.
   */
  public static void resultClosed() {
    FIRST_RESULT.countDown();
  }

  private static void run() {
    try {
      PlannerWarmUp.planFirstShapes(0, 1);
      HeapGuard.prepare();
      if (FIRST_PLAN.await(LATER_STEPS_AFTER_MS, TimeUnit.MILLISECONDS)) {
        FIRST_RESULT.await(LATER_STEPS_AFTER_PLAN_MS, TimeUnit.MILLISECONDS);
      }
      PlannerWarmUp.planFirstShapes(1, 3);
      PlannerWarmUp.runOverValues();
    } catch (Throwable ignored) {
      // a warm-up that fails only leaves the first query to load what it needs, as without one
    }
  }
}
