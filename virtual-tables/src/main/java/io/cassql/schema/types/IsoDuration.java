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

  private static final java.util.regex.Pattern ISO =
      java.util.regex.Pattern.compile(
          "(-)?P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
              + "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d{1,9})?)S)?)?");

  /** Parses ISO-8601 text (fractional seconds allowed) or CQL duration text ({@code 1h30m}). */
  public static CqlDuration parse(String text) {
    String t = text.trim();
    java.util.regex.Matcher m = ISO.matcher(t);
    if (!m.matches() || t.endsWith("P") || t.endsWith("T")) {
      return CqlDuration.from(t);
    }
    long months = num(m.group(2)) * 12 + num(m.group(3));
    long days = num(m.group(4)) * 7 + num(m.group(5));
    long nanos =
        num(m.group(6)) * 3600 * NANOS_PER_SECOND + num(m.group(7)) * 60 * NANOS_PER_SECOND;
    if (m.group(8) != null) {
      nanos += new BigDecimal(m.group(8)).movePointRight(9).longValueExact();
    }
    int sign = m.group(1) != null ? -1 : 1;
    return CqlDuration.newInstance(
        Math.toIntExact(sign * months), Math.toIntExact(sign * days), sign * nanos);
  }

  private static long num(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
