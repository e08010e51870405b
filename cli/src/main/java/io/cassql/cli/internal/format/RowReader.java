package io.cassql.cli.internal.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.List;

/**
 * Reads the current row of a result set into plain Java values: {@code String}, {@link JsonText},
 * boxed numbers, {@code BigDecimal}, {@code Boolean}, {@code LocalDate}, {@code LocalTime}, {@code
 * Instant}, {@code byte[]}, {@code UUID}, or null.
 */
public final class RowReader {
  private final List<SourceColumn> columns;
  private final boolean[] timeAsLocalTime;

  /** A reader for rows described by {@code columns}. */
  public RowReader(List<SourceColumn> columns) {
    this.columns = columns;
    this.timeAsLocalTime = new boolean[columns.size()];
    java.util.Arrays.fill(timeAsLocalTime, true);
  }

  /** The columns read. */
  public List<SourceColumn> columns() {
    return columns;
  }

  /** The values of the current row, one per column. */
  public Object[] read(ResultSet rs) throws SQLException {
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = value(rs, i);
    }
    return row;
  }

  private Object value(ResultSet rs, int i) throws SQLException {
    Object v = rs.getObject(i + 1);
    if (v == null) {
      return null;
    }
    if (v instanceof Time t) {
      return time(rs, i, t);
    }
    if (v instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (v instanceof String s && columns.get(i).json() && looksLikeJson(s)) {
      return new JsonText(s);
    }
    if (v instanceof String
        || v instanceof Number
        || v instanceof Boolean
        || v instanceof byte[]
        || v instanceof java.util.UUID
        || v instanceof java.time.temporal.Temporal) {
      return v;
    }
    return rs.getString(i + 1);
  }

  /** Nanoseconds where the driver gives them ({@code getObject(i, LocalTime.class)}). */
  private Object time(ResultSet rs, int i, Time t) {
    if (timeAsLocalTime[i]) {
      try {
        return rs.getObject(i + 1, LocalTime.class);
      } catch (SQLException | RuntimeException unsupported) {
        timeAsLocalTime[i] = false;
      }
    }
    long millisOfDay = Math.floorMod(t.getTime(), 86_400_000L);
    return LocalTime.ofNanoOfDay(millisOfDay * 1_000_000L);
  }

  private static boolean looksLikeJson(String s) {
    String t = s.strip();
    return t.startsWith("[") || t.startsWith("{");
  }
}
