package io.cassql.bench.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Measures several clients in turns: {@code warmups} untimed rounds, then {@code runs} timed
   * rounds in which each client runs once, starting each round with the next client, so that a
   * drift in the machine's load (other processes, compaction, JIT) touches every client alike.
   */
  public static Map<String, Samples> interleaved(int warmups, int runs, Map<String, Action> clients)
      throws Exception {
    List<String> names = new ArrayList<>(clients.keySet());
    for (int w = 0; w < warmups; w++) {
      for (String name : names) {
        clients.get(name).run();
      }
    }
    Map<String, List<Long>> nanos = new LinkedHashMap<>();
    names.forEach(n -> nanos.put(n, new ArrayList<>(runs)));
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((r + i) % names.size());
        nanos.get(name).add(once(clients.get(name)));
      }
    }
    Map<String, Samples> out = new LinkedHashMap<>();
    nanos.forEach((n, v) -> out.put(n, new Samples(v)));
    return out;
  }

  /** The duration of one run, in nanoseconds. */
  public static long once(Action action) throws Exception {
    long t0 = System.nanoTime();
    action.run();
    return System.nanoTime() - t0;
  }
}
