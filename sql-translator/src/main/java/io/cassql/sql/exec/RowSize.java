package io.cassql.sql.exec;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;

/**
 * An estimate of the heap a row of Calcite's run-time values takes once an in-memory operator keeps
 * it (object headers, boxed numbers, strings, collections, plus the operator's own entry per row),
 * cheap enough to compute for every row kept. An estimate for a budget, not a measurement.
 */
public final class RowSize {
  /** What a sort's tree, a hash table's node or a list slot adds per row kept. */
  static final long PER_ROW_ENTRY = 48;

  private static final long HEADER = 16;
  private static final long REFERENCE = 4;

  private RowSize() {}

  /** The estimated bytes of {@code row} (an {@code Object[]} or one value) kept by an operator. */
  public static long of(Object row) {
    return PER_ROW_ENTRY + value(row, 0);
  }

  private static long value(Object v, int depth) {
    if (v == null) {
      return 0;
    }
    if (v instanceof Object[] array) {
      long size = align(HEADER + REFERENCE * array.length);
      for (Object o : array) {
        size += value(o, depth + 1);
      }
      return size;
    }
    if (v instanceof Integer
        || v instanceof Long
        || v instanceof Double
        || v instanceof Float
        || v instanceof Short
        || v instanceof Byte) {
      return 24;
    }
    if (v instanceof Boolean) {
      return 0; // Boolean.TRUE and FALSE are shared
    }
    if (v instanceof String s) {
      // the String object and its byte array (Latin-1 one byte a char, else two)
      return 24 + align(HEADER + 2L * s.length());
    }
    if (v instanceof BigDecimal d) {
      return d.precision() <= 18 ? 40 : 40 + align(HEADER + 4L + d.unscaledValue().bitLength() / 8);
    }
    if (v instanceof ByteString b) {
      return 16 + align(HEADER + b.length());
    }
    if (v instanceof byte[] b) {
      return align(HEADER + b.length);
    }
    if (depth < 4 && v instanceof Collection<?> c) {
      long size = 48 + 32L * c.size();
      for (Object o : c) {
        size += value(o, depth + 1);
      }
      return size;
    }
    if (depth < 4 && v instanceof Map<?, ?> m) {
      long size = 64 + 48L * m.size();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        size += value(e.getKey(), depth + 1) + value(e.getValue(), depth + 1);
      }
      return size;
    }
    return 32;
  }

  private static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }
}
