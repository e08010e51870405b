package io.cassql.sql.exec;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * Short cuts for the cells a scan decodes most, each giving exactly what the Java driver's codec
 * gives or null when it does not apply (then the codec decodes the cell): a {@code decimal} whose
 * unscaled value fits a long becomes a {@code BigDecimal} without the byte copy and BigInteger of
 * the codec, a text is decoded by {@code String}'s own decoder instead of a per-thread {@code
 * CharsetDecoder}, and a date's day count is boxed once per day seen.
 */
final class CellDecoders {
  /** Replacement character: what {@code String}'s decoder puts where the bytes are malformed. */
  private static final char REPLACEMENT = '\uFFFD';

  /** The first day (1900-01-01) whose box is kept. */
  private static final int FIRST_BOXED_DAY = -25_567;

  /** How many days from {@link #FIRST_BOXED_DAY} have a kept box (up to the year 2079). */
  private static final int BOXED_DAYS = 1 << 16;

  /** Boxes of recent and coming days, made on first use (a scan of a date column reuses them). */
  private static final Integer[] DAYS = new Integer[BOXED_DAYS];

  private CellDecoders() {}

  /**
   * A CQL {@code decimal} cell (a 4-byte scale, then the unscaled value as a big-endian two's
   * complement of any length) whose unscaled value has at most 8 bytes; null otherwise.
   */
  static BigDecimal decimal(ByteBuffer bytes) {
    int n = bytes.remaining() - 4;
    if (n < 1 || n > 8) {
      return null;
    }
    int at = bytes.position();
    int scale = bytes.getInt(at);
    long unscaled = bytes.get(at + 4); // sign-extended first byte
    for (int i = 1; i < n; i++) {
      unscaled = (unscaled << 8) | (bytes.get(at + 4 + i) & 0xFF);
    }
    return BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * A text cell in {@code charset} (UTF-8 for {@code text}, US-ASCII for {@code ascii}) read from a
   * heap buffer, when it decodes without a malformed byte; null otherwise (a direct buffer, or
   * bytes the codec must judge: it refuses malformed input where {@code String} would replace it).
   */
  static String text(ByteBuffer bytes, Charset charset) {
    if (!bytes.hasArray()) {
      return null;
    }
    String s =
        new String(
            bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining(), charset);
    // a text of Latin-1 characters answers at once; a replacement may be malformed input
    return s.indexOf(REPLACEMENT) < 0 ? s : null;
  }

  /** The box of a day count (days since 1970-01-01), shared for days from 1900 to 2079. */
  static Integer day(int epochDay) {
    int slot = epochDay - FIRST_BOXED_DAY;
    if (slot < 0 || slot >= BOXED_DAYS) {
      return epochDay;
    }
    Integer box = DAYS[slot];
    if (box == null) {
      box = epochDay;
      DAYS[slot] = box; // a race only boxes a day twice
    }
    return box;
  }
}
