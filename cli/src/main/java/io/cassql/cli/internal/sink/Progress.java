package io.cassql.cli.internal.sink;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A progress line on the terminal (rows, rows/s, elapsed time, the estimate when known), redrawn at
 * most twice a second; silent when disabled (output not on a terminal).
 */
public final class Progress {
  private static final long REDRAW_NANOS = 500_000_000L;
  private final PrintStream out;
  private final boolean enabled;
  private final long estimate;
  private final long start = System.nanoTime();
  private long lastDraw = start;

  /** A progress line on {@code out} when {@code enabled}; {@code estimate} is 0 when unknown. */
  public Progress(PrintStream out, boolean enabled, long estimate) {
    this.out = out;
    this.enabled = enabled;
    this.estimate = estimate;
  }

  /** A progress that prints nothing. */
  public static Progress silent() {
    return new Progress(System.err, false, 0);
  }

  /** Reports the rows copied so far. */
  public void rows(long rows) {
    if (enabled) {
      long now = System.nanoTime();
      if (now - lastDraw >= REDRAW_NANOS) {
        lastDraw = now;
        draw(rows, now, false);
      }
    }
  }

  /** Draws the final line and ends it. */
  public void finish(long rows) {
    if (enabled) {
      draw(rows, System.nanoTime(), true);
    }
  }

  private void draw(long rows, long now, boolean last) {
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    StringBuilder line = new StringBuilder().append('\r').append(String.format("%,d rows", rows));
    if (estimate > 0 && !last) {
      line.append(String.format(" of ~%,d", estimate));
    }
    line.append(
        String.format(
            "  %,.0f rows/s  %s elapsed", rows / seconds, clock(Duration.ofNanos(now - start))));
    out.print(line.append("   "));
    if (last) {
      out.println();
    }
    out.flush();
  }

  private static String clock(Duration d) {
    return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }
}
