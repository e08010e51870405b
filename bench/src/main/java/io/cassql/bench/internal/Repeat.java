package io.cassql.bench.internal;

import java.util.ArrayList;
import java.util.List;

/** Runs an action a few times to warm up, then times it a number of times. */
public final class Repeat {
  private Repeat() {}

  /** An action that may throw. */
  @FunctionalInterface
  public interface Action {
    /** Runs once. */
    void run() throws Exception;
  }

  /** {@code warmups} untimed runs, then {@code runs} timed ones. */
  public static Samples measure(int warmups, int runs, Action action) throws Exception {
    for (int i = 0; i < warmups; i++) {
      action.run();
    }
    List<Long> nanos = new ArrayList<>(runs);
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      action.run();
      nanos.add(System.nanoTime() - t0);
    }
    return new Samples(nanos);
  }

  /** The duration of one run, in nanoseconds. */
  public static long once(Action action) throws Exception {
    long t0 = System.nanoTime();
    action.run();
    return System.nanoTime() - t0;
  }
}
