package io.cassql.cli.internal.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The text form of a value read by {@link RowReader}: ISO-8601 dates, times and instants (UTC),
 * plain decimals, {@code 0x} hex for blobs, JSON for collections.
 */
public final class ValueText {
  private ValueText() {}

  /** The text of {@code v}, or null for null. */
  public static String of(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Instant t) {
      return DateTimeFormatter.ISO_INSTANT.format(t);
    }
    if (v instanceof LocalTime t) {
      return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
    }
    if (v instanceof byte[] b) {
      return hex(b);
    }
    return v.toString();
  }

  /** {@code 0x} followed by lower-case hex digits, as the driver shows blobs. */
  public static String hex(byte[] bytes) {
    return "0x" + HexFormat.of().formatHex(bytes);
  }
}
