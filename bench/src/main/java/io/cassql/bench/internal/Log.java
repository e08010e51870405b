package io.cassql.bench.internal;

import java.time.Duration;

/** Progress lines on standard error, with the time since the run started. */
public final class Log {
  private static final long START = System.nanoTime();

  private Log() {}

  /** Prints one progress line. */
  public static void step(String what) {
    Duration d = Duration.ofNanos(System.nanoTime() - START);
    System.err.printf("[%3d:%02d] %s%n", d.toMinutes(), d.toSecondsPart(), what);
    System.err.flush();
  }
}
