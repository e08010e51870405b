package io.cassql.sql.exec;

import java.util.Locale;

/**
 * The {@code maxQueryMemory} setting: the bytes of rows that one query's in-memory operators may
 * keep. Written as a share of the JVM's heap limit ({@code 25%}), a size ({@code 64m}, {@code
 * 512k}, {@code 2g}, plain bytes), or {@code 0} / {@code none} for no budget (the heap guard still
 * watches).
 */
public final class MemoryBudget {
  /** The default: a quarter of the heap limit. */
  public static final String DEFAULT = "25%";

  private MemoryBudget() {}

  /**
   * The bytes {@code value} allows with a heap limit of {@code maxHeap} bytes; 0 for no budget.
   *
   * @throws IllegalArgumentException when the text is none of the accepted forms
   */
  public static long parse(String value, long maxHeap) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("none") || v.equals("0")) {
      return 0;
    }
    try {
      if (v.endsWith("%")) {
        double share = Double.parseDouble(v.substring(0, v.length() - 1).trim());
        if (share > 0 && share <= 100) {
          return Math.max(1, (long) (maxHeap * share / 100));
        }
      } else {
        long unit = 1;
        char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        switch (last) {
          case 'k' -> unit = 1L << 10;
          case 'm' -> unit = 1L << 20;
          case 'g' -> unit = 1L << 30;
          default -> {}
        }
        String digits = unit == 1 ? v : v.substring(0, v.length() - 1).trim();
        long n = Long.parseLong(digits);
        if (n > 0 && n <= Long.MAX_VALUE / unit) {
          return n * unit;
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "expected a share of the heap limit (25%), a size (64m, 512k, 2g, bytes) or none");
  }

  /** {@code bytes} for a message: "64 MB", "512 KB", "1.5 GB". */
  public static String format(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return (bytes >> 20) + " MB";
    }
    return Math.max(1, bytes >> 10) + " KB";
  }

  /** The JVM's heap limit ({@code -Xmx}) in bytes. */
  public static long heapLimit() {
    return Runtime.getRuntime().maxMemory();
  }
}
