package io.cassql.schema.types;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import java.math.BigDecimal;

/** Formats a CQL duration as ISO-8601 text ({@code P1Y2M3DT4H5M6.007S}) and parses it back. */
public final class IsoDuration {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private IsoDuration() {}

  /** ISO-8601 text of {@code d}; months, days and nanoseconds keep their own fields. */
  public static String format(CqlDuration d) {
    boolean negative = d.getMonths() < 0 || d.getDays() < 0 || d.getNanoseconds() < 0;
    long months = Math.abs((long) d.getMonths());
    long days = Math.abs((long) d.getDays());
    long nanos = Math.abs(d.getNanoseconds());
    StringBuilder sb = new StringBuilder(negative ? "-P" : "P");
    if (months / 12 != 0) {
      sb.append(months / 12).append('Y');
    }
    if (months % 12 != 0) {
      sb.append(months % 12).append('M');
    }
    if (days != 0) {
      sb.append(days).append('D');
    }
    if (nanos != 0) {
      sb.append('T');
      long hours = nanos / (3600 * NANOS_PER_SECOND);
      nanos -= hours * 3600 * NANOS_PER_SECOND;
      long minutes = nanos / (60 * NANOS_PER_SECOND);
      nanos -= minutes * 60 * NANOS_PER_SECOND;
      if (hours != 0) {
        sb.append(hours).append('H');
      }
      if (minutes != 0) {
        sb.append(minutes).append('M');
      }
      if (nanos != 0) {
        sb.append(BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString()).append('S');
      }
    }
    if (sb.length() <= 2) {
      sb.append("T0S");
    }
    return sb.toString();
  }

  /** Parses ISO-8601 or CQL duration text ({@code 1h30m}). */
  public static CqlDuration parse(String text) {
    return CqlDuration.from(text.trim());
  }
}
