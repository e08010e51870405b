package io.cassql.bench.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Measured durations of repeated runs (nanoseconds), with their median and spread. */
public final class Samples {
  private final List<Long> nanos;
  private final List<Long> inRunOrder;

  /** Samples of the given durations. */
  public Samples(List<Long> nanos) {
    if (nanos.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    this.nanos = List.copyOf(sorted);
    this.inRunOrder = List.copyOf(nanos);
  }

  /** One sample. */
  public static Samples of(long nanos) {
    return new Samples(List.of(nanos));
  }

  /** How many runs were measured. */
  public int count() {
    return nanos.size();
  }

  /** The median duration in nanoseconds. */
  public double median() {
    int n = nanos.size();
    return n % 2 == 1 ? nanos.get(n / 2) : (nanos.get(n / 2 - 1) + nanos.get(n / 2)) / 2.0;
  }

  /** The shortest run. */
  public long min() {
    return nanos.get(0);
  }

  /** The longest run. */
  public long max() {
    return nanos.get(nanos.size() - 1);
  }

  /** The median in milliseconds. */
  public double medianMillis() {
    return median() / 1e6;
  }

  /** The median divided by {@code per} (e.g. per operation), in microseconds. */
  public double medianMicrosPer(long per) {
    return median() / 1e3 / per;
  }

  /** "median ms (min–max, n runs)". */
  public String describeMillis() {
    return String.format(
        Locale.ROOT,
        "%s ms (%s–%s, n=%d)",
        millis(median()),
        millis((double) min()),
        millis((double) max()),
        count());
  }

  /** "median µs per op (min–max)". */
  public String describeMicrosPer(long per) {
    return String.format(
        Locale.ROOT,
        "%.1f µs/op (%.1f–%.1f, n=%d)",
        median() / 1e3 / per,
        min() / 1e3 / per,
        max() / 1e3 / per,
        count());
  }

  private static String millis(double nanos) {
    double ms = nanos / 1e6;
    if (ms < 1) {
      return String.format(Locale.ROOT, "%.3f", ms);
    }
    return ms >= 100
        ? String.format(Locale.ROOT, "%.0f", ms)
        : String.format(Locale.ROOT, "%.1f", ms);
  }

  /**
   * {@code baseline.median / this.median}: how many times faster than the baseline (higher is
   * better).
   */
  public double speedupOver(Samples baseline) {
    return baseline.median() / median();
  }

  /**
   * The median over runs of {@code baseline}'s run {@code i} divided by this run {@code i}: the
   * speed-up measured pairwise, each pair in the same round of interleaved runs, which this
   * machine's drift from round to round does not move as it moves two separate medians.
   */
  public double pairedSpeedupOver(Samples baseline) {
    if (baseline.inRunOrder.size() != inRunOrder.size()) {
      throw new IllegalArgumentException("not paired: different numbers of runs");
    }
    List<Double> ratios = new ArrayList<>(inRunOrder.size());
    for (int i = 0; i < inRunOrder.size(); i++) {
      ratios.add((double) baseline.inRunOrder.get(i) / inRunOrder.get(i));
    }
    Collections.sort(ratios);
    int n = ratios.size();
    return n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
  }
}
