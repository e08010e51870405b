package io.cassql.bench.internal;

/** A sink for values read in measured loops, so that the JIT cannot drop the reads. */
public final class Blackhole {
  private static volatile long sink;

  private Blackhole() {}

  /** Consumes a hash of a run's values. */
  @SuppressWarnings(
      "NonAtomicVolatileUpdate") // a sink against dead-code elimination: lost updates do not matter
  public static void consume(long hash) {
    sink += hash;
  }

  /** The accumulated hash (printed once so that it is used). */
  public static long value() {
    return sink;
  }
}
